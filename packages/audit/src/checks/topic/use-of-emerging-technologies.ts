/** use-of-emerging-technologies (#239): use of emerging technologies. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const useOfEmergingTechnologies = termCheck({
  id: 'use-of-emerging-technologies',
  indicator: 'use-of-emerging-technologies',
  code: '#239',
  class: 'topic',
  concepts: ['emergingTech'],
  what: 'use of emerging technologies',
  looksAt: 'links and pages about artificial intelligence, IoT, blockchain and digital twins',
});
