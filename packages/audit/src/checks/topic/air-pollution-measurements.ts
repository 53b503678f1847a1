/** air-pollution-measurements (#292): air quality measurements. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const airPollutionMeasurements = termCheck({
  id: 'air-pollution-measurements',
  indicator: 'air-pollution-measurements',
  code: '#292',
  class: 'topic',
  concepts: ['airQuality'],
  what: 'air quality measurements',
  looksAt: 'air-quality links and pages (measurements are read by a person)',
});
