/** participatory-budgeting (#275): participatory budgeting. Candidates for review (never pass or fail). */
import { PARTICIPATION_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const participatoryBudgeting = termCheck({
  id: 'participatory-budgeting',
  indicator: 'participatory-budgeting',
  code: '#275',
  class: 'structural',
  concepts: ['participatoryBudget'],
  platform: PARTICIPATION_PLATFORMS,
  forms: ['application'],
  what: 'participatory budgeting',
  looksAt: 'participatory-budget links and pages and known e-participation platforms',
});
