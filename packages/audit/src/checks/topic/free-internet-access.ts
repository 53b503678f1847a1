/** free-internet-access (#225a): free public internet access. Topic pages for review; fail only when nothing read names the topic (see term-check.ts). */
import { termCheck } from '../lib/term-check.js';

export const freeInternetAccess = termCheck({
  id: 'free-internet-access',
  indicator: 'free-internet-access',
  code: '#225a',
  class: 'topic',
  concepts: ['publicWifi'],
  what: 'free public internet access',
  looksAt: 'free Wi-Fi and hotspot links and pages',
});
