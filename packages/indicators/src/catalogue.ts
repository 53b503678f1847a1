import { edition2018 } from './editions/2018/index.js';
import { edition2020 } from './editions/2020/index.js';
import { edition2022 } from './editions/2022/index.js';
import { edition2024 } from './editions/2024/index.js';
import type { Edition, EditionId, Indicator } from './types.js';

/** The edition used when none is named. */
export const DEFAULT_EDITION: EditionId = '2024';

const EDITIONS: Readonly<Record<EditionId, Edition>> = { '2024': edition2024, '2022': edition2022, '2020': edition2020, '2018': edition2018 };

/** Edition ids available in this catalogue, newest first. */
export const editions: readonly EditionId[] = ['2024', '2022', '2020', '2018'];

/** True when `id` names an edition of this catalogue. */
export function isEditionId(id: unknown): id is EditionId {
  return typeof id === 'string' && Object.hasOwn(EDITIONS, id);
}

/**
 * An edition: its criteria with their published totals, its catalogued indicators, and whether the catalogue is complete.
 * @throws RangeError for an edition id that is not catalogued (a programming error, not bad user data).
 */
export function getEdition(id: EditionId = DEFAULT_EDITION): Edition {
  if (!isEditionId(id)) {
    throw new RangeError(`Unknown LOSI edition "${String(id)}". Known editions: ${editions.join(', ')}.`);
  }
  return EDITIONS[id];
}

// Built on first use per edition, so that looking an indicator up is O(1) afterwards.
const indexes = new Map<EditionId, ReadonlyMap<string, Indicator>>();

/** The indicator with this id in an edition (2024 by default), or undefined. */
export function getIndicator(id: string, edition: EditionId = DEFAULT_EDITION): Indicator | undefined {
  let index = indexes.get(edition);
  if (!index) {
    index = new Map(getEdition(edition).indicators.map((indicator) => [indicator.id, indicator]));
    indexes.set(edition, index);
  }
  return index.get(id);
}
