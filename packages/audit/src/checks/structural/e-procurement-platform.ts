/** e-procurement-platform (#265): submitting tenders electronically. Candidates for review (never pass or fail). */
import { PROCUREMENT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const eProcurementPlatform = termCheck({
  id: 'e-procurement-platform',
  indicator: 'e-procurement-platform',
  code: '#265',
  class: 'structural',
  concepts: ['procurement'],
  platform: PROCUREMENT_PLATFORMS,
  forms: ['upload'],
  loginWalls: true,
  what: 'submitting tenders electronically',
  looksAt: 'procurement links and pages, known tender platforms (TED, PLACE, contrataciondelestado, zakupki, compras.gov.br, ...) and upload forms',
});
