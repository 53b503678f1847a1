/** smart-city-initiatives (#238): smart city initiatives. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const smartCityInitiatives = termCheck({
  id: 'smart-city-initiatives',
  indicator: 'smart-city-initiatives',
  code: '#238',
  class: 'topic',
  concepts: ['smartCity'],
  what: 'smart city initiatives',
  looksAt: 'smart-city and innovation links and pages',
});
