/**
 * Building a country project's indicator set from an edition: clone, then leave out, add, rename, regroup, set bands.
 * Each function returns a new set and leaves its input alone. They check only what they are told to change;
 * `parseIndicatorSet` checks a whole set (and is what to use on a set read from a file).
 */
import { getEdition } from '../catalogue.js';
import { CRITERION_NAMES } from '../criteria.js';
import type { LevelScheme } from '../level-scheme/types.js';
import type { EditionId } from '../types.js';
import type { IndicatorSet, IndicatorSetIndicator } from './types.js';

/**
 * An edition's catalogued indicators as a set: one group per criterion (same ids), each indicator mapped to itself.
 * @throws RangeError for an edition with no catalogued indicator (2018, 2020).
 */
export function cloneEdition(edition: EditionId, about: { readonly id: string; readonly name: string; readonly country?: string }): IndicatorSet {
  const source = getEdition(edition);
  if (source.indicators.length === 0) throw new RangeError(`LOSI ${edition} catalogues no indicator to clone`);
  return {
    setVersion: 1,
    id: about.id,
    name: about.name,
    ...(about.country === undefined ? null : { country: about.country }),
    basedOn: edition,
    groups: source.criteria.map((criterion) => ({ id: criterion.id, name: CRITERION_NAMES[criterion.id], criterion: criterion.id })),
    indicators: source.indicators.map((indicator) => ({
      id: indicator.id,
      group: indicator.criterion,
      ...(indicator.alsoCountsIn?.length ? { alsoIn: [...indicator.alsoCountsIn] } : null),
      official: { id: indicator.id, code: indicator.code },
    })),
  };
}

function indexOf(set: IndicatorSet, id: string): number {
  const index = set.indicators.findIndex((indicator) => indicator.id === id);
  if (index < 0) throw new RangeError(`"${id}" is not an indicator of the set "${set.id}"`);
  return index;
}

function replace(set: IndicatorSet, id: string, change: (indicator: IndicatorSetIndicator) => IndicatorSetIndicator): IndicatorSet {
  const index = indexOf(set, id);
  return { ...set, indicators: set.indicators.map((indicator, i) => (i === index ? change(indicator) : indicator)) };
}

/** The set without these indicators. @throws RangeError for an id the set lacks. */
export function omitIndicators(set: IndicatorSet, ids: readonly string[]): IndicatorSet {
  for (const id of ids) indexOf(set, id);
  const omitted = new Set(ids);
  return { ...set, indicators: set.indicators.filter((indicator) => !omitted.has(indicator.id)) };
}

/** The set with an indicator of the project's own (`official: null`) at the end. */
export function addIndicator(
  set: IndicatorSet,
  indicator: { readonly id: string; readonly group: string; readonly title: string; readonly description: string; readonly alsoIn?: readonly string[] },
): IndicatorSet {
  return { ...set, indicators: [...set.indicators, { ...indicator, official: null }] };
}

/** The set with an indicator's title changed. @throws RangeError for an id the set lacks. */
export function renameIndicator(set: IndicatorSet, id: string, title: string): IndicatorSet {
  return replace(set, id, (indicator) => ({ ...indicator, title }));
}

/** The set with an indicator moved to another group, and optionally counted in further ones. @throws RangeError for an id the set lacks. */
export function regroupIndicator(set: IndicatorSet, id: string, group: string, alsoIn?: readonly string[]): IndicatorSet {
  return replace(set, id, ({ alsoIn: _, ...indicator }) => ({ ...indicator, group, ...(alsoIn?.length ? { alsoIn } : null) }));
}

/** The set with a group added (empty until indicators are moved into it). */
export function addGroup(set: IndicatorSet, group: { readonly id: string; readonly name: string }): IndicatorSet {
  return { ...set, groups: [...set.groups, { ...group, criterion: null }] };
}

/** The set with its own level bands. */
export function withLevels(set: IndicatorSet, levels: LevelScheme): IndicatorSet {
  return { ...set, levels };
}
