/** business-licence-application (#257): applying for a business licence online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const businessLicenceApplication = termCheck({
  id: 'business-licence-application',
  indicator: 'business-licence-application',
  code: '#257',
  class: 'structural',
  concepts: ['businessLicence'],
  forms: ['upload', 'application'],
  loginWalls: true,
  what: 'applying for a business licence online',
  looksAt: 'links and pages about business licences, application and upload forms and sign-in walls',
});
