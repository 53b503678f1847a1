/** council-public-meetings-information (#280): city council public meetings. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const councilPublicMeetingsInformation = termCheck({
  id: 'council-public-meetings-information',
  indicator: 'council-public-meetings-information',
  code: '#280',
  class: 'topic',
  concepts: ['council'],
  what: 'city council public meetings',
  looksAt: 'council meeting, agenda and minutes links and pages',
});
