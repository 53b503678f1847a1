/** information-about-services (#222): a service catalogue with details per service. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const informationAboutServices = termCheck({
  id: 'information-about-services',
  indicator: 'information-about-services',
  code: '#222',
  class: 'topic',
  concepts: ['services'],
  what: 'a service catalogue with details per service',
  looksAt: 'services, online-services and \'A-Z of services\' links and pages',
});
