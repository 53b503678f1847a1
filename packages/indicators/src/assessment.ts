import type { EditionId } from './types.js';

/** The current version of the assessment format. */
export const ASSESSMENT_SCHEMA_VERSION = 1;

/** An assessor's answer: the feature is there, is not there, or does not apply to this city. */
export type AnswerValue = 'yes' | 'no' | 'na';

/** An answer with the evidence for it. */
export interface AnswerDetail {
  readonly value: AnswerValue;
  /** An http(s) URL where the feature can be seen. */
  readonly evidence?: string;
  /** A free-text remark by the assessor. */
  readonly note?: string;
  /** Where the answer came from when a person accepted a machine's proposal for it; absent for answers typed by hand. */
  readonly source?: AnswerSource;
}

/**
 * The record of an accepted audit proposal: which check proposed the value, under which rule version, and when a
 * person accepted it. The value itself is the person's answer; this only says it was proposed.
 */
export interface AnswerSource {
  readonly kind: 'audit';
  /** The id of the audit check that proposed the value. */
  readonly check: string;
  readonly ruleVersion: number;
  /** The verdict that proposed it: pass (yes), fail (no) or not-applicable (na). */
  readonly status: 'pass' | 'fail' | 'not-applicable';
  /** When the audit ran (ISO date-time). */
  readonly auditedAt?: string;
  /** When a person accepted the proposal (ISO date-time). */
  readonly acceptedAt?: string;
}

/** An answer is a bare value or a value with evidence and note. A missing answer is unanswered. */
export type Answer = AnswerValue | AnswerDetail;

/** One assessment of one city portal: the format every LOSI Kit package reads and writes (JSON). */
export interface Assessment {
  readonly schemaVersion: typeof ASSESSMENT_SCHEMA_VERSION;
  readonly edition: EditionId;
  readonly city: {
    readonly name: string;
    /** ISO 3166-1 alpha-3 code, e.g. `EST`. */
    readonly country?: string;
  };
  /** The portal assessed. */
  readonly portalUrl?: string;
  /** ISO date (YYYY-MM-DD) of the assessment. */
  readonly assessedAt?: string;
  /** Answers keyed by indicator id of the edition. */
  readonly answers: Readonly<Record<string, Answer>>;
}

/** The value of an answer in either form, or undefined when unanswered. */
export function answerValue(answer: Answer | undefined): AnswerValue | undefined {
  if (answer === undefined) return undefined;
  return typeof answer === 'string' ? answer : answer.value;
}
