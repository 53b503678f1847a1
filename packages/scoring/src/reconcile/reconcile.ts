/** `reconcile`: one assessment out of several, with a record of where every final answer came from. */
import type { Answer, AnswerDetail, AnswerValue, Assessment, CriterionId } from '@losi/indicators/structure';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { ReconcileDecision, ReconciliationEntry, ReconciliationRecord } from '@losi/indicators/reconciliation';
import { compareInputs, type Agreement, type AgreementOptions, type IndicatorAgreement, type SetAgreement, type ValueRange } from '../agreement/agreement.js';
import { answerOf, type AgreementInput } from '../agreement/inputs.js';
import { scorerFor } from '../agreement/scorer.js';
import { LosiScoringError } from '../errors.js';

export type { ReconcileDecision, ReconciliationEntry, ReconciliationRecord };

/** Options of `reconcile` and `previewReconciliation`. */
export interface ReconcileOptions extends AgreementOptions {
  /** Who decided, for decisions that do not say. */
  readonly decidedBy?: string;
  /** When, for decisions that do not say: an ISO date or date-time with a time zone. */
  readonly decidedAt?: string;
  /** The date of the reconciled assessment (default: the latest decision's date, else the latest assessment's). */
  readonly assessedAt?: string;
}

/** `ReconcileOptions` with an indicator set. */
export type SetReconcileOptions = ReconcileOptions & { readonly indicatorSet: IndicatorSet };

/**
 * The result of `reconcile`. With an indicator set (`K` = string), the assessment answers by the set's ids, the
 * record names the set (`record.indicatorSet`) and the agreement is the set's.
 */
export interface Reconciliation<K extends string = CriterionId> {
  /** The reconciled assessment: a normal assessment (format version 1) that everything reading assessments reads. */
  readonly assessment: Assessment;
  /** Where every final answer came from, and every decision with its reason, who and when. */
  readonly record: ReconciliationRecord;
  /** The agreement the decisions settled. */
  readonly agreement: Agreement<K>;
}

/** The result of `reconcile` with an indicator set. */
export type SetReconciliation = Reconciliation<string> & { readonly agreement: SetAgreement };

/** A problem with one decision. */
export interface DecisionProblem {
  /** `decisions[2].reason`, or `decisions` for the list as a whole. */
  readonly path: string;
  readonly message: string;
}

/** Where reconciliation stands with the decisions taken so far (`previewReconciliation`). */
export interface ReconciliationPreview<K extends string = CriterionId> {
  readonly agreement: Agreement<K>;
  /** Disagreements without a (valid) decision yet, in catalogue order. */
  readonly undecided: readonly string[];
  /** Indicators with a valid decision. */
  readonly decided: number;
  /** The LOSI value range left (with a set: the set's value range): decided indicators fixed, undecided ones free among the assessors' answers. */
  readonly valueRange: ValueRange;
  /** Every problem with the decisions (a decision with a problem counts as not taken). */
  readonly problems: readonly DecisionProblem[];
  /** True when `reconcile` would succeed with these decisions. */
  readonly ready: boolean;
}

const VALUES: readonly AnswerValue[] = ['yes', 'no', 'na'];
const HTTP_URL = /^https?:\/\/\S+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (isDate(value)) return true;
  const match = ISO_DATE_TIME.exec(value);
  return match !== null && isDate(match[1]!) && !Number.isNaN(Date.parse(value));
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !HTTP_URL.test(value)) return false;
  try {
    return new URL(value).hostname.length > 0;
  } catch {
    return false;
  }
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

interface Resolved {
  readonly entry: ReconciliationEntry;
  readonly answer: Answer | undefined;
}

function withDetails(value: AnswerValue, evidence: string | undefined, note: string | undefined): Answer {
  if (evidence === undefined && note === undefined) return value;
  return { value, ...(evidence !== undefined ? { evidence } : {}), ...(note !== undefined ? { note } : {}) };
}

/** The final answer of an indicator nobody decided on. */
/** An assessor's answer as an object, so evidence, note and an audit source travel with it. */
function asDetail(answer: Answer | undefined, value: AnswerValue): AnswerDetail {
  return typeof answer === 'object' && answer !== null ? answer : { value };
}

/** A detail written back in the short form when it carries nothing but the value. */
function compact(detail: AnswerDetail): Answer {
  return Object.keys(detail).length === 1 ? detail.value : detail;
}

function undecidedEntry(item: IndicatorAgreement<string>, values: (AnswerValue | null)[], originals: readonly (Answer | undefined)[]): Resolved | undefined {
  if (item.status === 'unanswered') return { entry: { indicator: item.indicator, value: null, source: 'unanswered', answers: values, override: false }, answer: undefined };
  if (item.status !== 'agreed') return undefined;
  const value = values[0]!;
  const first = asDetail(originals[0], value);
  const evidence = first.evidence ?? item.answers.find((answer) => answer.evidence !== undefined)?.evidence;
  const note = first.note ?? item.answers.find((answer) => answer.note !== undefined)?.note;
  const answer = compact({ ...first, ...(evidence !== undefined ? { evidence } : {}), ...(note !== undefined ? { note } : {}) });
  return { entry: { indicator: item.indicator, value, source: 'agreed', answers: values, override: false }, answer };
}

/** Checks one decision against the indicator's comparison; returns the resolved entry or adds problems. */
function resolveDecision(
  decision: ReconcileDecision,
  index: number,
  item: IndicatorAgreement<string>,
  labels: readonly string[],
  options: ReconcileOptions,
  problems: DecisionProblem[],
  originals: readonly (Answer | undefined)[],
): Resolved | undefined {
  const before = problems.length;
  const at = (field: string, message: string) => problems.push({ path: `decisions[${index}].${field}`, message });
  const values = item.answers.map((answer) => answer.value);
  const hasChoice = decision.choose !== undefined;
  const hasValue = decision.value !== undefined;
  let value: AnswerValue | null = null;
  let evidence: string | undefined;
  let note: string | undefined;
  let chosen: Answer | undefined;
  if (hasChoice === hasValue) {
    at(hasChoice ? 'value' : 'choose', hasChoice ? 'give either choose (an assessor) or value (an answer), not both' : 'a decision takes an assessor\'s answer (choose) or sets one (value)');
  } else if (hasChoice) {
    const position = labels.indexOf(decision.choose!);
    const answer = item.answers[position];
    if (answer === undefined) at('choose', `"${String(decision.choose)}" is not an assessor of this portal (${labels.map((label) => `"${label}"`).join(', ')})`);
    else if (answer.value === null) at('choose', `assessor "${answer.assessor}" did not answer ${item.indicator}; set the answer with value instead`);
    else {
      value = answer.value;
      chosen = compact(asDetail(originals[position], answer.value));
    }
    if (decision.evidence !== undefined || decision.note !== undefined) at('evidence', "an assessor's answer keeps its own evidence and note; set the answer with value to give others");
  } else if (!VALUES.includes(decision.value!)) {
    at('value', `an answer is "yes", "no" or "na", got ${JSON.stringify(decision.value)}`);
  } else {
    value = decision.value!;
    const same = item.answers.find((answer) => answer.value === value);
    if (decision.evidence !== undefined && !isHttpUrl(decision.evidence)) at('evidence', `evidence is a web address starting with http:// or https://, got ${JSON.stringify(decision.evidence)}`);
    if (decision.note !== undefined && typeof decision.note !== 'string') at('note', 'a note is text');
    evidence = decision.evidence ?? same?.evidence;
    note = decision.note ?? same?.note;
  }
  const overrides = value !== null && values.some((given) => given !== value);
  if (decision.reason !== undefined && !isText(decision.reason)) at('reason', 'a reason is text that is not blank');
  else if (overrides && decision.reason === undefined) {
    at('reason', `a decision that overrides an assessor needs its reason (${item.indicator}: ${item.answers.map((answer) => `${answer.assessor} ${answer.value ?? 'unanswered'}`).join(', ')})`);
  }
  const decidedBy = decision.decidedBy ?? options.decidedBy;
  const decidedAt = decision.decidedAt ?? options.decidedAt;
  if (!isText(decidedBy)) at('decidedBy', 'say who decided: give decidedBy on the decision or as an option');
  if (!isInstant(decidedAt)) {
    at('decidedAt', decidedAt === undefined ? 'say when: give decidedAt (YYYY-MM-DD) on the decision or as an option' : `decidedAt is a date (YYYY-MM-DD) or a date-time with a time zone, got ${JSON.stringify(decidedAt)}`);
  }
  if (problems.length > before || value === null) return undefined;
  const entry: ReconciliationEntry = {
    indicator: item.indicator,
    value,
    source: hasChoice ? 'assessor' : 'reviewer',
    ...(hasChoice ? { assessor: decision.choose! } : {}),
    answers: values,
    override: item.status === 'agreed',
    ...(decision.reason !== undefined ? { reason: decision.reason } : {}),
    decidedBy: decidedBy!,
    decidedAt: decidedAt!,
  };
  return { entry, answer: chosen ?? withDetails(value, evidence, note) };
}

interface Resolution {
  readonly agreement: Agreement<string>;
  readonly assessments: readonly Assessment[];
  readonly labels: readonly string[];
  readonly resolved: ReadonlyMap<string, Resolved>;
  readonly undecided: readonly string[];
  readonly problems: readonly DecisionProblem[];
}

function resolve(inputs: readonly AgreementInput[], decisions: readonly ReconcileDecision[], options: ReconcileOptions): Resolution {
  const { agreement: result, checked } = compareInputs(inputs, options);
  const { labels, assessments } = checked;
  const byIndicator = new Map(result.indicators.map((item) => [item.indicator, item]));
  const originalsOf = (indicator: string) => assessments.map((assessment) => answerOf(assessment, indicator));
  const problems: DecisionProblem[] = [];
  const decided = new Map<string, Resolved>();
  const seen = new Map<string, number>();
  if (!Array.isArray(decisions)) throw new LosiScoringError('decisions is a list (empty when there is nothing to decide)', 'decisions');
  decisions.forEach((decision, index) => {
    if (typeof decision !== 'object' || decision === null) {
      problems.push({ path: `decisions[${index}]`, message: 'a decision is an object such as { indicator, choose: "A", reason, decidedBy, decidedAt }' });
      return;
    }
    const item = typeof decision.indicator === 'string' ? byIndicator.get(decision.indicator) : undefined;
    if (item === undefined) {
      const of = result.indicatorSet === undefined ? `LOSI ${result.edition}` : `the indicator set "${result.indicatorSet.id}"`;
      problems.push({ path: `decisions[${index}].indicator`, message: `${JSON.stringify(decision.indicator) ?? 'nothing'} is not an indicator of ${of}` });
      return;
    }
    const earlier = seen.get(item.indicator);
    if (earlier !== undefined) {
      problems.push({ path: `decisions[${index}].indicator`, message: `${item.indicator} is decided already by decisions[${earlier}]; keep one decision per indicator` });
      return;
    }
    seen.set(item.indicator, index);
    const entry = resolveDecision(decision, index, item, labels, options, problems, originalsOf(item.indicator));
    if (entry) decided.set(item.indicator, entry);
  });
  const resolved = new Map<string, Resolved>();
  const undecided: string[] = [];
  for (const item of result.indicators) {
    const entry = decided.get(item.indicator) ?? undecidedEntry(item, item.answers.map((answer) => answer.value), originalsOf(item.indicator));
    if (entry) resolved.set(item.indicator, entry);
    else undecided.push(item.indicator);
  }
  return { agreement: result, assessments, labels, resolved, undecided, problems };
}

/**
 * Where reconciliation stands with the decisions taken so far, for a screen that updates as the reviewer goes:
 * the disagreements still undecided, the problems with the decisions (never thrown), and the LOSI value range left.
 * With `indicatorSet`, as `agreement` with it: the set's indicators and values.
 * @throws LosiScoringError only for inputs `agreement` rejects.
 */
export function previewReconciliation(
  inputs: readonly AgreementInput[],
  decisions: readonly ReconcileDecision[],
  options: SetReconcileOptions,
): ReconciliationPreview<string> & { readonly agreement: SetAgreement };
export function previewReconciliation(
  inputs: readonly AgreementInput[],
  decisions: readonly ReconcileDecision[],
  options?: ReconcileOptions & { readonly indicatorSet?: undefined },
): ReconciliationPreview;
export function previewReconciliation(inputs: readonly AgreementInput[], decisions: readonly ReconcileDecision[], options?: ReconcileOptions): ReconciliationPreview<string>;
export function previewReconciliation(inputs: readonly AgreementInput[], decisions: readonly ReconcileDecision[], options: ReconcileOptions = {}): ReconciliationPreview<string> {
  const { agreement: result, resolved, undecided, problems } = resolve(inputs, decisions, options);
  const base = { schemaVersion: 1 as const, edition: result.edition, city: result.city };
  const low: Record<string, AnswerValue> = {};
  const high: Record<string, AnswerValue> = {};
  for (const item of result.indicators) {
    const entry = resolved.get(item.indicator)?.entry;
    if (entry) {
      if (entry.value !== null) low[item.indicator] = high[item.indicator] = entry.value;
      continue;
    }
    const options = item.outcomes.filter((value): value is AnswerValue => value !== null);
    if (options.includes('yes')) high[item.indicator] = 'yes';
    const lowest = options.find((value) => value !== 'yes');
    if (lowest !== undefined) low[item.indicator] = lowest;
    else if (!item.outcomes.includes(null)) low[item.indicator] = 'yes';
    if (!options.includes('yes') && lowest !== undefined) high[item.indicator] = lowest;
  }
  const scorer = scorerFor(options);
  const value = (answers: Record<string, AnswerValue>) => scorer({ ...base, answers }).value;
  return {
    agreement: result,
    undecided,
    decided: [...resolved.values()].filter((entry) => entry.entry.source === 'assessor' || entry.entry.source === 'reviewer').length,
    valueRange: { min: value(low), max: value(high) },
    problems,
    ready: problems.length === 0 && undecided.length === 0,
  };
}

/**
 * Reconciles two or more blind assessments of one portal into one assessment, with a reconciliation record.
 *
 * Every indicator ends as: `agreed` (every assessor gave the answer, nobody decided otherwise), `assessor` (a
 * decision took one assessor's answer, with its evidence and note), `reviewer` (a decision set the answer; evidence
 * and note default to those of the first assessor who gave the same answer) or `unanswered` (nobody answered).
 * Every disagreement needs a decision. A decision on an agreed indicator is allowed and recorded as an override.
 * A decision whose answer differs from any assessor's needs a `reason`; every decision needs who (`decidedBy`) and
 * when (`decidedAt`), on the decision or from the options. Pure: the date is never read from the clock.
 * With `indicatorSet`: the set's indicators (decisions and answers keyed by its ids); the record names the set
 * (`record.indicatorSet`) and has one entry per indicator of the set, in its order.
 * @throws LosiScoringError with the path at fault: the inputs as for `agreement`; `decisions[2].reason` for a bad
 * decision; `decisions` when some disagreement has no decision (all of them are named).
 */
export function reconcile(inputs: readonly AgreementInput[], decisions: readonly ReconcileDecision[], options: SetReconcileOptions): SetReconciliation;
export function reconcile(
  inputs: readonly AgreementInput[],
  decisions: readonly ReconcileDecision[],
  options?: ReconcileOptions & { readonly indicatorSet?: undefined },
): Reconciliation;
export function reconcile(inputs: readonly AgreementInput[], decisions: readonly ReconcileDecision[], options?: ReconcileOptions): Reconciliation<string>;
export function reconcile(inputs: readonly AgreementInput[], decisions: readonly ReconcileDecision[], options: ReconcileOptions = {}): Reconciliation<string> {
  const { agreement: result, assessments, labels, resolved, undecided, problems } = resolve(inputs, decisions, options);
  const [problem] = problems;
  if (problem !== undefined) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new LosiScoringError(`${problem.message}${more}`, problem.path);
  }
  if (undecided.length > 0) {
    throw new LosiScoringError(`${undecided.length} disagreement${undecided.length === 1 ? ' has' : 's have'} no decision: ${undecided.join(', ')}`, 'decisions');
  }
  if (options.assessedAt !== undefined && !isDate(options.assessedAt)) {
    throw new LosiScoringError(`assessedAt is a date written YYYY-MM-DD, got ${JSON.stringify(options.assessedAt)}`, 'options.assessedAt');
  }
  const answers: Record<string, Answer> = {};
  const entries: ReconciliationEntry[] = [];
  const decisionDates: string[] = [];
  for (const item of result.indicators) {
    const { entry, answer } = resolved.get(item.indicator)!;
    entries.push(entry);
    if (answer !== undefined) answers[item.indicator] = answer;
    if (entry.decidedAt !== undefined) decisionDates.push(entry.decidedAt.slice(0, 10));
  }
  const assessedDates = assessments.map((assessment) => assessment.assessedAt).filter((date): date is string => date !== undefined);
  const latest = (dates: string[]) => dates.sort().at(-1);
  const assessedAt = options.assessedAt ?? latest(decisionDates) ?? latest(assessedDates);
  const assessment: Assessment = {
    schemaVersion: 1,
    edition: result.edition,
    city: result.city,
    ...(result.portalUrl !== undefined ? { portalUrl: result.portalUrl } : {}),
    ...(assessedAt !== undefined ? { assessedAt } : {}),
    answers,
  };
  const record: ReconciliationRecord = {
    recordVersion: 1,
    edition: result.edition,
    ...(result.indicatorSet !== undefined ? { indicatorSet: result.indicatorSet } : {}),
    city: result.city,
    ...(result.portalUrl !== undefined ? { portalUrl: result.portalUrl } : {}),
    assessors: labels.map((label, position) => {
      const date = assessments[position]!.assessedAt;
      return date === undefined ? { label } : { label, assessedAt: date };
    }),
    agreement: {
      compared: result.compared,
      agreed: result.agreed,
      agreementRate: result.agreementRate,
      kappa: result.kappa,
      kappaMethod: result.kappaMethod,
    },
    entries,
  };
  return { assessment, record, agreement: result };
}
