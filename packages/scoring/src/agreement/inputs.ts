/** The assessments given to `agreement` and `reconcile`: labelled, checked to be of one portal and edition. */
import { answerValue, getStructure, type Answer, type AnswerValue, type Assessment, type EditionId } from '@losi/indicators/structure';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { LosiScoringError } from '../errors.js';
import { checkSet } from '../indicator-set/score-set.js';
import { scorerFor } from './scorer.js';

/** An assessment with the label of its assessor (`A`, a name, an id). */
export interface AssessorAssessment {
  readonly assessor: string;
  readonly assessment: Assessment;
}

/** What `agreement` and `reconcile` take: assessments labelled by their assessor, or bare ones (labelled A, B, C… in order). */
export type AgreementInput = Assessment | AssessorAssessment;

/** One indicator of the edition, with its criterion, in catalogue order (or of a set, with its group, in the set's order). */
export interface CatalogueSlot {
  readonly indicator: string;
  /** The criterion id; with an indicator set, the id of the indicator's group. */
  readonly criterion: string;
}

/** The checked inputs. */
export interface CheckedInputs {
  readonly edition: EditionId;
  readonly labels: readonly string[];
  readonly assessments: readonly Assessment[];
  readonly slots: readonly CatalogueSlot[];
  /** The edition's criteria, in published order; with an indicator set, its group ids in the set's order. */
  readonly criteria: readonly string[];
}

function isLabelled(input: AgreementInput): input is AssessorAssessment {
  return typeof input === 'object' && input !== null && 'assessment' in input && 'assessor' in input;
}

/** The label of the n-th bare assessment: A, B, … Z, AA, AB … */
export function defaultLabel(position: number): string {
  let label = '';
  let n = position + 1;
  while (n > 0) {
    label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

function cityKey(assessment: Assessment): string {
  return `${assessment.city.name.trim().toLowerCase()}\u0000${assessment.city.country ?? ''}`;
}

function portalKey(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

const RESERVED_LABELS = ['yes', 'no', 'na', 'n/a'];

/**
 * Labels the inputs and checks they can be compared: at least two, valid for `score` (with a set: for `scoreWithSet`,
 * answers keyed by the set's ids, of the edition it adapts), one edition, one city (name, ignoring case and edge
 * spaces, and country), one portal where both name it, distinct labels.
 * @throws LosiScoringError with the path of the input at fault (`[1].edition`).
 */
export function checkInputs(inputs: readonly AgreementInput[], set?: IndicatorSet): CheckedInputs {
  if (!Array.isArray(inputs) || inputs.length < 2) {
    throw new LosiScoringError(`give at least two assessments of one portal, got ${Array.isArray(inputs) ? inputs.length : 'no list'}`, '');
  }
  if (set !== undefined) checkSet(set, 'options.indicatorSet');
  const valid = scorerFor(set === undefined ? {} : { indicatorSet: set });
  const labels: string[] = [];
  const assessments: Assessment[] = [];
  inputs.forEach((input, position) => {
    const labelled = isLabelled(input);
    const assessment = labelled ? input.assessment : input;
    const label = labelled ? input.assessor : defaultLabel(position);
    if (typeof label !== 'string' || label.trim() === '') throw new LosiScoringError('an assessor label is text that is not blank', `[${position}].assessor`);
    if (RESERVED_LABELS.includes(label.trim().toLowerCase())) {
      throw new LosiScoringError(`"${label}" cannot label an assessor: it reads as an answer in a decisions sheet`, `[${position}].assessor`);
    }
    if (labels.includes(label)) throw new LosiScoringError(`two assessments are labelled "${label}"; each assessor needs its own label`, `[${position}].assessor`);
    try {
      valid(assessment);
    } catch (error) {
      if (error instanceof LosiScoringError) {
        const message = error.path ? error.message.slice(error.path.length + 2) : error.message;
        throw new LosiScoringError(message, error.path ? `[${position}].${error.path}` : `[${position}]`);
      }
      throw error;
    }
    labels.push(label);
    assessments.push(assessment);
  });
  const [first] = assessments as [Assessment];
  assessments.forEach((assessment, position) => {
    if (assessment.edition !== first.edition) {
      throw new LosiScoringError(`cannot compare an assessment of LOSI ${assessment.edition} with one of LOSI ${first.edition}`, `[${position}].edition`);
    }
    if (cityKey(assessment) !== cityKey(first)) {
      const name = (a: Assessment) => `${a.city.name}${a.city.country ? ` (${a.city.country})` : ''}`;
      throw new LosiScoringError(`this assessment is of ${name(assessment)}, the first of ${name(first)}: compare assessments of one city`, `[${position}].city`);
    }
    const firstUrl = assessments.find((a) => a.portalUrl !== undefined)?.portalUrl;
    if (assessment.portalUrl !== undefined && firstUrl !== undefined && portalKey(assessment.portalUrl) !== portalKey(firstUrl)) {
      throw new LosiScoringError(`this assessment is of the portal ${assessment.portalUrl}, another of ${firstUrl}: compare assessments of one portal`, `[${position}].portalUrl`);
    }
  });
  if (set !== undefined) {
    return {
      edition: first.edition,
      labels,
      assessments,
      slots: set.indicators.map((indicator) => ({ indicator: indicator.id, criterion: indicator.group })),
      criteria: set.groups.map((group) => group.id),
    };
  }
  const structure = getStructure(first.edition)!;
  const slots = structure.criteria.flatMap((criterion) => criterion.indicators.map((indicator) => ({ indicator, criterion: criterion.id })));
  return { edition: first.edition, labels, assessments, slots, criteria: structure.criteria.map((criterion) => criterion.id) };
}

/** The answer of an assessment for an indicator, or undefined. */
export function answerOf(assessment: Assessment, indicator: string): Answer | undefined {
  return Object.hasOwn(assessment.answers, indicator) ? assessment.answers[indicator] : undefined;
}

/** The value of an assessment's answer for an indicator, null when unanswered. */
export function valueOf(assessment: Assessment, indicator: string): AnswerValue | null {
  return answerValue(answerOf(assessment, indicator)) ?? null;
}
