/** access-to-own-data (#246): viewing one's own records online. Candidates for review (never pass or fail). */
import { EID_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const accessToOwnData = termCheck({
  id: 'access-to-own-data',
  indicator: 'access-to-own-data',
  code: '#246',
  class: 'structural',
  concepts: ['personalRecords', 'account'],
  platform: EID_PLATFORMS,
  forms: ['login'],
  loginWalls: true,
  what: "viewing one's own records online",
  looksAt: "\"my account\" and \"my data\" links, sign-in walls and password forms in front of personal areas",
});
