/** public-transport-information (#282): public transport information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const publicTransportInformation = termCheck({
  id: 'public-transport-information',
  indicator: 'public-transport-information',
  code: '#282',
  class: 'topic',
  concepts: ['transport'],
  what: 'public transport information',
  looksAt: 'public transport links and pages found through navigation, search results and the sitemap',
});
