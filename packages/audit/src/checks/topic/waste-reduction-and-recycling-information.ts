/** waste-reduction-and-recycling-information (#284): waste and recycling information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const wasteReductionAndRecyclingInformation = termCheck({
  id: 'waste-reduction-and-recycling-information',
  indicator: 'waste-reduction-and-recycling-information',
  code: '#284',
  class: 'topic',
  concepts: ['waste'],
  what: 'waste and recycling information',
  looksAt: 'waste and recycling links and pages found through navigation, search results and the sitemap',
});
