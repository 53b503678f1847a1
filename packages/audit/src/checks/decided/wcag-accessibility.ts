/**
 * wcag-accessibility (#210): automated WCAG 2.x A/AA tests of the home page (axe-core, run by the gatherer).
 * Fail: any violation, each with its rule and first element. A clean run is not a pass: automated tools see only
 * part of WCAG and the official tester differs, so a person confirms it (needs-review).
 */
import type { Check } from '../check.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { fail, review } from '../lib/site.js';

export const wcagAccessibility: Check = {
  id: 'wcag-accessibility',
  indicator: 'wcag-accessibility',
  code: '#210',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'axe'],
  looksAt: 'axe-core WCAG 2.x A/AA rules on the home page: any violation fails; a clean run goes to a person',
  run: (artifacts) => {
    const home = artifacts.home!;
    const axe = artifacts.axe!;
    if (axe.violations.length === 0) {
      return review(`axe-core ${axe.version} found no WCAG A/AA violation (${axe.passes} rules passed, ${axe.incomplete} to check by hand); automated tests cover only part of WCAG, so a person confirms.`, [
        evidenceFrom(home, { note: `axe-core ${axe.version}: 0 violations, ${axe.incomplete} incomplete` }),
      ]);
    }
    const evidence = axe.violations.slice(0, 20).map((violation) => {
      const node = violation.nodes[0];
      return evidenceFrom(home, { ...(node ? { selector: node.target, text: node.html } : {}), note: `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}; ${violation.nodes.length} element(s)` });
    });
    const count = axe.violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
    return fail(`axe-core ${axe.version} found ${axe.violations.length} WCAG A/AA rule violation(s) on ${count} element(s) of the home page.`, evidence);
  },
};
