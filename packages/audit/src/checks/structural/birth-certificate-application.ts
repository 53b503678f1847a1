/** birth-certificate-application (#259): requesting a birth certificate online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const birthCertificateApplication = termCheck({
  id: 'birth-certificate-application',
  indicator: 'birth-certificate-application',
  code: '#259',
  class: 'structural',
  concepts: ['birthCertificate'],
  forms: ['application'],
  loginWalls: true,
  what: 'requesting a birth certificate online',
  looksAt: 'links and pages about birth certificates and civil registry, request forms and sign-in walls',
});
