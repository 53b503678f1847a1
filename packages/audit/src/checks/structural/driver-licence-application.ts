/** driver-licence-application (#254): applying for a driving licence online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const driverLicenceApplication = termCheck({
  id: 'driver-licence-application',
  indicator: 'driver-licence-application',
  code: '#254',
  class: 'structural',
  concepts: ['drivingLicence'],
  forms: ['application'],
  loginWalls: true,
  what: 'applying for a driving licence online',
  looksAt: 'links and pages about driving licences, forms and sign-in walls',
});
