/** user-satisfaction-measurement (#293): user satisfaction surveys. Candidates for review (never pass or fail). */
import { SURVEY_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const userSatisfactionMeasurement = termCheck({
  id: 'user-satisfaction-measurement',
  indicator: 'user-satisfaction-measurement',
  code: '#293',
  class: 'structural',
  concepts: ['satisfaction'],
  platform: SURVEY_PLATFORMS,
  forms: ['message', 'application'],
  what: 'user satisfaction surveys',
  looksAt: '\'was this page helpful\' and satisfaction-survey links, pages and forms, and known survey tools (SurveyMonkey, Typeform, Google Forms, ...)',
});
