/**
 * open-data-provision (#236): datasets can be downloaded in open formats (CSV, TXT, JSON, ...), from the portal or a
 * data portal it links to.
 * Pass: an open-data page (by link or title) that loaded links to files in open formats. Fail: no open-data link or
 * page and no link to an open-format file, in a language with a term list. Review: an open-data link or platform
 * whose files were not seen (the catalogue is elsewhere or was not followed), or open-format files outside any
 * open-data section.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import type { PageArtifact } from '../../artifacts/types.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { OPEN_FORMAT, openDataPlatform } from '../lib/hosts.js';
import { canConcludeAbsent, fail, findLinks, linkEvidence, noTermList, okPages, pagesAbout, pass, review, visitOf } from '../lib/site.js';

const openFiles = (page: PageArtifact) => page.links.filter((link) => /^https?:/i.test(link.href) && OPEN_FORMAT.test(new URL(link.href).pathname));

export const openDataProvision: Check = {
  id: 'open-data-provision',
  indicator: 'open-data-provision',
  code: '#236',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: 'open-data links and pages, data-platform addresses (CKAN, Socrata, OpenDataSoft, ...) and links to dataset files in open formats (CSV, TXT, JSON, ...)',
  run: (artifacts) => {
    const hits = findLinks(artifacts, 'openData', { maxText: 60 });
    const dataPages = new Set<PageArtifact>(pagesAbout(artifacts, 'openData'));
    const candidates: Evidence[] = [];
    for (const hit of hits) {
      const target = visitOf(artifacts, hit.link.href);
      if (target?.outcome === 'ok') dataPages.add(target);
      else candidates.push(linkEvidence(hit, target === undefined ? `links to ${hit.link.href}, not followed` : `links to ${hit.link.href} (${target.outcome})`));
    }
    for (const page of dataPages) {
      const files = openFiles(page);
      if (files.length > 0) {
        const file = files[0]!;
        return pass(`The open-data page "${page.title}" offers ${files.length} file${files.length === 1 ? '' : 's'} in open formats.`, [
          evidenceFrom(page, { selector: file.selector, text: file.text || file.href, note: `dataset file: ${file.href}`.slice(0, 500) }),
          ...files.slice(1, 5).map((other) => evidenceFrom(page, { selector: other.selector, text: other.text || other.href, note: other.href.slice(0, 500) })),
        ]);
      }
      candidates.push(evidenceFrom(page, { text: page.title, note: 'an open-data page without links to open-format files: check its catalogue' }));
    }
    for (const page of okPages(artifacts)) {
      for (const link of page.links) {
        const platform = openDataPlatform(link.href);
        if (platform && !link.internal) candidates.push(evidenceFrom(page, { selector: link.selector, text: link.text || link.href, note: `${platform}: ${link.href}`.slice(0, 500) }));
      }
      for (const file of openFiles(page).slice(0, 3)) candidates.push(evidenceFrom(page, { selector: file.selector, text: file.text || file.href, note: `an open-format file outside an open-data section: ${file.href}`.slice(0, 500) }));
    }
    if (candidates.length > 0) return review('Open-data links or files were found, but a downloadable dataset in an open format was not confirmed.', candidates.slice(0, 10));
    if (!canConcludeAbsent(artifacts, 'openData')) return noTermList(artifacts, 'open-data link');
    return fail('No open-data link, data platform or open-format file on the pages read.');
  },
};
