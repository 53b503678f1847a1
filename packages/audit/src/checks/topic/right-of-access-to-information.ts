/** right-of-access-to-information (#224): the right of access to public information. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const rightOfAccessToInformation = termCheck({
  id: 'right-of-access-to-information',
  indicator: 'right-of-access-to-information',
  code: '#224',
  class: 'topic',
  concepts: ['accessToInformation'],
  what: 'the right of access to public information',
  looksAt: 'freedom-of-information and transparency links and pages',
});
