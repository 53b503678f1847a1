/** organizational-chart (#215): the organisation chart of the administration. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const organizationalChart = termCheck({
  id: 'organizational-chart',
  indicator: 'organizational-chart',
  code: '#215',
  class: 'topic',
  concepts: ['orgChart'],
  what: 'the organisation chart of the administration',
  looksAt: 'organisation chart and department-structure links and pages',
});
