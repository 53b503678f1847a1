/** user-satisfaction-results (#294): published user satisfaction results. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const userSatisfactionResults = termCheck({
  id: 'user-satisfaction-results',
  indicator: 'user-satisfaction-results',
  code: '#294',
  class: 'topic',
  concepts: ['satisfactionResults'],
  what: 'published user satisfaction results',
  looksAt: 'satisfaction-results links and pages',
});
