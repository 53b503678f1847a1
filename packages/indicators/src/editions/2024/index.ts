import { CRITERION_NAMES } from '../../criteria.js';
import type { Criterion, CriterionId, Edition } from '../../types.js';
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

const criteria: readonly Criterion[] = Object.entries(TOTALS_2024).map(([id, total]) => ({
  id: id as CriterionId,
  name: CRITERION_NAMES[id as CriterionId],
  total,
}));

const indicators = [
  ...institutionalFramework,
  ...contentProvision,
  ...servicesProvision,
  ...participationEngagement,
  ...technology,
];

export const edition2024: Edition = {
  id: '2024',
  year: 2024,
  total: 95,
  criteria,
  indicators,
  complete: indicators.length === 95,
  sources: [
    'https://publicadministration.un.org/egovkb/en-us/About/E-Government-at-Local-Level/Local-E-government-Toolkit',
    'https://publicadministration.un.org/egovkb/en-us/About/E-Government-at-Local-Level/Local-Online-Service-Index-LOSI',
  ],
};
