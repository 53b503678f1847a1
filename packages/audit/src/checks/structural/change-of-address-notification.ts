/** change-of-address-notification (#262): notifying a change of address online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const changeOfAddressNotification = termCheck({
  id: 'change-of-address-notification',
  indicator: 'change-of-address-notification',
  code: '#262',
  class: 'structural',
  concepts: ['addressChange'],
  forms: ['application'],
  loginWalls: true,
  what: 'notifying a change of address online',
  looksAt: 'links and pages about moving and change of address, forms and sign-in walls',
});
