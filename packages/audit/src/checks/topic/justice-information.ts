/** justice-information (#232): justice and appeals information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const justiceInformation = termCheck({
  id: 'justice-information',
  indicator: 'justice-information',
  code: '#232',
  class: 'topic',
  concepts: ['justice'],
  what: 'justice and appeals information',
  looksAt: 'justice, legal aid and appeals links and pages',
});
