/** participatory-land-use-planning (#276): public participation in land-use planning. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const participatoryLandUsePlanning = termCheck({
  id: 'participatory-land-use-planning',
  indicator: 'participatory-land-use-planning',
  code: '#276',
  class: 'topic',
  concepts: ['landUsePlanning'],
  what: 'public participation in land-use planning',
  looksAt: 'local plan, zoning and planning-consultation links and pages',
});
