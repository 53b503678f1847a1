/** residence-permit-application (#258): applying for a residence permit online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const residencePermitApplication = termCheck({
  id: 'residence-permit-application',
  indicator: 'residence-permit-application',
  code: '#258',
  class: 'structural',
  concepts: ['residencePermit'],
  forms: ['upload', 'application'],
  loginWalls: true,
  what: 'applying for a residence permit online',
  looksAt: 'links and pages about residence permits, application forms and sign-in walls',
});
