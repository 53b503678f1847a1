/**
 * Which answer keys an edition accepts, from the prose-free structure, and the message for a key it does not.
 * Shared by the zod schema and the CSV reader (no zod here).
 */
import { EDITION_IDS, getStructure } from '../structure.js';
import type { EditionId } from '../types.js';
import { closestMatch, quote } from './messages.js';

const idSets = new Map<EditionId, ReadonlySet<string>>();

/** The catalogued indicator ids of an edition, in catalogue order. */
export function indicatorIds(edition: EditionId): readonly string[] {
  return getStructure(edition)?.indicators ?? [];
}

/** The catalogued indicator ids of an edition as a set (built once per edition). */
export function indicatorIdSet(edition: EditionId): ReadonlySet<string> {
  let set = idSets.get(edition);
  if (!set) {
    set = new Set(indicatorIds(edition));
    idSets.set(edition, set);
  }
  return set;
}

/** True when `id` is a catalogued indicator of `edition`. Safe for any string, including `__proto__`. */
export function isIndicatorId(id: string, edition: EditionId): boolean {
  return indicatorIdSet(edition).has(id);
}

/**
 * Why `id` is not accepted as an indicator of `edition`: names the id and the edition, suggests the closest id,
 * says when the id belongs to another edition, and explains that a partly catalogued edition accepts only catalogued ids.
 * @param suggest false skips the (costlier) closest-id search, for inputs with very many unknown ids.
 */
export function unknownIndicatorMessage(id: string, edition: EditionId, suggest = true): string {
  const structure = getStructure(edition);
  const parts: string[] = [];
  if (structure && !structure.complete) {
    const catalogued = indicatorIds(edition).length;
    parts.push(
      `${quote(id)} is not a catalogued indicator of LOSI ${edition}.`,
      `LOSI ${edition} is only partly catalogued here (${catalogued} of its ${structure.total} indicators, those the UN published by name), and only catalogued ids are accepted.`,
    );
  } else {
    parts.push(`${quote(id)} is not an indicator of LOSI ${edition}.`);
  }
  const elsewhere = EDITION_IDS.filter((other) => other !== edition && isIndicatorId(id, other));
  if (elsewhere.length > 0) {
    parts.push(`It is an indicator of LOSI ${elsewhere.join(' and ')}; check the assessment's edition.`);
  } else if (suggest) {
    const closest = closestMatch(id, indicatorIds(edition));
    if (closest !== undefined && closest !== id) parts.push(`Did you mean ${quote(closest)}?`);
  }
  return parts.join(' ');
}

/**
 * What follows "… is not an indicator of the indicator set" for `id`: that the set leaves out an indicator of the
 * edition it adapts, and the closest of the set's ids (empty when neither applies). Starts with a space.
 */
export function setIndicatorHint(id: string, set: { readonly basedOn: EditionId }, setIds: Iterable<string>): string {
  const closest = closestMatch(id, setIds);
  const leftOut = isIndicatorId(id, set.basedOn) ? ` It is an indicator of LOSI ${set.basedOn} that the set leaves out.` : '';
  return `${leftOut}${closest !== undefined && closest !== id ? ` Did you mean ${quote(closest)}?` : ''}`;
}
