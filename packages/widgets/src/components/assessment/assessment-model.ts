/**
 * The questionnaire's editable state and its conversion to and from the assessment format.
 *
 * The form keeps what the user typed (an evidence address being written, a note typed before choosing an
 * answer); the assessment derived from it holds only what the format accepts, so `value`, the autosaved copy,
 * the exports and the form value are always valid assessments (apart from a city name not yet given).
 */
import type { AnswerSource } from '@losi/indicators';
import {
  ASSESSMENT_SCHEMA_VERSION,
  type Answer,
  type AnswerValue,
  type Assessment,
  type EditionId,
} from '@losi/indicators/structure';

/** The answer values, in the order the radios show them. */
export const ANSWER_VALUES: readonly AnswerValue[] = ['yes', 'no', 'na'];

/** What the form holds for one indicator. */
export interface AnswerFields {
  readonly value: AnswerValue | undefined;
  /** As typed; kept in the assessment only when it is an http(s) address. */
  readonly evidence: string;
  readonly note: string;
  /** Set when the value is an audit proposal a person accepted; dropped when the person changes the value. */
  readonly source?: AnswerSource;
}

/** What the form holds about the city, as typed. */
export interface CityFields {
  readonly name: string;
  readonly country: string;
  readonly portalUrl: string;
  /** YYYY-MM-DD or empty (from `<input type="date">`). */
  readonly assessedAt: string;
}

export interface QuestionnaireModel {
  readonly edition: EditionId;
  readonly city: CityFields;
  readonly answers: ReadonlyMap<string, AnswerFields>;
}

export const EMPTY_ANSWER: AnswerFields = { value: undefined, evidence: '', note: '' };

/** True for an http(s) address a browser can open, with no spaces (the rule of the assessment format). */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/.test(text)) return false;
  try {
    return new URL(text).hostname.length > 0;
  } catch {
    return false;
  }
}

/** The country code the form's text stands for (`est` -> `EST`), or undefined when it is not three letters. */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim();
  return /^[a-z]{3}$/i.test(trimmed) ? trimmed.toUpperCase() : undefined;
}

/** True for a calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toISOString().startsWith(text);
}

/** A questionnaire with nothing filled in. */
export function blankModel(edition: EditionId): QuestionnaireModel {
  return { edition, city: { name: '', country: '', portalUrl: '', assessedAt: '' }, answers: new Map() };
}

/** The form state of a (valid) assessment. */
export function modelFromAssessment(assessment: Assessment): QuestionnaireModel {
  const answers = new Map<string, AnswerFields>();
  for (const [id, answer] of Object.entries(assessment.answers)) {
    answers.set(
      id,
      typeof answer === 'string'
        ? { ...EMPTY_ANSWER, value: answer }
        : {
            value: answer.value,
            evidence: answer.evidence ?? '',
            note: answer.note ?? '',
            ...(answer.source ? { source: answer.source } : null),
          },
    );
  }
  return {
    edition: assessment.edition,
    city: {
      name: assessment.city.name,
      country: assessment.city.country ?? '',
      portalUrl: assessment.portalUrl ?? '',
      assessedAt: assessment.assessedAt ?? '',
    },
    answers,
  };
}

/**
 * The assessment the form stands for: answers with a value (with their evidence when it is an http(s) address
 * and their note when not blank), and the optional city facts that are valid. The city name is kept as typed.
 */
export function assessmentFromModel(model: QuestionnaireModel, answerOrder: readonly string[]): Assessment {
  const answers: Record<string, Answer> = {};
  for (const id of answerOrder) {
    const fields = model.answers.get(id);
    if (fields?.value === undefined) continue;
    const evidence = fields.evidence.trim();
    const note = fields.note.trim() === '' ? '' : fields.note;
    if (!isHttpUrl(evidence) && note === '' && !fields.source) {
      answers[id] = fields.value;
      continue;
    }
    answers[id] = {
      value: fields.value,
      ...(isHttpUrl(evidence) ? { evidence } : null),
      ...(note === '' ? null : { note }),
      ...(fields.source ? { source: fields.source } : null),
    };
  }
  const country = countryCode(model.city.country);
  const portalUrl = model.city.portalUrl.trim();
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    edition: model.edition,
    city: country === undefined ? { name: model.city.name } : { name: model.city.name, country },
    ...(isHttpUrl(portalUrl) ? { portalUrl } : null),
    ...(isIsoDate(model.city.assessedAt) ? { assessedAt: model.city.assessedAt } : null),
    answers,
  };
}

/** True when nothing at all is filled in. */
export function isBlank(model: QuestionnaireModel): boolean {
  const { name, country, portalUrl, assessedAt } = model.city;
  if (name || country || portalUrl || assessedAt) return false;
  for (const fields of model.answers.values()) if (fields.value || fields.evidence || fields.note) return false;
  return true;
}

/** Fields whose text is not valid (and so is left out of the assessment): `evidence:<id>`, `country`, `portalUrl`. */
export function invalidFields(model: QuestionnaireModel): string[] {
  const invalid: string[] = [];
  if (model.city.country.trim() !== '' && countryCode(model.city.country) === undefined) invalid.push('country');
  if (model.city.portalUrl.trim() !== '' && !isHttpUrl(model.city.portalUrl.trim())) invalid.push('portalUrl');
  for (const [id, fields] of model.answers) {
    if (fields.evidence.trim() !== '' && !isHttpUrl(fields.evidence.trim())) invalid.push(`evidence:${id}`);
  }
  return invalid;
}
