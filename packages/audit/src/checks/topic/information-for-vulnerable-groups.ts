/** information-for-vulnerable-groups (#231): information for vulnerable groups. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const informationForVulnerableGroups = termCheck({
  id: 'information-for-vulnerable-groups',
  indicator: 'information-for-vulnerable-groups',
  code: '#231',
  class: 'topic',
  concepts: ['vulnerableGroups'],
  what: 'information for vulnerable groups',
  looksAt: 'links and pages for people with disabilities, older people, migrants, youth and women',
});
