import { CRITERION_NAMES } from '../../criteria.js';
import type { Edition } from '../../types.js';

const ANNEX_2022 = 'https://fliphtml5.com/gnel/ihzw/E-Government_Survey_2022/234';
const ACMOS = 'https://en.ac-mos.ru/ratings/un-local-online-service-index/';
const KB_LOSI = 'https://publicadministration.un.org/egovkb/en-us/About/E-Government-at-Local-Level/Local-Online-Service-Index-LOSI';

const SPLIT_NOTE =
  'The Survey 2022 annex states 80 indicators for 2020; this split (technology 11, content 33, services 25, participation 11) was seen only in a secondary source (a Moscow agency explainer) and is unverified.';

/** LOSI 2020 (100 cities): structure and counts only; no indicator is catalogued. */
export const edition2020: Edition = {
  id: '2020',
  year: 2020,
  total: 80,
  sharedMemberships: 0,
  criteria: [
    { id: 'content-provision', name: CRITERION_NAMES['content-provision'], total: 33, confidence: 'third-party', note: SPLIT_NOTE },
    { id: 'services-provision', name: CRITERION_NAMES['services-provision'], total: 25, confidence: 'third-party', note: SPLIT_NOTE },
    { id: 'participation-engagement', name: CRITERION_NAMES['participation-engagement'], total: 11, confidence: 'third-party', note: SPLIT_NOTE },
    { id: 'technology', name: CRITERION_NAMES.technology, total: 11, confidence: 'third-party', note: SPLIT_NOTE },
  ],
  indicators: [],
  complete: false,
  sources: [ANNEX_2022, ACMOS, KB_LOSI],
  methodologyVersion: 1,
  methodologyChanges: [
    {
      version: 1,
      date: '2026-12-03',
      summary: 'LOSI 2020 as published: 80 indicators in four criteria, one point each; the LOSI value is met / 80 (Baghdad: 0.1750 = 14 of 80, eGovKB city page).',
      sources: [ANNEX_2022, KB_LOSI],
    },
  ],
};
