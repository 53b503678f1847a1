/**
 * w3c-markup-validity (#208): the home page's HTML validates without errors. The gatherer ran a well-kept validator
 * (html-validate with its standard rules) on the HTML as served.
 * Pass: no errors. Fail: one or more errors, each with its rule, line and element. The official test is the W3C
 * service; the two rule sets differ at the edges, so the evidence names the validator.
 */
import type { Check } from '../check.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { fail, pass } from '../lib/site.js';

export const w3cMarkupValidity: Check = {
  id: 'w3c-markup-validity',
  indicator: 'w3c-markup-validity',
  code: '#208',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'markup'],
  looksAt: 'markup validation of the home page as served (html-validate, standard rules): any error fails',
  run: (artifacts) => {
    const home = artifacts.home!;
    const markup = artifacts.markup!;
    if (markup.errors.length === 0) {
      return pass(`${markup.validator} reports no errors in the home page's HTML.`, [evidenceFrom(home, { note: `${markup.validator}: 0 errors, ${markup.warnings} warnings` })]);
    }
    const evidence = markup.errors.slice(0, 20).map((error) =>
      evidenceFrom(home, { ...(error.selector ? { selector: error.selector } : {}), text: error.message, note: `${error.rule} at line ${error.line}, column ${error.column} (${markup.validator})` }),
    );
    return fail(`${markup.validator} reports ${markup.errors.length} error${markup.errors.length === 1 ? '' : 's'} in the home page's HTML.`, evidence);
  },
};
