/** modification-of-own-data (#247): updating one's own records online. Candidates for review (never pass or fail). */
import { EID_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const modificationOfOwnData = termCheck({
  id: 'modification-of-own-data',
  indicator: 'modification-of-own-data',
  code: '#247',
  class: 'structural',
  concepts: ['personalRecords', 'account'],
  platform: EID_PLATFORMS,
  forms: ['login', 'application'],
  loginWalls: true,
  what: "updating one's own records online",
  looksAt: "\"update my details\" links, sign-in walls, password and profile forms",
});
