import type { CriterionId } from './types.js';

/** English criterion names; translations live in `@losi/indicators/locales/<lang>`. */
export const CRITERION_NAMES: Readonly<Record<CriterionId, string>> = {
  'institutional-framework': 'Institutional framework',
  'content-provision': 'Content provision',
  'services-provision': 'Services provision',
  'participation-engagement': 'Participation and engagement',
  technology: 'Technology',
};
