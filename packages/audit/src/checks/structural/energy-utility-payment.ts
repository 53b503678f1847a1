/** energy-utility-payment (#287): paying electricity or gas bills online. Candidates for review (never pass or fail). */
import { PAYMENT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const energyUtilityPayment = termCheck({
  id: 'energy-utility-payment',
  indicator: 'energy-utility-payment',
  code: '#287',
  class: 'structural',
  concepts: ['energy'],
  strongWith: 'payment',
  platform: PAYMENT_PLATFORMS,
  forms: ['application'],
  loginWalls: true,
  what: 'paying electricity or gas bills online',
  looksAt: 'links and pages about electricity and gas bills, strongest where they speak of paying, payment gateways and sign-in walls',
});
