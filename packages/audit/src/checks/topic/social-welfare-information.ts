/** social-welfare-information (#229): social welfare information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const socialWelfareInformation = termCheck({
  id: 'social-welfare-information',
  indicator: 'social-welfare-information',
  code: '#229',
  class: 'topic',
  concepts: ['socialWelfare'],
  what: 'social welfare information',
  looksAt: 'social services and benefits links and pages found through navigation, search results and the sitemap',
});
