/**
 * The questionnaire's copy in `localStorage`. Every access is guarded: storage may be disabled (privacy
 * settings, sandboxed frames) or full, and the questionnaire must keep working without it.
 */

/** The saved text under `key`: a string, null when there is none, or `unavailable` when storage cannot be read. */
export function readSaved(key: string): string | null | 'unavailable' {
  try {
    return globalThis.localStorage.getItem(key);
  } catch {
    return 'unavailable';
  }
}

/** Saves `text` under `key`; false when storage is unavailable or full. */
export function writeSaved(key: string, text: string): boolean {
  try {
    globalThis.localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Removes the copy under `key`; false when storage is unavailable. */
export function removeSaved(key: string): boolean {
  try {
    globalThis.localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves an unreadable copy out of the way, so it is neither lost nor read again at every load:
 * it goes to `<key>.unreadable-<time>` and `key` is freed. Returns the new key, or undefined when the copy
 * could not be moved (then it stays where it was).
 */
export function keepAside(key: string, text: string, now: Date = new Date()): string | undefined {
  const aside = `${key}.unreadable-${now.toISOString()}`;
  if (!writeSaved(aside, text)) return undefined;
  removeSaved(key);
  return aside;
}
