/** Addresses parsed once: checks look at the same links again and again, and URL parsing dominates otherwise. */
import { pageKey } from '../../net/site.js';

const MAX_CACHED = 50_000;
const parsed = new Map<string, URL | null>();
const keys = new Map<string, string>();

/** The parsed address, or undefined when it is not one. Do not modify the result: it is shared. */
export function parsedUrl(href: string): Readonly<URL> | undefined {
  let url = parsed.get(href);
  if (url === undefined) {
    try {
      url = new URL(href);
    } catch {
      url = null;
    }
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(href, url);
  }
  return url ?? undefined;
}

/** pageKey (the address without its fragment), remembered. */
export function cachedPageKey(href: string): string {
  let key = keys.get(href);
  if (key === undefined) {
    key = pageKey(href);
    if (keys.size >= MAX_CACHED) keys.clear();
    keys.set(href, key);
  }
  return key;
}
