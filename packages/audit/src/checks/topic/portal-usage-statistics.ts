/** portal-usage-statistics (#289): portal usage statistics. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const portalUsageStatistics = termCheck({
  id: 'portal-usage-statistics',
  indicator: 'portal-usage-statistics',
  code: '#289',
  class: 'topic',
  concepts: ['usageStatistics'],
  what: 'portal usage statistics',
  looksAt: 'website statistics links and pages',
});
