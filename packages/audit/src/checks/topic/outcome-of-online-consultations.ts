/** outcome-of-online-consultations (#278): published results of online consultations. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { PARTICIPATION_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const outcomeOfOnlineConsultations = termCheck({
  id: 'outcome-of-online-consultations',
  indicator: 'outcome-of-online-consultations',
  code: '#278',
  class: 'topic',
  concepts: ['consultationResults'],
  platform: PARTICIPATION_PLATFORMS,
  what: 'published results of online consultations',
  looksAt: 'consultation-results links and pages and known e-participation platforms',
});
