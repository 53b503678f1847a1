/** land-title-registration (#263): registering land titles online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const landTitleRegistration = termCheck({
  id: 'land-title-registration',
  indicator: 'land-title-registration',
  code: '#263',
  class: 'structural',
  concepts: ['landTitle'],
  forms: ['upload', 'application'],
  loginWalls: true,
  what: 'registering land titles online',
  looksAt: 'links and pages about the land registry or cadastre, forms and sign-in walls',
});
