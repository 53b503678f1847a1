/** municipality-information (#217): information about the municipality. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const municipalityInformation = termCheck({
  id: 'municipality-information',
  indicator: 'municipality-information',
  code: '#217',
  class: 'topic',
  concepts: ['municipality'],
  what: 'information about the municipality',
  looksAt: '\'about the city\', history and city-profile links and pages',
});
