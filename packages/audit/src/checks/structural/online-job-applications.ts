/** online-job-applications (#266): applying for municipal jobs online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const onlineJobApplications = termCheck({
  id: 'online-job-applications',
  indicator: 'online-job-applications',
  code: '#266',
  class: 'structural',
  concepts: ['jobs'],
  forms: ['upload', 'application'],
  loginWalls: true,
  what: 'applying for municipal jobs online',
  looksAt: 'job and vacancy links and pages, application and CV-upload forms and sign-in walls',
});
