/** The embed snippets of the badge builder, as plain text for people to copy. Pure functions. */
import type { Language } from '@losi/indicators/labels';
import { badgeLabel, escapeXml, type BadgeInput } from '@losi/scoring/badge';

/** Everything the badge shows and how. */
export interface BadgeSettings {
  /** LOSI value in [0, 1], rounded to 4 decimals as the UN publishes it. */
  readonly value: number;
  readonly city: string;
  readonly edition: string;
  readonly source: 'self-assessed' | 'official';
  /** Link to the full report, or empty for none. */
  readonly href: string;
  readonly variant: 'compact' | 'full';
  readonly language: Language;
  readonly theme: 'auto' | 'light' | 'dark';
  /** Set for a value of an assessment not yet complete: the badge shows it as provisional. */
  readonly provisional?: { readonly answered: number; readonly total: number };
}

/** Where a portal that hosts the badge file itself puts it (the snippet says to change it to the real place). */
export const SELF_HOSTED_PATH = '/assets/losi-badge.js';

/** Where the published badge bundle lives and its SRI hash. */
export interface CdnBundle {
  readonly url: string;
  readonly integrity: string;
}

/** What the static badge and its texts are made from: a provisional value keeps its count answered. */
export function badgeInput(settings: BadgeSettings): BadgeInput {
  return {
    value: settings.value,
    edition: settings.edition,
    source: settings.source,
    ...(settings.city ? { city: settings.city } : {}),
    ...(settings.provisional ? { answered: settings.provisional.answered, total: settings.provisional.total } : {}),
  };
}

/**
 * The badge's accessible name, also its no-JavaScript fallback text and its image alt text; for an assessment not
 * yet complete it says provisional with the count answered, as the live badge does.
 */
export function badgeText(settings: BadgeSettings): string {
  return badgeLabel(badgeInput(settings), { locale: settings.language });
}

/**
 * A `<script type="module">` loading the CDN bundle with its SRI hash, then the `<losi-badge>` with only the
 * attributes that differ from its defaults. Its content (a link to the report, or the text) is what visitors
 * see when scripts do not run.
 */
export function scriptSnippet(settings: BadgeSettings, bundle: CdnBundle): string {
  const attributes: [string, string][] = [
    ['value', String(settings.value)],
    ['edition', settings.edition],
  ];
  if (settings.city) attributes.push(['city', settings.city]);
  if (settings.provisional) attributes.push(['answered', String(settings.provisional.answered)], ['total', String(settings.provisional.total)]);
  if (settings.source !== 'self-assessed') attributes.push(['source', settings.source]);
  if (settings.variant !== 'compact') attributes.push(['variant', settings.variant]);
  attributes.push(['lang', settings.language]);
  if (settings.theme !== 'auto') attributes.push(['theme', settings.theme]);
  if (settings.href) attributes.push(['href', settings.href]);
  const text = escapeXml(badgeText(settings));
  const fallback = settings.href ? `<a href="${escapeXml(settings.href)}">${text}</a>` : text;
  return [
    `<script type="module" src="${escapeXml(bundle.url)}"`,
    `  integrity="${escapeXml(bundle.integrity)}" crossorigin="anonymous"></script>`,
    `<losi-badge ${attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ')}>`,
    `  ${fallback}`,
    '</losi-badge>',
  ].join('\n');
}

/** A file name for the static SVG: `losi-badge-<city>-<edition>.svg` (letters of any script kept). */
export function svgFileName(settings: BadgeSettings): string {
  const city = settings.city
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `losi-badge-${city ? `${city}-` : ''}${settings.edition}.svg`;
}

/** An address safe inside Markdown's `(…)`: parentheses and white space percent-encoded. */
function markdownUrl(address: string): string {
  return address.replace(/[()\s]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
}

/** Markdown showing the static SVG (uploaded next to the page), linked to the report when there is one. */
export function markdownSnippet(settings: BadgeSettings): string {
  const alt = badgeText(settings).replace(/([\\[\]])/g, '\\$1');
  const image = `![${alt}](${markdownUrl(svgFileName(settings))})`;
  return settings.href ? `[${image}](${markdownUrl(settings.href)})` : image;
}
