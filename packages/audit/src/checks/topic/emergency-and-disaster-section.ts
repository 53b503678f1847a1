/** emergency-and-disaster-section (#290): an emergency and disaster section. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const emergencyAndDisasterSection = termCheck({
  id: 'emergency-and-disaster-section',
  indicator: 'emergency-and-disaster-section',
  code: '#290',
  class: 'topic',
  concepts: ['emergency'],
  what: 'an emergency and disaster section',
  looksAt: 'emergency, disaster and civil-protection links and pages',
});
