/**
 * Checks that cdn/losi-badge.js carries neither lit-html, nor zod, nor indicator prose: the badge must stay tiny, so
 * it may import only prose-free modules (`@losi/indicators/labels`, the levels of `@losi/scoring`) and Lit's
 * `@lit/reactive-element`. Run by
 * `pnpm --filter @losi/widgets size` and by the `widgets-cdn` tests. Exit code 1 and one line per finding when
 * something is found.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { editions, getEdition } from '@losi/indicators';

/**
 * lit-html announces itself in `litHtmlVersions`. The badge renders without it (about 3 kB gzip): a module of the
 * badge that imports from `lit` rather than `@lit/reactive-element` brings it back, with every template engine byte.
 */
const LIT_HTML_MARKER = /litHtmlVersions/;

/** Identifiers that only zod's code contains. */
const ZOD_MARKERS: readonly RegExp[] = [/\bzod\b/i, /ZodError/, /ZodType/, /\b_zod\b/, /safeParseAsync/, /\$ZodCheck/];

/** Catalogue texts long enough to be unmistakable: titles, descriptions, rationales, guidance, evidence hints. */
export function catalogueTexts(): string[] {
  const texts = editions.flatMap((id) =>
    getEdition(id).indicators.flatMap((indicator) => [
      indicator.title,
      indicator.description,
      indicator.rationale,
      indicator.evidenceHint,
      ...indicator.guidance,
    ]),
  );
  return [...new Set(texts.filter((text) => text.length >= 12 && text !== 'TODO'))];
}

/** What a bundle must not contain that it does: lit-html, zod markers and catalogue texts (each truncated for the report). */
export function forbiddenContent(bundle: string, texts: readonly string[]): string[] {
  const found: string[] = [];
  if (LIT_HTML_MARKER.test(bundle)) found.push('lit-html (a badge module imports from "lit"; use "@lit/reactive-element")');
  for (const marker of ZOD_MARKERS) if (marker.test(bundle)) found.push(`zod identifier ${marker}`);
  for (const text of texts) if (bundle.includes(text)) found.push(`indicator text "${text.slice(0, 50)}"`);
  return found;
}

/** Path of the built badge bundle. */
export const BADGE_BUNDLE = fileURLToPath(new URL('../cdn/losi-badge.js', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const texts = catalogueTexts();
  const found = forbiddenContent(readFileSync(BADGE_BUNDLE, 'utf8'), texts);
  if (found.length > 0) {
    console.error(`cdn/losi-badge.js must not contain lit-html, zod or indicator prose, but contains:\n${found.join('\n')}`);
    process.exit(1);
  }
  console.log(`cdn/losi-badge.js: no lit-html, no zod, none of ${texts.length} catalogue texts`);
}
