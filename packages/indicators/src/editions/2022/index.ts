import { CRITERION_NAMES } from '../../criteria.js';
import type { Criterion, CriterionId, Edition } from '../../types.js';
import { participationEngagement2022 } from './participation-engagement.js';

/** Published indicator counts of LOSI 2022 per criterion (eGovKB LOSI page; E-Government Survey 2022). */
const TOTALS_2022: Readonly<Record<CriterionId, number>> = {
  'institutional-framework': 8,
  'content-provision': 25,
  'services-provision': 18,
  'participation-engagement': 17,
  technology: 18,
};

const COUNT_NOTE =
  'Count stated on the UN eGovKB LOSI page and in the E-Government Survey 2022.';

const criteria: readonly Criterion[] = Object.entries(TOTALS_2022).map(([id, total]) => ({
  id: id as CriterionId,
  name: CRITERION_NAMES[id as CriterionId],
  total,
  confidence: 'confirmed',
  note: COUNT_NOTE,
}));

/**
 * LOSI 2022. Only the 17 participation-and-engagement indicators were published by name
 * (E-Government Survey 2022, Figure 3.10); the other 69 are not catalogued, and never invented.
 */
export const edition2022: Edition = {
  id: '2022',
  year: 2022,
  total: 86,
  sharedMemberships: 0,
  criteria,
  indicators: participationEngagement2022,
  complete: false,
  sources: [
    'https://publicadministration.un.org/egovkb/en-us/About/E-Government-at-Local-Level/Local-Online-Service-Index-LOSI',
    'https://fliphtml5.com/gnel/edfw/Report_without_annexes/130/',
  ],
  methodologyVersion: 1,
  methodologyChanges: [
    {
      version: 1,
      date: '2026-11-01',
      summary: 'LOSI 2022 as published: 86 indicators in five criteria, one point each; only the 17 participation-and-engagement indicators are catalogued by name.',
      sources: ['https://publicadministration.un.org/egovkb/en-us/About/E-Government-at-Local-Level/Local-Online-Service-Index-LOSI'],
    },
  ],
};
