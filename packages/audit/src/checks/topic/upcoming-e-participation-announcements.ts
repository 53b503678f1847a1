/** upcoming-e-participation-announcements (#277): announcements of upcoming e-participation. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { PARTICIPATION_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const upcomingEParticipationAnnouncements = termCheck({
  id: 'upcoming-e-participation-announcements',
  indicator: 'upcoming-e-participation-announcements',
  code: '#277',
  class: 'topic',
  concepts: ['eParticipationNews'],
  platform: PARTICIPATION_PLATFORMS,
  what: 'announcements of upcoming e-participation',
  looksAt: 'open and upcoming consultation links and pages and known e-participation platforms',
});
