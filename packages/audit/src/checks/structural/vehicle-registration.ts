/** vehicle-registration (#264): registering a vehicle online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const vehicleRegistration = termCheck({
  id: 'vehicle-registration',
  indicator: 'vehicle-registration',
  code: '#264',
  class: 'structural',
  concepts: ['vehicleRegistration'],
  forms: ['application'],
  loginWalls: true,
  what: 'registering a vehicle online',
  looksAt: 'links and pages about vehicle registration, forms and sign-in walls',
});
