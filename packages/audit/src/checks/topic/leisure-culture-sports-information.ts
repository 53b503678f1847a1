/** leisure-culture-sports-information (#230): leisure, culture and sports information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const leisureCultureSportsInformation = termCheck({
  id: 'leisure-culture-sports-information',
  indicator: 'leisure-culture-sports-information',
  code: '#230',
  class: 'topic',
  concepts: ['leisure'],
  what: 'leisure, culture and sports information',
  looksAt: 'culture, sport and leisure links and pages found through navigation, search results and the sitemap',
});
