/** open-data-policy (no code): an open government data policy. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const openDataPolicy = termCheck({
  id: 'open-data-policy',
  indicator: 'open-data-policy',
  code: null,
  class: 'topic',
  concepts: ['openDataPolicy'],
  what: 'an open government data policy',
  looksAt: 'open-data policy, strategy and charter links and pages',
});
