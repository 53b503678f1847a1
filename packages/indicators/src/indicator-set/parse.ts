/** `parseIndicatorSet`: reads an indicator set from unknown input; never throws, names the path of every problem. */
import { getEdition } from '../catalogue.js';
import { problemsFromIssues, readJsonInput } from '../level-scheme/problems.js';
import type { Problem } from '../schema/parse.js';
import type { EditionId } from '../types.js';
import { indicatorSetSchema } from './schema.js';
import type { IndicatorSet } from './types.js';

/** The outcome of `parseIndicatorSet`. */
export type IndicatorSetParseResult =
  | { readonly ok: true; readonly set: IndicatorSet; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The rules across fields and with the catalogue of the edition the set adapts. */
function crossFieldProblems(set: IndicatorSet): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message: `${path} ${message}` });
  const edition = getEdition(set.basedOn as EditionId);
  const catalogue = new Map(edition.indicators.map((indicator) => [indicator.id, indicator]));
  const groups = new Set<string>();
  set.groups.forEach((group, index) => {
    if (groups.has(group.id)) add(`groups[${index}].id`, `repeats "${group.id}"; each group needs its own id.`);
    groups.add(group.id);
  });
  const ids = new Set<string>();
  const mapped = new Map<string, number>();
  const used = new Set<string>();
  set.indicators.forEach((indicator, index) => {
    const at = `indicators[${index}]`;
    if (ids.has(indicator.id)) add(`${at}.id`, `repeats "${indicator.id}"; each indicator needs its own id.`);
    ids.add(indicator.id);
    if (!groups.has(indicator.group)) add(`${at}.group`, `is "${indicator.group}", which is not a group of the set.`);
    used.add(indicator.group);
    indicator.alsoIn?.forEach((group, k) => {
      if (!groups.has(group)) add(`${at}.alsoIn[${k}]`, `is "${group}", which is not a group of the set.`);
      else if (group === indicator.group) add(`${at}.alsoIn[${k}]`, `repeats the indicator's own group "${group}".`);
      used.add(group);
    });
    const official = indicator.official;
    if (official === null) {
      if (indicator.title === undefined) add(`${at}.title`, 'is missing: an indicator of the project\'s own needs a title.');
      if (indicator.description === undefined) add(`${at}.description`, 'is missing: an indicator of the project\'s own needs a description of what must be found.');
      return;
    }
    const known = catalogue.get(official.id);
    if (!known) {
      add(`${at}.official.id`, `is "${official.id}", which is not a catalogued indicator of LOSI ${set.basedOn}.`);
      return;
    }
    if (known.code !== official.code) add(`${at}.official.code`, `is ${JSON.stringify(official.code)}, but LOSI ${set.basedOn} gives "${official.id}" the code ${JSON.stringify(known.code)}.`);
    const earlier = mapped.get(official.id);
    if (earlier !== undefined) add(`${at}.official.id`, `maps "${official.id}" again (already indicators[${earlier}]); an official indicator appears once.`);
    mapped.set(official.id, index);
  });
  set.groups.forEach((group, index) => {
    if (!used.has(group.id)) add(`groups[${index}]`, `("${group.id}") has no indicator; remove it or move indicators into it.`);
  });
  if (set.denominator !== undefined && set.denominator < set.indicators.length) {
    add('denominator', `is ${set.denominator}, fewer than the set's ${set.indicators.length} indicators.`);
  }
  return problems;
}

/**
 * Checks an indicator set (JSON text or a value): its fields (zod), then the rules across fields and with the
 * catalogue: unique ids, known groups, every official reference an indicator of the adapted edition with its code,
 * a title and description for the project's own indicators. Never throws.
 */
export function parseIndicatorSet(input: unknown): IndicatorSetParseResult {
  const read = readJsonInput(input);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  try {
    const parsed = indicatorSetSchema.safeParse(read.value);
    if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues, read.value, 'The indicator set') };
    const { $schema: _, ...set } = parsed.data;
    const problems = crossFieldProblems(set as IndicatorSet);
    return problems.length ? { ok: false, problems } : { ok: true, set: set as IndicatorSet, problems: [] };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `The indicator set could not be read: ${String(error)}` }] };
  }
}
