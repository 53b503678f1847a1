/** procurement-announcements (#220): procurement announcements. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { PROCUREMENT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const procurementAnnouncements = termCheck({
  id: 'procurement-announcements',
  indicator: 'procurement-announcements',
  code: '#220',
  class: 'topic',
  concepts: ['procurement'],
  platform: PROCUREMENT_PLATFORMS,
  what: 'procurement announcements',
  looksAt: 'procurement and tender links and pages and known tender platforms',
});
