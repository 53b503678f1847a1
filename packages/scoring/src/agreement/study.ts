/** `studyAgreement`: agreement over a whole study of many portals, per assessor pair, per indicator and per criterion. */
import type { Assessment, CriterionId, EditionId } from '@losi/indicators/structure';
import { LosiScoringError } from '../errors.js';
import { checkSet, type IndicatorSetRef } from '../indicator-set/score-set.js';
import { checkScorerOptions } from './scorer.js';
import { agreement, type Agreement, type AgreementOptions, type SetAgreementOptions } from './agreement.js';
import type { AgreementInput } from './inputs.js';
import { cohenKappa } from './kappa.js';
import { needsReconciliation, type ReconciliationThreshold } from './threshold.js';

/** One portal of a study. */
export interface StudyPortal<K extends string = CriterionId> {
  readonly agreement: Agreement<K>;
  readonly needsReconciliation: boolean;
}

/** Agreement of one pair of assessors, pooled over every portal they both assessed. */
export interface PairAgreement {
  /** The two labels, in code-point order. */
  readonly assessors: readonly [string, string];
  readonly portals: number;
  /** Indicators at least one of the two answered. */
  readonly compared: number;
  readonly agreed: number;
  readonly agreementRate: number | null;
  /** Cohen's kappa over the indicators both answered, pooled over the portals; null when undefined. */
  readonly kappa: number | null;
}

/** How often assessors disagreed on one indicator: the ones at the top are those whose guidance needs work. */
export interface IndicatorDisagreement<K extends string = CriterionId> {
  readonly edition: EditionId;
  readonly indicator: string;
  /** Its criterion; with an indicator set, its group in the set. */
  readonly criterion: K;
  /** Portals where some assessor answered it. */
  readonly compared: number;
  /** Portals where it was `disagreed` or `incomplete`. */
  readonly disagreed: number;
  readonly disagreementRate: number | null;
}

/** Agreement on one criterion, pooled over the study. */
export interface CriterionAgreement<K extends string = CriterionId> {
  /** The criterion; with an indicator set, a group of the set. */
  readonly criterion: K;
  readonly compared: number;
  readonly agreed: number;
  readonly agreementRate: number | null;
}

/** The result of `studyAgreement`. */
export interface StudyAgreement<K extends string = CriterionId> {
  readonly portals: readonly StudyPortal<K>[];
  /** Portals whose disagreement is above the threshold. */
  readonly toReconcile: number;
  readonly compared: number;
  readonly agreed: number;
  readonly agreementRate: number | null;
  /** Every pair of assessors that shared a portal, in label order. */
  readonly pairs: readonly PairAgreement[];
  /** Every indicator compared, most disagreed first (by rate, then count, then edition and catalogue order). */
  readonly indicators: readonly IndicatorDisagreement<K>[];
  /** Per criterion, in published order (with an indicator set: per group, in the set's order). */
  readonly criteria: readonly CriterionAgreement<K>[];
  /** Only with the `indicatorSet` option: the set every portal was compared by. */
  readonly indicatorSet?: IndicatorSetRef;
  /** Only with the `indicatorSet` option: always false. */
  readonly official?: false;
}

/** The result of `studyAgreement` with an indicator set. */
export type SetStudyAgreement = StudyAgreement<string> & { readonly indicatorSet: IndicatorSetRef; readonly official: false };

const CATEGORIES = ['yes', 'no', 'na'] as const;

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The key grouping assessments by portal: edition, city name (ignoring case and edge spaces) and country. */
export function portalKey(assessment: Assessment): string {
  return `${assessment.edition}\u0000${assessment.city.name.trim().toLowerCase()}\u0000${assessment.city.country ?? ''}`;
}

/** Groups items by the portal of their assessment (edition, city), keeping the order of first appearance. */
export function groupByPortal<T>(items: readonly T[], assessmentOf: (item: T) => Assessment): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = portalKey(assessmentOf(item));
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/**
 * Agreement over a study: `agreement` for every portal (each a list of two or more assessments of it), whether it
 * needs reconciliation, and pooled figures per assessor pair (which pairs agree least), per indicator (which
 * indicators assessors disagree on most: those whose guidance needs work) and per criterion. Pure: no I/O.
 * With `indicatorSet`, every portal is compared by the set (see `agreement`), and the result names it.
 * @throws LosiScoringError as `agreement`, with the portal's position in front of the path (`[3][1].edition`).
 */
export function studyAgreement(portals: readonly (readonly AgreementInput[])[], options: SetAgreementOptions & ReconciliationThreshold): SetStudyAgreement;
export function studyAgreement(
  portals: readonly (readonly AgreementInput[])[],
  options?: AgreementOptions & ReconciliationThreshold & { readonly indicatorSet?: undefined },
): StudyAgreement;
export function studyAgreement(portals: readonly (readonly AgreementInput[])[], options?: AgreementOptions & ReconciliationThreshold): StudyAgreement<string>;
export function studyAgreement(
  portals: readonly (readonly AgreementInput[])[],
  options: AgreementOptions & ReconciliationThreshold = {},
): StudyAgreement<string> {
  // A set that does not hold together is the options' fault, not a portal's: reported before any portal.
  const set = options.indicatorSet === undefined ? undefined : checkSet(options.indicatorSet, 'options.indicatorSet');
  checkScorerOptions(options);
  const results: StudyPortal<string>[] = portals.map((inputs, position) => {
    let result: Agreement<string>;
    try {
      result = agreement(inputs, options);
    } catch (error) {
      if (error instanceof LosiScoringError) {
        const message = error.path ? error.message.slice(error.path.length + 2) : error.message;
        throw new LosiScoringError(message, `[${position}]${error.path.startsWith('[') || error.path === '' ? error.path : `.${error.path}`}`);
      }
      throw error;
    }
    return { agreement: result, needsReconciliation: needsReconciliation(result, options) };
  });

  const pairs = new Map<string, { assessors: [string, string]; portals: number; compared: number; agreed: number; table: number[][] }>();
  const indicators = new Map<string, IndicatorDisagreement<string> & { order: number }>();
  const criteria = new Map<string, { compared: number; agreed: number }>();
  let compared = 0;
  let agreed = 0;
  for (const { agreement: result } of results) {
    compared += result.compared;
    agreed += result.agreed;
    for (const [criterion, figures] of Object.entries(result.criteria)) {
      const pooled = criteria.get(criterion) ?? { compared: 0, agreed: 0 };
      pooled.compared += figures.compared;
      pooled.agreed += figures.agreed;
      criteria.set(criterion, pooled);
    }
    result.indicators.forEach((item, order) => {
      if (item.status === 'unanswered') return;
      const key = `${result.edition}\u0000${item.indicator}`;
      const entry = indicators.get(key) ?? { edition: result.edition, indicator: item.indicator, criterion: item.criterion, compared: 0, disagreed: 0, disagreementRate: null, order };
      indicators.set(key, { ...entry, compared: entry.compared + 1, disagreed: entry.disagreed + (item.agreed ? 0 : 1) });
    });
    const labels = result.assessors;
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = labels[i]! < labels[j]! ? [i, j] : [j, i];
        const key = JSON.stringify([labels[a], labels[b]]);
        const pair = pairs.get(key) ?? { assessors: [labels[a]!, labels[b]!], portals: 0, compared: 0, agreed: 0, table: CATEGORIES.map(() => CATEGORIES.map(() => 0)) };
        pair.portals++;
        for (const item of result.indicators) {
          const x = item.answers[a]!.value;
          const y = item.answers[b]!.value;
          if (x === null && y === null) continue;
          pair.compared++;
          if (x === y) pair.agreed++;
          if (x !== null && y !== null) pair.table[CATEGORIES.indexOf(x)]![CATEGORIES.indexOf(y)]!++;
        }
        pairs.set(key, pair);
      }
    }
  }
  const byCriterionOrder = [...criteria.entries()];
  return {
    portals: results,
    toReconcile: results.filter((portal) => portal.needsReconciliation).length,
    compared,
    agreed,
    agreementRate: rate(agreed, compared),
    pairs: [...pairs.values()]
      .sort((x, y) => (x.assessors[0] < y.assessors[0] ? -1 : x.assessors[0] > y.assessors[0] ? 1 : x.assessors[1] < y.assessors[1] ? -1 : 1))
      .map(({ table, ...pair }) => ({ ...pair, agreementRate: rate(pair.agreed, pair.compared), kappa: cohenKappa(table) })),
    indicators: [...indicators.values()]
      .map((entry) => ({ ...entry, disagreementRate: rate(entry.disagreed, entry.compared) }))
      .sort((x, y) => (y.disagreementRate ?? 0) - (x.disagreementRate ?? 0) || y.disagreed - x.disagreed || y.edition.localeCompare(x.edition) || x.order - y.order)
      .map(({ order: _order, ...entry }) => entry),
    criteria: byCriterionOrder.map(([criterion, pooled]) => ({ criterion, ...pooled, agreementRate: rate(pooled.agreed, pooled.compared) })),
    ...(set === undefined ? {} : { indicatorSet: set, official: false as const }),
  };
}
