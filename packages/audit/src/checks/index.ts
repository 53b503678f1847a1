/**
 * The registered checks, in the order they run. Each lives in its own folder under `src/checks/<check-id>/`;
 * `auditPortal` runs all of them unless `options.checks` names others.
 */
import type { Check } from './check.js';

export const ALL_CHECKS: readonly Check[] = [];
