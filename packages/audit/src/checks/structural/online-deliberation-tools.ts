/** online-deliberation-tools (#272): online tools that gather public opinion. Candidates for review (never pass or fail). */
import { PARTICIPATION_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const onlineDeliberationTools = termCheck({
  id: 'online-deliberation-tools',
  indicator: 'online-deliberation-tools',
  code: '#272',
  class: 'structural',
  concepts: ['consultation'],
  platform: PARTICIPATION_PLATFORMS,
  forms: ['message', 'application'],
  what: 'online tools that gather public opinion',
  looksAt: 'consultation, survey and petition links and pages, known e-participation platforms (Decidim, CONSUL, Go Vocal, ...) and forms',
});
