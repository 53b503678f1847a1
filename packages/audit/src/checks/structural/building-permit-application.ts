/** building-permit-application (#255): applying for a building permit online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const buildingPermitApplication = termCheck({
  id: 'building-permit-application',
  indicator: 'building-permit-application',
  code: '#255',
  class: 'structural',
  concepts: ['buildingPermit'],
  forms: ['upload', 'application'],
  loginWalls: true,
  what: 'applying for a building permit online',
  looksAt: 'links and pages about building permits, application and upload forms and sign-in walls',
});
