import { CRITERION_NAMES } from '../../criteria.js';
import type { Edition } from '../../types.js';

const ITO = 'https://it-online.co.za/?p=135495';
const MOSCOW = 'https://ict.moscow/en/research/2018-un-e-government-survey/';
const KB_LOSI = 'https://publicadministration.un.org/egovkb/en-us/About/E-Government-at-Local-Level/Local-Online-Service-Index-LOSI';

const COUNTS_NOTE =
  'Criterion sizes 13 + 26 + 13 + 9 = 61 from 2018 press coverage; they add up to one more than the 60 indicators, and in the per-criterion table of 17 cities (transcribed at nonews.co, "city-services-rating") every city\'s four criterion counts add up to its total plus one: one indicator was counted in two criteria and once in the total.';

/**
 * LOSI 2018, the pilot (40 cities): structure and counts only. No indicator is catalogued: the Survey 2018 printed
 * 16 content-provision names, too few to assess with, and which indicator sat in two criteria is not known.
 */
export const edition2018: Edition = {
  id: '2018',
  year: 2018,
  total: 60,
  sharedMemberships: 1,
  criteria: [
    { id: 'content-provision', name: CRITERION_NAMES['content-provision'], total: 26, confidence: 'third-party', note: COUNTS_NOTE },
    { id: 'services-provision', name: CRITERION_NAMES['services-provision'], total: 13, confidence: 'third-party', note: COUNTS_NOTE },
    { id: 'participation-engagement', name: CRITERION_NAMES['participation-engagement'], total: 9, confidence: 'third-party', note: COUNTS_NOTE },
    { id: 'technology', name: CRITERION_NAMES.technology, total: 13, confidence: 'third-party', note: COUNTS_NOTE },
  ],
  indicators: [],
  complete: false,
  sources: [ITO, MOSCOW, KB_LOSI],
  methodologyVersion: 1,
  methodologyChanges: [
    {
      version: 1,
      date: '2026-12-03',
      summary:
        'LOSI 2018 as published: 60 indicators in four criteria (technology 13, content provision 26, services provision 13, participation and engagement 9), one point each; one indicator counts in two criteria and once in the total, so the LOSI value is met / 60 (Moscow: 55 of 60).',
      sources: [ITO, MOSCOW],
    },
  ],
};
