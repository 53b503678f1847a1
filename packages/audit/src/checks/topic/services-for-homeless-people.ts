/** services-for-homeless-people (#297): help for people experiencing homelessness. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const servicesForHomelessPeople = termCheck({
  id: 'services-for-homeless-people',
  indicator: 'services-for-homeless-people',
  code: '#297',
  class: 'topic',
  concepts: ['homeless'],
  what: 'help for people experiencing homelessness',
  looksAt: 'homelessness, shelter and emergency-housing links and pages',
});
