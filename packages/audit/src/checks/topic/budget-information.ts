/** budget-information (#219): municipal budget information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const budgetInformation = termCheck({
  id: 'budget-information',
  indicator: 'budget-information',
  code: '#219',
  class: 'topic',
  concepts: ['budget'],
  what: 'municipal budget information',
  looksAt: 'budget and finance links and pages',
});
