/** online-authentication (#245): secure sign-in (e-ID). Candidates for review (never pass or fail). */
import { EID_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const onlineAuthentication = termCheck({
  id: 'online-authentication',
  indicator: 'online-authentication',
  code: '#245',
  class: 'structural',
  concepts: ['account'],
  platform: EID_PLATFORMS,
  forms: ['login'],
  loginWalls: true,
  what: 'secure sign-in (e-ID)',
  looksAt: 'sign-in links, password forms, sign-in walls and known national e-ID services (FranceConnect, Cl@ve, gov.br, ESIA, Login.gov, ...)',
});
