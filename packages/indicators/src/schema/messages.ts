/** Helpers that turn paths and received values into plain text for problem messages (no zod). */

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
const MAX_QUOTED = 60;

/**
 * A path as people read it: `answers.privacy-policy.evidence`, `city.name`, `list[2]`, `answers["a b"]`; '' for the root.
 * Keys that are not plain words are written in brackets as JSON strings, so every path is unambiguous.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && SIMPLE_KEY.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

/** A string shown in a message: JSON-quoted (so control characters and NUL are visible) and cut to a readable length. */
export function quote(text: string): string {
  const chars = Array.from(text);
  const shown = chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : text;
  return JSON.stringify(shown);
}

/** What a received value is, in words; never serialises objects, so it is safe on huge, deep or cyclic input. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty string' : quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Levenshtein distance, stopping early once it exceeds `limit` (returns limit + 1 then). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `text` when it is close enough to be a likely typo
 * (case and `_`/space for `-` are ignored; at most a quarter of the letters differ), else undefined.
 */
export function closestMatch(text: string, candidates: Iterable<string>): string | undefined {
  if (text.length > 120) return undefined;
  const wanted = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const limit = Math.max(1, Math.floor(wanted.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** "a, b or c" with each item as given. */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "a, b and c" with each item as given. */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
