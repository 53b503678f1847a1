/** open-data-metadata (#237): metadata for open datasets. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const openDataMetadata = termCheck({
  id: 'open-data-metadata',
  indicator: 'open-data-metadata',
  code: '#237',
  class: 'topic',
  concepts: ['openData'],
  what: "metadata for open datasets",
  looksAt: "open-data links and pages (a person checks the datasets' metadata)",
});
