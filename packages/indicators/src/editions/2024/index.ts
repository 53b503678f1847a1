import { CRITERION_NAMES } from '../../criteria.js';
import type { Criterion, CriterionId, Edition, MethodologyChange } from '../../types.js';
import { contentProvision } from './content-provision.js';
import { institutionalFramework } from './institutional-framework.js';
import { participationEngagement } from './participation-engagement.js';
import { servicesProvision } from './services-provision.js';
import { technology } from './technology.js';

/** Published indicator counts of LOSI 2024 per criterion (UN Local E-Government Toolkit page). */
const TOTALS_2024: Readonly<Record<CriterionId, number>> = {
  'institutional-framework': 8,
  'content-provision': 32,
  'services-provision': 22,
  'participation-engagement': 18,
  technology: 15,
};

const COUNT_NOTE =
  'Count stated on the UN Local E-Government Toolkit page (one guide per criterion, "based on the 2024 edition of LOSI").';

const criteria: readonly Criterion[] = Object.entries(TOTALS_2024).map(([id, total]) => ({
  id: id as CriterionId,
  name: CRITERION_NAMES[id as CriterionId],
  total,
  confidence: 'confirmed',
  note: COUNT_NOTE,
}));

const indicators = [
  ...institutionalFramework,
  ...contentProvision,
  ...servicesProvision,
  ...participationEngagement,
  ...technology,
];

const TOOLKIT_PAGE = 'https://publicadministration.un.org/egovkb/en-us/About/E-Government-at-Local-Level/Local-E-government-Toolkit';

const methodologyChanges: readonly MethodologyChange[] = [
  {
    version: 1,
    date: '2026-11-01',
    summary:
      'First catalogue of LOSI 2024: criteria follow the Local E-Government Toolkit modules; the ten items of its "E-Government Literacy" module are placed under the criterion the feature had in earlier editions or, for #240, #241 and #245, as the published counts require.',
    sources: [TOOLKIT_PAGE],
  },
  {
    version: 2,
    date: '2026-12-03',
    summary:
      'Criteria follow the Survey 2024 where it says: Figure 4.10 lists "Public tranportation information" [sic] (#282), "Evidence of mobile phone apps" (#283) and "Waste and recycling information" (#284) under services provision, which the toolkit guides under content provision, so they move to services provision; to keep the published 32 / 22, #297 (services for homeless people), #298 (online lost and found) and #299 (affordable housing search) move from services to content provision (an inference by elimination). LOSI values do not change; content- and services-provision values do.',
    sources: ['https://github.com/MLL-LabChartAgentVagen/chartAgentVAGEN', TOOLKIT_PAGE],
  },
];

export const edition2024: Edition = {
  id: '2024',
  year: 2024,
  total: 95,
  sharedMemberships: 0,
  criteria,
  indicators,
  complete: indicators.length === 95,
  sources: [
    TOOLKIT_PAGE,
    'https://publicadministration.un.org/egovkb/en-us/About/E-Government-at-Local-Level/Local-Online-Service-Index-LOSI',
  ],
  methodologyVersion: methodologyChanges.at(-1)!.version,
  methodologyChanges,
};
