/** education-information (#228): education information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const educationInformation = termCheck({
  id: 'education-information',
  indicator: 'education-information',
  code: '#228',
  class: 'topic',
  concepts: ['education'],
  what: 'education information',
  looksAt: 'education and school links and pages found through navigation, search results and the sitemap',
});
