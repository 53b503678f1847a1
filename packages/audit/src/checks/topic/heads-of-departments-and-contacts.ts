/** heads-of-departments-and-contacts (#216): heads of departments with their contacts. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const headsOfDepartmentsAndContacts = termCheck({
  id: 'heads-of-departments-and-contacts',
  indicator: 'heads-of-departments-and-contacts',
  code: '#216',
  class: 'topic',
  concepts: ['officials'],
  what: 'heads of departments with their contacts',
  looksAt: 'mayor, department heads and leadership links and pages',
});
