/** procurement-results (#221): procurement results. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { PROCUREMENT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const procurementResults = termCheck({
  id: 'procurement-results',
  indicator: 'procurement-results',
  code: '#221',
  class: 'topic',
  concepts: ['procurement'],
  platform: PROCUREMENT_PLATFORMS,
  what: 'procurement results',
  looksAt: 'procurement and contract-award links and pages and known tender platforms',
});
