/** online-service-tutorials (#241): tutorials on using online services. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const onlineServiceTutorials = termCheck({
  id: 'online-service-tutorials',
  indicator: 'online-service-tutorials',
  code: '#241',
  class: 'topic',
  concepts: ['tutorials'],
  what: 'tutorials on using online services',
  looksAt: 'guide, tutorial and \'how to\' links and pages',
});
