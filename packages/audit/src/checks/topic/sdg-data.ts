/** sdg-data (#243): local data on SDG progress. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const sdgData = termCheck({
  id: 'sdg-data',
  indicator: 'sdg-data',
  code: '#243',
  class: 'topic',
  concepts: ['sdg'],
  what: 'local data on SDG progress',
  looksAt: 'links and pages about the Sustainable Development Goals and local reviews',
});
