/** environmental-information (#227): environmental information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const environmentalInformation = termCheck({
  id: 'environmental-information',
  indicator: 'environmental-information',
  code: '#227',
  class: 'topic',
  concepts: ['environment'],
  what: 'environmental information',
  looksAt: 'environment and climate links and pages found through navigation, search results and the sitemap',
});
