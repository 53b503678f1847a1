/** assisted-access-points (#225b): assisted access points for online services. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const assistedAccessPoints = termCheck({
  id: 'assisted-access-points',
  indicator: 'assisted-access-points',
  code: '#225b',
  class: 'topic',
  concepts: ['accessPoints'],
  what: 'assisted access points for online services',
  looksAt: 'digital-help, service-centre and public-computer links and pages',
});
