/** The list of checks as data (for the package README and tools): what each decides and what it looks at. */
import type { CheckClass } from '@losi/indicators/audit-report';
import type { ArtifactName } from '../artifacts/types.js';
import type { Check } from './check.js';
import { ALL_CHECKS } from './index.js';

export interface CheckCatalogueEntry {
  readonly id: string;
  readonly indicator: string;
  readonly code: string | null;
  readonly class: CheckClass;
  readonly ruleVersion: number;
  readonly looksAt: string;
  /** The artifacts the check needs, then those it reads when present. */
  readonly needs: readonly ArtifactName[];
  readonly uses: readonly ArtifactName[];
}

/** One entry per check, in the order they run (decided, structural, topic). */
export function checkCatalogue(checks: readonly Check[] = ALL_CHECKS): CheckCatalogueEntry[] {
  return checks.map((check) => ({
    id: check.id,
    indicator: check.indicator,
    code: check.code,
    class: check.class,
    ruleVersion: check.ruleVersion,
    looksAt: check.looksAt,
    needs: [...check.needs],
    uses: [...(check.uses ?? [])],
  }));
}
