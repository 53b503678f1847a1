/** initiatives-with-third-parties (#223): initiatives with outside partners. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const initiativesWithThirdParties = termCheck({
  id: 'initiatives-with-third-parties',
  indicator: 'initiatives-with-third-parties',
  code: '#223',
  class: 'topic',
  concepts: ['partners'],
  what: 'initiatives with outside partners',
  looksAt: 'partners, cooperation and twin-city links and pages',
});
