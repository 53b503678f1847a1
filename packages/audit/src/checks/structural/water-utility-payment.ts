/** water-utility-payment (#286): paying water bills online. Candidates for review (never pass or fail). */
import { PAYMENT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const waterUtilityPayment = termCheck({
  id: 'water-utility-payment',
  indicator: 'water-utility-payment',
  code: '#286',
  class: 'structural',
  concepts: ['water'],
  strongWith: 'payment',
  platform: PAYMENT_PLATFORMS,
  forms: ['application'],
  loginWalls: true,
  what: 'paying water bills online',
  looksAt: 'links and pages about water bills, strongest where they speak of paying, payment gateways and sign-in walls',
});
