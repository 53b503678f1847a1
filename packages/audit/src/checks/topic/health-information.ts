/** health-information (#226): health information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const healthInformation = termCheck({
  id: 'health-information',
  indicator: 'health-information',
  code: '#226',
  class: 'topic',
  concepts: ['health'],
  what: 'health information',
  looksAt: 'health links and pages found through navigation, search results and the sitemap',
});
