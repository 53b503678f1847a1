/**
 * The questionnaire's saved draft: the form state exactly as typed (a city name not yet given, a note before its
 * answer, an address half written), plus a revision counter that tells two tabs' saves apart. A draft is not an
 * assessment: the rules of a finished assessment apply when exporting or submitting, never when saving, so
 * whatever is saved comes back exactly.
 */
import type { AnswerSource } from '@losi/indicators';
import { getStructure, type AnswerValue, type EditionId } from '@losi/indicators/structure';
import { blankModel, type AnswerFields, type CityFields, type QuestionnaireModel } from './assessment-model.js';

/** The `format` of a saved draft, so it is never mistaken for an assessment file. */
export const DRAFT_FORMAT = 'losi-assessment-draft';
export const DRAFT_VERSION = 1;

/** A draft as saved in `localStorage` (JSON). */
export interface SavedDraft {
  readonly format: typeof DRAFT_FORMAT;
  readonly draftVersion: typeof DRAFT_VERSION;
  /** Raised by one at every save, by whichever tab saves: a copy with another revision was saved elsewhere. */
  readonly revision: number;
  readonly edition: EditionId;
  readonly city: CityFields;
  /** Only indicators with something typed. */
  readonly answers: Readonly<Record<string, { value?: AnswerValue; evidence?: string; note?: string; source?: AnswerSource }>>;
}

/** A draft read back: the state and its revision. */
export interface ReadDraft {
  readonly model: QuestionnaireModel;
  readonly revision: number;
}

const CITY_KEYS = ['name', 'country', 'portalUrl', 'assessedAt'] as const;
const VALUES: readonly string[] = ['yes', 'no', 'na'];

/** True when an indicator's fields hold nothing worth keeping. */
export function isEmptyAnswer(fields: AnswerFields): boolean {
  return fields.value === undefined && fields.evidence === '' && fields.note === '';
}

/** The draft of `model` at `revision`, as JSON text. */
export function draftText(model: QuestionnaireModel, revision: number): string {
  const answers: Record<string, SavedDraft['answers'][string]> = {};
  for (const [id, fields] of model.answers) {
    if (isEmptyAnswer(fields)) continue;
    answers[id] = {
      ...(fields.value !== undefined ? { value: fields.value } : null),
      ...(fields.evidence !== '' ? { evidence: fields.evidence } : null),
      ...(fields.note !== '' ? { note: fields.note } : null),
      ...(fields.source ? { source: fields.source } : null),
    };
  }
  const draft: SavedDraft = { format: DRAFT_FORMAT, draftVersion: DRAFT_VERSION, revision, edition: model.edition, city: { ...model.city }, answers };
  return JSON.stringify(draft);
}

/** True when the parsed JSON claims to be a draft (then it is read as one, and its problems are reported as such). */
export function looksLikeDraft(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === DRAFT_FORMAT;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a parsed draft. Only the draft's own structure is checked (known edition, catalogued ids, answer values,
 * text fields): text that is not yet a valid address or code is the user's work in progress and comes back as typed.
 */
export function readDraft(json: unknown): ReadDraft | { readonly problem: string } {
  if (!isRecord(json) || json.format !== DRAFT_FORMAT) return { problem: `format must be "${DRAFT_FORMAT}"` };
  if (json.draftVersion !== DRAFT_VERSION) return { problem: `draftVersion must be ${DRAFT_VERSION}, got ${JSON.stringify(json.draftVersion)}` };
  const revision = json.revision;
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0) return { problem: 'revision must be a whole number' };
  const structure = typeof json.edition === 'string' ? getStructure(json.edition) : undefined;
  if (!structure) return { problem: `edition must be a LOSI edition, got ${JSON.stringify(json.edition)}` };
  const edition = json.edition as EditionId;
  if (!isRecord(json.city)) return { problem: 'city must be an object' };
  const city = { ...blankModel(edition).city };
  for (const key of CITY_KEYS) {
    const text = json.city[key];
    if (text === undefined) continue;
    if (typeof text !== 'string') return { problem: `city.${key} must be text` };
    city[key] = text;
  }
  if (!isRecord(json.answers)) return { problem: 'answers must be an object' };
  const known = new Set(structure.criteria.flatMap((criterion) => criterion.indicators));
  const answers = new Map<string, AnswerFields>();
  for (const [id, saved] of Object.entries(json.answers)) {
    const path = `answers.${id}`;
    if (!known.has(id)) return { problem: `${path} is not an indicator of LOSI ${edition}` };
    if (!isRecord(saved)) return { problem: `${path} must be an object` };
    const { value, evidence = '', note = '', source } = saved;
    if (value !== undefined && (typeof value !== 'string' || !VALUES.includes(value))) return { problem: `${path}.value must be yes, no or na` };
    if (typeof evidence !== 'string') return { problem: `${path}.evidence must be text` };
    if (typeof note !== 'string') return { problem: `${path}.note must be text` };
    if (source !== undefined && !(isRecord(source) && source.kind === 'audit' && typeof source.check === 'string')) {
      return { problem: `${path}.source must be the record of an accepted audit proposal` };
    }
    answers.set(id, {
      value: value as AnswerValue | undefined,
      evidence,
      note,
      ...(source !== undefined ? { source: source as unknown as AnswerSource } : null),
    });
  }
  return { model: { edition, city, answers }, revision };
}
