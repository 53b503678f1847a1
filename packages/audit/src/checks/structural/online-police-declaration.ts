/** online-police-declaration (#253): reporting to the police online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const onlinePoliceDeclaration = termCheck({
  id: 'online-police-declaration',
  indicator: 'online-police-declaration',
  code: '#253',
  class: 'structural',
  concepts: ['policeReport'],
  forms: ['message', 'application'],
  loginWalls: true,
  what: 'reporting to the police online',
  looksAt: 'links and pages about reporting to the (municipal) police, report forms and sign-in walls',
});
