/** e-voting (#279): electronic voting on local decisions. Candidates for review (never pass or fail). */
import { PARTICIPATION_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const eVoting = termCheck({
  id: 'e-voting',
  indicator: 'e-voting',
  code: '#279',
  class: 'structural',
  concepts: ['eVoting'],
  platform: PARTICIPATION_PLATFORMS,
  forms: ['application'],
  loginWalls: true,
  what: 'electronic voting on local decisions',
  looksAt: 'voting links and pages, known e-participation platforms and sign-in walls',
});
