/** `agreement`: how far two or more blind assessments of one portal agree, indicator by indicator. */
import type { AnswerValue, Assessment, CriterionId, EditionId } from '@losi/indicators/structure';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { LosiScoringError } from '../errors.js';
import { checkSet, type IndicatorSetRef } from '../indicator-set/score-set.js';
import { checkScorerOptions, scorerFor } from './scorer.js';
import type { ResultCity, ScoreOptions } from '../types.js';
import { answerOf, checkInputs, valueOf, type AgreementInput, type CatalogueSlot, type CheckedInputs } from './inputs.js';
import { cohenKappa, fleissKappa } from './kappa.js';

/** Options of `agreement`. */
export interface AgreementOptions {
  /**
   * The evidence rule (default true): every `yes` needs an evidence URL; those without one are listed in
   * `missingEvidence`. With false, the list stays empty.
   */
  readonly evidence?: boolean;
  /** As for `score`: the points LOSI values are divided by, for `valueRange`. Not with `indicatorSet` (a set has its own denominator). */
  readonly scoredPoints?: ScoreOptions['scoredPoints'];
  /**
   * A country project's indicator set (`@losi/indicators/indicator-set`, checked with `parseIndicatorSet`) to compare
   * by instead of the edition: the assessments answer by the set's ids and are of the edition it adapts; the
   * indicators compared are the set's, in its order; `criteria` are its groups (an indicator is under its own group);
   * `valueRange` and `effect` are in the set's values (`scoreWithSet`), never official LOSI values.
   */
  readonly indicatorSet?: IndicatorSet;
}

/** `AgreementOptions` with an indicator set. */
export type SetAgreementOptions = AgreementOptions & { readonly indicatorSet: IndicatorSet };

/**
 * How the assessors' answers for one indicator compare:
 * `agreed` (every assessor gave the same answer), `disagreed` (two gave different answers),
 * `incomplete` (some answered, the others did not; those who answered agree), `unanswered` (nobody answered).
 */
export type AgreementStatus = 'agreed' | 'disagreed' | 'incomplete' | 'unanswered';

/** One assessor's answer to one indicator. */
export interface AssessorAnswer {
  readonly assessor: string;
  /** null when the assessor did not answer. */
  readonly value: AnswerValue | null;
  readonly evidence?: string;
  readonly note?: string;
}

/** The comparison of one indicator. */
export interface IndicatorAgreement<K extends string = CriterionId> {
  readonly indicator: string;
  /** Its criterion; with an indicator set, the id of its group in the set. */
  readonly criterion: K;
  readonly status: AgreementStatus;
  /** True for `agreed`. */
  readonly agreed: boolean;
  /** Every assessor's answer, in the order of the inputs. */
  readonly answers: readonly AssessorAnswer[];
  /** The distinct answers the indicator can end with when settled with one assessor's answer (null: unanswered). */
  readonly outcomes: readonly (AnswerValue | null)[];
  /** How far the LOSI value can move with this indicator: 1 / scored points when `yes` is one outcome and not the only one, else 0. */
  readonly effect: number;
}

/** The lowest and highest value a portal can end with when every disagreement is settled with one assessor's answer. */
export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

/** Agreement figures over a set of indicators (the whole edition, or one criterion). */
export interface AgreementFigures {
  /** Indicators at least one assessor answered (the ones compared). */
  readonly compared: number;
  readonly agreed: number;
  /** Indicators `disagreed` or `incomplete`: what reconciliation has to settle. */
  readonly disagreed: number;
  /** Of `disagreed`, those where the difference is a missing answer only. */
  readonly incomplete: number;
  /** Indicators nobody answered: left out of the rates. */
  readonly unanswered: number;
  /** `agreed / compared`; null when nothing was compared. */
  readonly agreementRate: number | null;
  /** `disagreed / compared` (= 1 − agreementRate); null when nothing was compared. */
  readonly disagreementRate: number | null;
  /** Cohen's kappa (two assessors) or Fleiss' kappa (three or more) over the indicators every assessor answered; null when undefined. */
  readonly kappa: number | null;
  readonly kappaMethod: 'cohen' | 'fleiss';
  /** Indicators kappa was computed over: those every assessor answered. */
  readonly kappaItems: number;
  /** The range of the LOSI value (the criterion value, for a criterion) over every way of settling the disagreements. */
  readonly valueRange: ValueRange;
}

/** A `yes` given without the evidence URL the rule asks for. */
export interface MissingEvidence {
  readonly indicator: string;
  readonly assessor: string;
}

/** The result of `agreement`. With an indicator set, `K` is `string` (the set's group ids). */
export interface Agreement<K extends string = CriterionId> extends AgreementFigures {
  readonly edition: EditionId;
  readonly city: ResultCity;
  readonly portalUrl?: string;
  /** The assessors' labels, in the order of the inputs. */
  readonly assessors: readonly string[];
  /** Per criterion, in published order (with an indicator set: per group of the set, in its order). */
  readonly criteria: Readonly<Record<K, AgreementFigures>>;
  /** Every catalogued indicator of the edition, in catalogue order (with an indicator set: every indicator of the set, in its order). */
  readonly indicators: readonly IndicatorAgreement<K>[];
  /** The indicators to settle (`disagreed` or `incomplete`), in catalogue order. */
  readonly disagreements: readonly IndicatorAgreement<K>[];
  /** Whether the evidence rule was applied. */
  readonly evidenceRule: boolean;
  /** Every `yes` without evidence, in catalogue then assessor order (empty when the rule is off). */
  readonly missingEvidence: readonly MissingEvidence[];
  /** Only with the `indicatorSet` option: the set compared by. */
  readonly indicatorSet?: IndicatorSetRef;
  /** Only with the `indicatorSet` option: always false, `valueRange` is a range of the set's values, not of LOSI values. */
  readonly official?: false;
}

/** The result of `agreement` with an indicator set. */
export type SetAgreement = Agreement<string> & { readonly indicatorSet: IndicatorSetRef; readonly official: false };

const CATEGORIES: readonly AnswerValue[] = ['yes', 'no', 'na'];

function assessorAnswer(assessor: string, assessment: Assessment, indicator: string): AssessorAnswer {
  const answer = answerOf(assessment, indicator);
  const value = valueOf(assessment, indicator);
  if (typeof answer !== 'object' || answer === null) return { assessor, value };
  return {
    assessor,
    value,
    ...(answer.evidence !== undefined ? { evidence: answer.evidence } : {}),
    ...(answer.note !== undefined ? { note: answer.note } : {}),
  };
}

function compareIndicator(slot: CatalogueSlot, labels: readonly string[], assessments: readonly Assessment[], point: number): IndicatorAgreement<string> {
  const answers = assessments.map((assessment, position) => assessorAnswer(labels[position]!, assessment, slot.indicator));
  const outcomes = [...new Set(answers.map((answer) => answer.value))];
  const given = outcomes.filter((value) => value !== null);
  const status: AgreementStatus =
    given.length === 0 ? 'unanswered' : given.length > 1 ? 'disagreed' : outcomes.length > 1 ? 'incomplete' : 'agreed';
  const effect = outcomes.length > 1 && outcomes.includes('yes') ? point : 0;
  return { indicator: slot.indicator, criterion: slot.criterion, status, agreed: status === 'agreed', answers, outcomes, effect };
}

/** A kappa over the indicators every assessor answered. */
function kappaOf(items: readonly IndicatorAgreement<string>[], raters: number): { kappa: number | null; items: number } {
  const complete = items.filter((item) => item.answers.every((answer) => answer.value !== null));
  if (raters === 2) {
    const table = CATEGORIES.map(() => CATEGORIES.map(() => 0));
    for (const item of complete) table[CATEGORIES.indexOf(item.answers[0]!.value!)]![CATEGORIES.indexOf(item.answers[1]!.value!)]!++;
    return { kappa: cohenKappa(table), items: complete.length };
  }
  const counts = complete.map((item) => CATEGORIES.map((category) => item.answers.filter((answer) => answer.value === category).length));
  return { kappa: fleissKappa(counts), items: complete.length };
}

/** Settles every disagreement towards the lowest (`low`) or highest value, for `score`. */
function bound(base: Assessment, items: readonly IndicatorAgreement<string>[], high: boolean): Assessment {
  const answers: Record<string, AnswerValue> = {};
  for (const item of items) {
    const options = item.outcomes.filter((value): value is AnswerValue => value !== null);
    const pick = high && options.includes('yes') ? 'yes' : options.find((value) => value !== 'yes') ?? (item.outcomes.includes(null) ? undefined : 'yes');
    if (pick !== undefined) answers[item.indicator] = pick;
  }
  return { schemaVersion: 1, edition: base.edition, city: base.city, answers };
}

function figures(items: readonly IndicatorAgreement<string>[], raters: number, range: ValueRange): AgreementFigures {
  let agreed = 0;
  let disagreed = 0;
  let incomplete = 0;
  let unanswered = 0;
  for (const item of items) {
    if (item.status === 'agreed') agreed++;
    else if (item.status === 'unanswered') unanswered++;
    else {
      disagreed++;
      if (item.status === 'incomplete') incomplete++;
    }
  }
  const compared = items.length - unanswered;
  const { kappa, items: kappaItems } = kappaOf(items, raters);
  return {
    compared,
    agreed,
    disagreed,
    incomplete,
    unanswered,
    agreementRate: compared === 0 ? null : agreed / compared,
    disagreementRate: compared === 0 ? null : disagreed / compared,
    kappa,
    kappaMethod: raters === 2 ? 'cohen' : 'fleiss',
    kappaItems,
    valueRange: range,
  };
}

/**
 * Compares two or more blind assessments of one portal in one edition, indicator by indicator.
 *
 * - An indicator is `agreed` when every assessor gave the same answer; `na` is an answer like the others, so `no`
 *   against `na` is a disagreement (both score 0, but they say different things about the portal).
 * - An indicator some assessors left unanswered is `incomplete` and counts as a disagreement: it must be settled.
 *   One nobody answered is `unanswered` and is left out of the rates (there is nothing to compare).
 * - Rates are over the indicators compared; kappa (Cohen's for two assessors, Fleiss' for more, categories yes, no, na)
 *   is over the indicators every assessor answered, and is null where undefined (no such indicator, or every answer
 *   in one category: chance agreement is then total).
 * - `valueRange`: the lowest and highest official LOSI value (and per criterion, criterion value) the portal can end
 *   with when every disagreement is settled with one of the assessors' answers (a missing answer counts 0).
 *   Each disagreement's `effect` is what it alone can move the LOSI value by.
 * - Evidence rule (on by default): every `yes` without an evidence URL is listed in `missingEvidence`.
 *
 * - With `indicatorSet`: the set's indicators, answers keyed by its ids, its groups as `criteria`, and values of the
 *   set (`scoreWithSet`); the result names the set and says `official: false`.
 *
 * Pure: no I/O. Criteria membership comes from the catalogue structure (`@losi/indicators/structure`), or the set.
 * @param inputs assessments labelled `{ assessor, assessment }`, or bare ones (labelled A, B, C… in order).
 * @throws LosiScoringError (with the path of the input at fault: `[1].edition`, `[0].answers.x`) for fewer than two
 * assessments, an invalid one, different editions, cities or portals, or repeated labels; (path `options.…`) for a
 * bad option, a set that does not hold together, or `scoredPoints` with a set.
 */
export function agreement(inputs: readonly AgreementInput[], options: SetAgreementOptions): SetAgreement;
export function agreement(inputs: readonly AgreementInput[], options?: AgreementOptions & { readonly indicatorSet?: undefined }): Agreement;
export function agreement(inputs: readonly AgreementInput[], options?: AgreementOptions): Agreement<string>;
export function agreement(inputs: readonly AgreementInput[], options: AgreementOptions = {}): Agreement<string> {
  return compareInputs(inputs, options).agreement;
}

/** `agreement`, with the checked inputs it compared (for `reconcile`, which needs them too and need not check twice). */
export function compareInputs(inputs: readonly AgreementInput[], options: AgreementOptions = {}): { readonly agreement: Agreement<string>; readonly checked: CheckedInputs } {
  const set = options.indicatorSet;
  checkScorerOptions(options);
  const checked = checkInputs(inputs, set);
  const { edition, labels, assessments, slots, criteria } = checked;
  const evidenceRule = options.evidence ?? true;
  if (typeof evidenceRule !== 'boolean') throw new LosiScoringError('evidence is true or false', 'options.evidence');
  const value = scorerFor(options);
  const first = assessments[0]!;
  // One point of the LOSI value (or of the set's): the value of a portal meeting a single indicator.
  const point = value({ schemaVersion: 1, edition, city: first.city, answers: { [slots[0]!.indicator]: 'yes' } }).value;
  const indicators = slots.map((slot) => compareIndicator(slot, labels, assessments, point));
  const low = value(bound(first, indicators, false));
  const high = value(bound(first, indicators, true));
  const perCriterion: Record<string, AgreementFigures> = {};
  for (const criterion of criteria) {
    perCriterion[criterion] = figures(
      indicators.filter((item) => item.criterion === criterion),
      labels.length,
      { min: low.criteria[criterion]!.value, max: high.criteria[criterion]!.value },
    );
  }
  const missingEvidence: MissingEvidence[] = [];
  if (evidenceRule) {
    for (const item of indicators) {
      for (const answer of item.answers) if (answer.value === 'yes' && answer.evidence === undefined) missingEvidence.push({ indicator: item.indicator, assessor: answer.assessor });
    }
  }
  const portalUrl = assessments.find((assessment) => assessment.portalUrl !== undefined)?.portalUrl;
  const agreement: Agreement<string> = {
    edition,
    city: first.city.country === undefined ? { name: first.city.name } : { name: first.city.name, country: first.city.country },
    ...(portalUrl !== undefined ? { portalUrl } : {}),
    assessors: labels,
    ...figures(indicators, labels.length, { min: low.value, max: high.value }),
    criteria: perCriterion,
    indicators,
    disagreements: indicators.filter((item) => item.status === 'disagreed' || item.status === 'incomplete'),
    evidenceRule,
    missingEvidence,
    ...(set === undefined ? {} : { indicatorSet: checkSet(set), official: false as const }),
  };
  return { agreement, checked };
}
