/** online-payment-for-services (#269a): paying municipal fees online. Candidates for review (never pass or fail). */
import { PAYMENT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const onlinePaymentForServices = termCheck({
  id: 'online-payment-for-services',
  indicator: 'online-payment-for-services',
  code: '#269a',
  class: 'structural',
  concepts: ['payment'],
  platform: PAYMENT_PLATFORMS,
  forms: ['application'],
  loginWalls: true,
  what: 'paying municipal fees online',
  looksAt: 'payment links and pages, known payment gateways (PayPal, Stripe, PayFiP, Redsys, Mercado Pago, ...), application forms and sign-in walls in front of them',
});
