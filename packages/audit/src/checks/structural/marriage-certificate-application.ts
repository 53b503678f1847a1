/** marriage-certificate-application (#261): requesting a marriage certificate online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const marriageCertificateApplication = termCheck({
  id: 'marriage-certificate-application',
  indicator: 'marriage-certificate-application',
  code: '#261',
  class: 'structural',
  concepts: ['marriageCertificate'],
  forms: ['application'],
  loginWalls: true,
  what: 'requesting a marriage certificate online',
  looksAt: 'links and pages about marriage certificates, request forms and sign-in walls',
});
