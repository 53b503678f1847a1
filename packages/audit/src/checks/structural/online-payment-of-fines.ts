/** online-payment-of-fines (#269b): paying fines online. Candidates for review (never pass or fail). */
import { PAYMENT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const onlinePaymentOfFines = termCheck({
  id: 'online-payment-of-fines',
  indicator: 'online-payment-of-fines',
  code: '#269b',
  class: 'structural',
  concepts: ['fines'],
  strongWith: 'payment',
  platform: PAYMENT_PLATFORMS,
  forms: ['application'],
  loginWalls: true,
  what: 'paying fines online',
  looksAt: 'links and pages about fines, strongest where they also speak of paying, payment gateways and sign-in walls',
});
