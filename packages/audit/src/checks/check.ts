/**
 * A check is data plus one pure function: which indicator it decides, under which rule version, which artifacts it
 * needs, and `run(artifacts) → verdict`. Checks never open pages; the runner gives them only what they declared.
 */
import type { CheckClass, Evidence, VerdictStatus } from '@losi/indicators/audit-report';
import type { ArtifactName, Artifacts } from '../artifacts/types.js';

/** What a check returns; the runner adds indicator, code, check id, rule version and class to make a Verdict. */
export interface CheckResult {
  readonly status: Exclude<VerdictStatus, 'unreachable'>;
  /** Why, in one or two plain sentences. */
  readonly reason: string;
  readonly evidence: readonly Evidence[];
}

export interface Check {
  /** Stable id, kebab-case; by convention the indicator id, with a suffix when several checks judge one indicator. */
  readonly id: string;
  /** The catalogue id of the indicator (2024 edition). */
  readonly indicator: string;
  /** The questionnaire code where the catalogue knows it, else null. */
  readonly code: string | null;
  readonly class: CheckClass;
  /** Raise on every change of the rule, so old and new verdicts are never mixed silently. */
  readonly ruleVersion: number;
  /** The artifacts `run` reads. When one of them is missing the runner returns `error` without calling `run`. */
  readonly needs: readonly ArtifactName[];
  /** Artifacts `run` reads when they are there (e.g. the sitemap); a missing one is not an error. */
  readonly uses?: readonly ArtifactName[];
  /** What it looks at, in one sentence: generated into the package README. */
  readonly looksAt: string;
  readonly run: (artifacts: Artifacts) => CheckResult;
}
