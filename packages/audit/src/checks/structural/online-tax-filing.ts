/** online-tax-filing (#268): filing local taxes online. Candidates for review (never pass or fail). */
import { PAYMENT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const onlineTaxFiling = termCheck({
  id: 'online-tax-filing',
  indicator: 'online-tax-filing',
  code: '#268',
  class: 'structural',
  concepts: ['tax'],
  platform: PAYMENT_PLATFORMS,
  forms: ['upload', 'application'],
  loginWalls: true,
  what: 'filing local taxes online',
  looksAt: 'links and pages about local taxes, forms with file upload or several fields, payment gateways and sign-in walls',
});
