/** reporting-of-incidents-in-public-spaces (#274): reporting problems in public spaces. Candidates for review (never pass or fail). */
import { REPORT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const reportingOfIncidentsInPublicSpaces = termCheck({
  id: 'reporting-of-incidents-in-public-spaces',
  indicator: 'reporting-of-incidents-in-public-spaces',
  code: '#274',
  class: 'structural',
  concepts: ['reportProblem'],
  platform: REPORT_PLATFORMS,
  forms: ['message', 'upload', 'application'],
  landmarks: ['map'],
  what: 'reporting problems in public spaces',
  looksAt: '\'report a problem\' links and pages, known reporting platforms (FixMyStreet, SeeClickFix, ...), report forms and map elements',
});
