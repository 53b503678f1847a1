/** environment-related-permit-application (#256): applying for an environmental permit online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const environmentRelatedPermitApplication = termCheck({
  id: 'environment-related-permit-application',
  indicator: 'environment-related-permit-application',
  code: '#256',
  class: 'structural',
  concepts: ['environmentalPermit'],
  forms: ['upload', 'application'],
  loginWalls: true,
  what: 'applying for an environmental permit online',
  looksAt: 'links and pages about environmental permits, application and upload forms and sign-in walls',
});
