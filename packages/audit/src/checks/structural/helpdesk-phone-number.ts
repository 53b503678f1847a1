/** helpdesk-phone-number (#288): a helpdesk phone line for online services. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const helpdeskPhoneNumber = termCheck({
  id: 'helpdesk-phone-number',
  indicator: 'helpdesk-phone-number',
  code: '#288',
  class: 'structural',
  concepts: ['helpdesk'],
  what: 'a helpdesk phone line for online services',
  looksAt: 'helpdesk, hotline and call-centre links and pages',
});
