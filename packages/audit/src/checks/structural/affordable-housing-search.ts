/** affordable-housing-search (#299): searching for affordable housing online. Candidates for review (never pass or fail). */
import { termCheck } from '../lib/term-check.js';

export const affordableHousingSearch = termCheck({
  id: 'affordable-housing-search',
  indicator: 'affordable-housing-search',
  code: '#299',
  class: 'structural',
  concepts: ['housing'],
  forms: ['application'],
  what: 'searching for affordable housing online',
  looksAt: 'housing links and pages and search or application forms on them',
});
