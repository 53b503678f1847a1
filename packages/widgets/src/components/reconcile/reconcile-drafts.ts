/**
 * The reviewer's decisions as the screen keeps them (one draft per indicator, with text fields as typed) and
 * as `@losi/scoring/agreement` takes them, plus the shape of the copy saved in `localStorage`.
 */
import type { AnswerValue } from '@losi/indicators/structure';
import type { ReconcileDecision } from '@losi/scoring/agreement';

/** `assessor:<label>` takes that assessor's answer; `value:<yes|no|na>` sets one. */
export type Choice = `assessor:${string}` | `value:${AnswerValue}`;

/** One decision as typed so far. */
export interface Draft {
  readonly choice: Choice | undefined;
  readonly reason: string;
  /** Evidence for an answer the reviewer sets. */
  readonly evidence: string;
  /** When the choice was made (ISO date or date-time); kept when only the reason changes. */
  readonly decidedAt: string | undefined;
}

export const EMPTY_DRAFT: Draft = { choice: undefined, reason: '', evidence: '', decidedAt: undefined };

const VALUES: readonly string[] = ['yes', 'no', 'na'];

/** The decision a draft stands for, or undefined while nothing is chosen. */
export function decisionOf(indicator: string, draft: Draft, reviewer: string | undefined): ReconcileDecision | undefined {
  if (draft.choice === undefined) return undefined;
  const reason = draft.reason.trim();
  const evidence = draft.evidence.trim();
  const chosen = draft.choice.startsWith('assessor:')
    ? { choose: draft.choice.slice('assessor:'.length) }
    : { value: draft.choice.slice('value:'.length) as AnswerValue, ...(evidence !== '' ? { evidence } : {}) };
  return {
    indicator,
    ...chosen,
    ...(reason !== '' ? { reason } : {}),
    ...(reviewer ? { decidedBy: reviewer } : {}),
    ...(draft.decidedAt ? { decidedAt: draft.decidedAt } : {}),
  };
}

/** A draft from a decision given to the element or restored; undefined for something that is not a decision. */
export function draftOf(decision: unknown): { indicator: string; draft: Draft; decidedBy?: string } | undefined {
  if (typeof decision !== 'object' || decision === null) return undefined;
  const { indicator, choose, value, reason, evidence, decidedAt, decidedBy } = decision as Record<string, unknown>;
  if (typeof indicator !== 'string') return undefined;
  let choice: Choice | undefined;
  if (typeof choose === 'string') choice = `assessor:${choose}`;
  else if (typeof value === 'string' && VALUES.includes(value)) choice = `value:${value as AnswerValue}`;
  else return undefined;
  return {
    indicator,
    draft: {
      choice,
      reason: typeof reason === 'string' ? reason : '',
      evidence: typeof evidence === 'string' ? evidence : '',
      decidedAt: typeof decidedAt === 'string' ? decidedAt : undefined,
    },
    ...(typeof decidedBy === 'string' ? { decidedBy } : {}),
  };
}

/** The copy saved under `storage-key`: which portal it is about, who reviews, and the decisions so far. */
export interface SavedDecisions {
  readonly losiReconcile: 1;
  /** `<edition>|<city name>|<country>`: a copy of another portal is not applied. */
  readonly portal: string;
  readonly reviewer?: string;
  readonly decisions: readonly ReconcileDecision[];
}

/** Reads a saved copy; undefined when it is not one. */
export function readSavedDecisions(text: string): SavedDecisions | undefined {
  try {
    const value = JSON.parse(text) as Partial<SavedDecisions> | null;
    if (value?.losiReconcile !== 1 || typeof value.portal !== 'string' || !Array.isArray(value.decisions)) return undefined;
    if (value.reviewer !== undefined && typeof value.reviewer !== 'string') return undefined;
    if (!value.decisions.every((decision) => draftOf(decision) !== undefined)) return undefined;
    return value as SavedDecisions;
  } catch {
    return undefined;
  }
}

/** Today's date where the reviewer is (YYYY-MM-DD). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
