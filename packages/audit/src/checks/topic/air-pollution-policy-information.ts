/** air-pollution-policy-information (#291): air pollution policies and measures. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const airPollutionPolicyInformation = termCheck({
  id: 'air-pollution-policy-information',
  indicator: 'air-pollution-policy-information',
  code: '#291',
  class: 'topic',
  concepts: ['airQuality'],
  what: 'air pollution policies and measures',
  looksAt: 'air-quality and air-pollution links and pages',
});
