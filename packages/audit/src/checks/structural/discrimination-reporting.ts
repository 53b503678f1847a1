/** discrimination-reporting (#267): reporting discrimination online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const discriminationReporting = termCheck({
  id: 'discrimination-reporting',
  indicator: 'discrimination-reporting',
  code: '#267',
  class: 'structural',
  concepts: ['discrimination'],
  forms: ['message', 'application'],
  what: 'reporting discrimination online',
  looksAt: 'links and pages about discrimination, report forms',
});
