/** road-information (#285): road and road safety information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const roadInformation = termCheck({
  id: 'road-information',
  indicator: 'road-information',
  code: '#285',
  class: 'topic',
  concepts: ['roads'],
  what: 'road and road safety information',
  looksAt: 'roads, road works, traffic and road-safety links and pages',
});
