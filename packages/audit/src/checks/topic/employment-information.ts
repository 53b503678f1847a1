/** employment-information (#233): employment and training information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const employmentInformation = termCheck({
  id: 'employment-information',
  indicator: 'employment-information',
  code: '#233',
  class: 'topic',
  concepts: ['employment'],
  what: 'employment and training information',
  looksAt: 'employment, jobs and training links and pages found through navigation, search results and the sitemap',
});
