/**
 * Checks used only to test the runner and the audit pipeline (the real ones live in src/checks/<id>/). The indicator
 * ids are real 2024 ids so the report validates; what they decide is deliberately trivial.
 */
import type { Check } from '../../src/checks/check.js';
import { evidenceFrom } from '../../src/evidence/evidence.js';

/** Passes when the home page has a search form, pointing at it; fails otherwise. */
export const homeSearchFormCheck: Check = {
  id: 'test-home-search-form',
  indicator: 'internal-search',
  code: null,
  class: 'decided',
  ruleVersion: 1,
  needs: ['home'],
  looksAt: 'a search form on the home page (test check)',
  run: ({ home }) => {
    const form = home!.forms.find((candidate) => candidate.looksLikeSearch);
    return form
      ? { status: 'pass', reason: 'The home page has a search form.', evidence: [evidenceFrom(home!, { selector: form.selector, text: form.text })] }
      : { status: 'fail', reason: 'No search form on the home page.', evidence: [] };
  },
};

/** Needs the sitemap: says needs-review with the sitemap address. */
export const sitemapCheck: Check = {
  id: 'test-sitemap',
  indicator: 'navigability',
  code: null,
  class: 'structural',
  ruleVersion: 2,
  needs: ['sitemap'],
  looksAt: 'the sitemap (test check)',
  run: ({ sitemap }) => ({ status: 'needs-review', reason: `${sitemap!.total} addresses listed.`, evidence: [{ url: sitemap!.url }] }),
};
