/** online-lost-and-found (#298): an online lost-and-found service. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const onlineLostAndFound = termCheck({
  id: 'online-lost-and-found',
  indicator: 'online-lost-and-found',
  code: '#298',
  class: 'structural',
  concepts: ['lostAndFound'],
  forms: ['message', 'application'],
  what: 'an online lost-and-found service',
  looksAt: 'lost-and-found links and pages and forms on them',
});
