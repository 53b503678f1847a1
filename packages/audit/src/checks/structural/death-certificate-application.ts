/** death-certificate-application (#260): requesting a death certificate online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const deathCertificateApplication = termCheck({
  id: 'death-certificate-application',
  indicator: 'death-certificate-application',
  code: '#260',
  class: 'structural',
  concepts: ['deathCertificate'],
  forms: ['application'],
  loginWalls: true,
  what: 'requesting a death certificate online',
  looksAt: 'links and pages about death certificates, request forms and sign-in walls',
});
