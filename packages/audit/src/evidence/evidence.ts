/** Building evidence items the way the report format asks: snippet of at most 300 characters, its hash, the page. */
import { createHash } from 'node:crypto';
import type { Evidence } from '@losi/indicators/audit-report';
import type { PageArtifact } from '../artifacts/types.js';
import { isHttpUrl } from '../net/site.js';

export const MAX_SNIPPET = 300;

/** Whitespace collapsed, trimmed, cut to 300 characters (never in the middle of a surrogate pair). */
export function snippetOf(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (normalised.length <= MAX_SNIPPET) return normalised;
  const cut = normalised.slice(0, MAX_SNIPPET);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** `sha256:<hex>` of the normalised snippet, so the same text can be found again on a later visit. */
export function textHash(snippet: string): string {
  return `sha256:${createHash('sha256').update(snippetOf(snippet), 'utf8').digest('hex')}`;
}

/** Evidence from a page: its addresses, language and fetch time, plus the element and text that show the feature. */
export function evidenceFrom(page: Pick<PageArtifact, 'url' | 'finalUrl' | 'lang' | 'fetchedAt'>, detail: { selector?: string; text?: string; note?: string } = {}): Evidence {
  const snippet = detail.text === undefined ? undefined : snippetOf(detail.text);
  return {
    url: page.url,
    ...(page.finalUrl !== page.url && isHttpUrl(page.finalUrl) ? { finalUrl: page.finalUrl } : {}),
    ...(detail.selector ? { selector: detail.selector.slice(0, 500) } : {}),
    ...(snippet ? { snippet, textHash: textHash(snippet) } : {}),
    ...(page.lang ? { lang: page.lang.slice(0, 35) } : {}),
    fetchedAt: page.fetchedAt,
    ...(detail.note ? { note: detail.note.slice(0, 500) } : {}),
  };
}
