/**
 * @losi/scoring/badge: a static, accessible SVG badge of a LOSI result, for portals that allow no script.
 * Uses only the level names of `@losi/indicators/labels`: no indicator texts, no zod.
 */
import { LANGUAGE_DIRECTION, LEVEL_IDS, LEVEL_NAMES, resolveLanguage, type Language, type LevelId } from '@losi/indicators/labels';
import { LosiScoringError } from '../errors.js';
import { levelOf, UN_LEVEL_SCHEME } from '../levels.js';
import type { SetResult } from '../indicator-set/score-set.js';
import type { LevelScheme, LosiCountsResult, LosiResult } from '../types.js';
import { BADGE_COLORS } from './colors.js';
import { BADGE_STRINGS, type BadgeSource } from './strings.js';

export { BADGE_COLORS, BADGE_STRINGS, type BadgeSource };

/** What a badge shows when it is not given a result of `score`. */
export interface BadgeInput {
  /** LOSI value in [0, 1]. */
  readonly value: number;
  /** The level to show (a band id of `options.levels`); default `levelOf(value)`. Give it to show a level published with the value. */
  readonly level?: string;
  readonly city?: string;
  /** Edition, e.g. `2024`. */
  readonly edition: string;
  readonly source: BadgeSource;
  /**
   * Indicators answered, with `total`: when fewer than `total`, the value is marked provisional with the count, in
   * the visible text and the accessible name (a result of `score` gives both itself).
   */
  readonly answered?: number;
  /** Indicators of the edition (e.g. `95`), with `answered`. */
  readonly total?: number;
}

/** Options of `renderBadgeSvg`. */
export interface BadgeOptions {
  /** BCP 47 language tag; one of the seven languages is chosen (`fr-CA` gives French, unknown tags English). Default `en`. */
  readonly locale?: string;
  /** `compact` (one line, 28 px high; the default) or `full` (with the city, 60 px high). */
  readonly variant?: 'compact' | 'full';
  /** For a result of `score` or `scoreCounts`: who produced it. Default `self-assessed`. */
  readonly source?: BadgeSource;
  /** The level scheme of the level shown (default `UN_LEVEL_SCHEME`); its band names and looks are used. */
  readonly levels?: LevelScheme;
  /**
   * With `setName`: the value is of a country's indicator set adapting this edition (e.g. `'2024'`), and the badge says
   * "<setName> (adapted from LOSI 2024)", never official. A result of `scoreWithSet` gives both itself.
   */
  readonly adaptedFrom?: string;
  /** The name of the indicator set, with `adaptedFrom`. */
  readonly setName?: string;
}

interface BadgeFacts {
  readonly value: number;
  /** The UN level whose colour and shape the band is drawn with. */
  readonly look: LevelId;
  /** The band's name in each language. */
  readonly levelName: (language: Language) => string;
  readonly city: string | null;
  readonly edition: string;
  readonly source: BadgeSource;
  /** The name of the country's indicator set the value is of, or null for a LOSI value. */
  readonly setName: string | null;
  /** Set when the assessment is not yet complete. */
  readonly provisional: { readonly answered: number; readonly total: number } | null;
}

type BadgeResult = LosiResult<string> | LosiCountsResult<string> | SetResult<string>;

/** The set a value is of: from a result of `scoreWithSet`, or `options.adaptedFrom` with `options.setName`. */
function adaptedSet(input: BadgeInput | BadgeResult, { adaptedFrom, setName }: BadgeOptions): string | null {
  if ((adaptedFrom !== undefined || setName !== undefined) && !(typeof setName === 'string' && setName.trim())) {
    throw new LosiScoringError(`setName names the indicator set, got ${JSON.stringify(setName)}`, 'options.setName');
  }
  if (setName !== undefined && adaptedFrom !== input.edition) {
    throw new LosiScoringError(`adaptedFrom is the edition, ${JSON.stringify(input.edition)}, got ${JSON.stringify(adaptedFrom)}`, 'options.adaptedFrom');
  }
  const name = (input as { indicatorSet?: { name?: unknown } }).indicatorSet?.name;
  return setName ?? (typeof name === 'string' && name.trim() ? name : null);
}

function factsOf(input: BadgeInput | BadgeResult, options: BadgeOptions): BadgeFacts {
  if (typeof input !== 'object' || input === null) throw new LosiScoringError('a badge needs a result or { value, edition, source }', '');
  const isResult = 'resultVersion' in input;
  const source = isResult ? (options.source ?? 'self-assessed') : (input as BadgeInput).source;
  if (source !== 'self-assessed' && source !== 'official') {
    throw new LosiScoringError(`source is "self-assessed" or "official", got ${JSON.stringify(source)}`, isResult ? 'options.source' : 'source');
  }
  const setName = adaptedSet(input, options);
  if (setName !== null && source === 'official') {
    throw new LosiScoringError(`an indicator set's value is never official`, isResult ? 'options.source' : 'source');
  }
  const scheme = options.levels ?? UN_LEVEL_SCHEME;
  const computed = levelOf(input.value, scheme);
  const level = input.level ?? computed;
  const band = scheme.bands.find((b) => b.id === level);
  if (!band) {
    const resultScheme = (input as { levelScheme?: string }).levelScheme;
    if (resultScheme && resultScheme !== scheme.id) throw new LosiScoringError(`pass the scheme "${resultScheme}" as levels`, 'options.levels');
    throw new LosiScoringError(`level is one of ${scheme.bands.map((b) => b.id).join(', ')}, got ${JSON.stringify(level)}`, 'level');
  }
  const levelName = (language: Language) => band.labels?.[language] ?? band.labels?.en ?? LEVEL_NAMES[language][band.id as LevelId];
  if (typeof input.edition !== 'string' || input.edition === '') throw new LosiScoringError('the badge names no edition', 'edition');
  const city = isResult ? (input.city?.name ?? null) : ((input as BadgeInput).city ?? null);
  const { answered, total } = input as { answered?: unknown; total?: unknown };
  let provisional: BadgeFacts['provisional'] = null;
  if (answered !== undefined || total !== undefined) {
    const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (!count(answered)) throw new LosiScoringError(`answered is a whole number of indicators, with total, got ${JSON.stringify(answered)}`, 'answered');
    if (!count(total) || total < answered) throw new LosiScoringError(`total is a whole number of indicators, at least answered (${answered}), got ${JSON.stringify(total)}`, 'total');
    if (answered < total) provisional = { answered, total };
  }
  return { value: input.value, look: band.look, levelName, city: city === '' ? null : city, edition: input.edition, source, setName, provisional };
}

/** "provisional 11/95" in the language, or null for a complete assessment. */
function provisionalMark(facts: BadgeFacts, language: Language): string | null {
  if (facts.provisional === null) return null;
  const count = (n: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(n);
  return `${BADGE_STRINGS[language].provisional} ${count(facts.provisional.answered)}/${count(facts.provisional.total)}`;
}

// Characters XML 1.0 forbids or that make no sense in a label: C0 and C1 controls (ESC, BEL, NUL…), lone surrogates,
// U+FFFE and U+FFFF. Tab, line feed and carriage return are allowed by XML but become spaces: a label is one line.
const NOT_XML_TEXT = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for element content and attribute values: the five XML special characters escaped, control characters and
 * lone surrogates removed (tab and line breaks become spaces), so the SVG stays well-formed XML whatever the city's name.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_TEXT, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : ''))
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A value as the badge writes it: two decimals, in the language's number format. */
function formatValue(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/**
 * The accessible name of a badge, e.g. "Tallinn, LOSI 2024: 0.82, Very High, self-assessed".
 * The same text is the SVG's `<title>` and `aria-label`; widgets can reuse it.
 */
export function badgeLabel(input: BadgeInput | BadgeResult, options: BadgeOptions = {}): string {
  return label(factsOf(input, options), resolveLanguage(options.locale ?? 'en'));
}

/** "LOSI 2024", or "<set> (adapted from LOSI 2024)" for a country's indicator set. */
function headingOf(facts: BadgeFacts, language: Language): string {
  const losi = `LOSI ${facts.edition}`;
  return facts.setName === null ? losi : `${facts.setName} (${BADGE_STRINGS[language].adaptedFrom} ${losi})`;
}

function label(facts: BadgeFacts, language: Language): string {
  const words = BADGE_STRINGS[language];
  const mark = provisionalMark(facts, language);
  // As <losi-badge>: "…, Low, provisional 11/95, self-assessed, 11 of 95 answered" for an incomplete assessment; the
  // visible "provisional 11/95" comes first, and the words after it say what the figures mean.
  const parts = [`${headingOf(facts, language)}${words.colon}${formatValue(facts.value, language)}`, facts.levelName(language)];
  if (mark !== null) parts.push(mark);
  parts.push(words.source[facts.source]);
  if (facts.provisional !== null) {
    const count = (n: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(n);
    parts.push(words.answeredOf.replace('%a', count(facts.provisional.answered)).replace('%t', count(facts.provisional.total)));
  }
  if (facts.city !== null) parts.unshift(facts.city);
  return parts.join(words.separator);
}

// Approximate advance of a character in em, to size the badge without font metrics (deterministic).
function charWidth(code: number): number {
  if (code >= 0x2e80 && code <= 0xffef) return 1;
  if (code >= 0x0600 && code <= 0x06ff) return 0.7;
  if (code >= 0x0400 && code <= 0x04ff) return 0.68;
  if (code === 0x20 || code === 0x2e || code === 0x2c || code === 0x3a || code === 0xb7 || code === 0x69 || code === 0x6c) return 0.3;
  if (code >= 0x41 && code <= 0x5a) return 0.68;
  return 0.62;
}

function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char.codePointAt(0)!);
  return Math.ceil(em * fontSize * (bold ? 1.12 : 1));
}

// City names are cut to keep the badge's fixed size reasonable; the accessible name keeps them whole.
function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const FONT = "system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans Arabic','Noto Sans CJK SC',Arial,sans-serif";
const PAD = 8;
const ICON = 16;

/** Four bars, the first `filled` solid and the rest outlined: very high 4, high 3, middle 2, low 1. */
function barsIcon(x: number, y: number, filled: number, rtl: boolean): string {
  let out = '';
  for (let bar = 0; bar < 4; bar++) {
    const height = 4 + bar * 3;
    // Bars grow in reading direction: left to right, or right to left in Arabic.
    const left = rtl ? x + ICON - 3 - bar * 4.5 : x + bar * 4.5 - 0.5;
    const top = y + ICON - height;
    out +=
      bar < filled
        ? `<rect x="${left + 0.5}" y="${top}" width="3" height="${height}" fill="${BADGE_COLORS.text}"/>`
        : `<rect x="${left + 1}" y="${top + 0.5}" width="2" height="${height - 1}" fill="none" stroke="${BADGE_COLORS.text}" stroke-width="1"/>`;
  }
  return out;
}

function text(x: number, y: number, content: string, size: number, bold: boolean): string {
  return `<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="700"' : ''}>${escapeXml(content)}</text>`;
}

/**
 * A static SVG badge of a LOSI value: `role="img"` with a localized `<title>` and `aria-label`
 * ("LOSI 2024: 0.82, Very High, self-assessed"; for an assessment not yet complete "LOSI 2024: 0.08, Low,
 * provisional 11/95, self-assessed, 11 of 95 answered", with "provisional 11/95" shown), the level written out and shown as 1 to 4 filled bars as well
 * as by colour, white text at a contrast of at least 4.5:1, fixed `width` and `height`, right-to-left in Arabic.
 * No scripts, styles or external references (it suits a strict CSP); the same input always gives the same text.
 * A result of `scoreWithSet` (or `adaptedFrom` with `setName`) is headed "<set> (adapted from LOSI 2024)" instead.
 * @throws LosiScoringError for a value outside [0, 1], an unknown level or source, a missing edition, or
 * `source: 'official'` for the value of an indicator set.
 */
export function renderBadgeSvg(input: BadgeInput | BadgeResult, options: BadgeOptions = {}): string {
  const facts = factsOf(input, options);
  const language = resolveLanguage(options.locale ?? 'en');
  const rtl = LANGUAGE_DIRECTION[language] === 'rtl';
  const words = BADGE_STRINGS[language];
  const name = escapeXml(label(facts, language));
  const filled = LEVEL_IDS.length - LEVEL_IDS.indexOf(facts.look);
  const value = formatValue(facts.value, language);
  const levelName = facts.levelName(language);
  const heading = headingOf(facts, language);
  // An incomplete assessment's value says so where the source would be: it is always the city's own.
  const source = provisionalMark(facts, language) ?? words.source[facts.source];
  const full = options.variant === 'full';

  let height: number;
  let labelWidth: number;
  let levelWidth: number;
  const parts: { x: number; y: number; content: string; size: number; bold: boolean }[] = [];
  let icon: { x: number; y: number };
  if (full) {
    height = 60;
    const city = facts.city === null ? heading : shorten(facts.city, 28);
    const subline = facts.city === null ? source : `${heading} · ${source}`;
    labelWidth = PAD * 2 + Math.max(textWidth(city, 14, true), textWidth(subline, 11));
    parts.push({ x: PAD, y: 26, content: city, size: 14, bold: true });
    parts.push({ x: PAD, y: 44, content: subline, size: 11, bold: false });
    levelWidth = PAD * 2 + Math.max(ICON + 6 + textWidth(value, 18, true), textWidth(levelName, 12, true));
    icon = { x: labelWidth + PAD, y: 11 };
    parts.push({ x: labelWidth + PAD + ICON + 6, y: 27, content: value, size: 18, bold: true });
    parts.push({ x: labelWidth + PAD, y: 47, content: levelName, size: 12, bold: true });
  } else {
    height = 28;
    const heading2 = `${heading} · ${source}`;
    labelWidth = PAD * 2 + textWidth(heading2, 11);
    parts.push({ x: PAD, y: 18, content: heading2, size: 11, bold: false });
    const levelText = `${value} ${levelName}`;
    levelWidth = PAD * 2 + ICON + 6 + textWidth(levelText, 12, true);
    icon = { x: labelWidth + PAD, y: 6 };
    parts.push({ x: labelWidth + PAD + ICON + 6, y: 19, content: levelText, size: 12, bold: true });
  }
  const width = labelWidth + levelWidth;
  // Mirror the layout for right-to-left: label part on the right, text anchored at its right edge.
  const mirror = (x: number) => (rtl ? width - x : x);
  const labelX = rtl ? levelWidth : 0;
  const squareX = rtl ? levelWidth : labelWidth - 4;

  let body = '';
  body += `<rect width="${width}" height="${height}" rx="4" fill="${BADGE_COLORS.levels[facts.look]}"/>`;
  body += `<rect x="${labelX}" width="${labelWidth}" height="${height}" rx="4" fill="${BADGE_COLORS.label}"/>`;
  body += `<rect x="${squareX}" width="4" height="${height}" fill="${BADGE_COLORS.label}"/>`;
  body += barsIcon(rtl ? width - icon.x - ICON : icon.x, icon.y, filled, rtl);
  body += `<g fill="${BADGE_COLORS.text}" font-family="${FONT}">`;
  for (const part of parts) body += text(mirror(part.x), part.y, part.content, part.size, part.bold);
  body += '</g>';

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" aria-label="${name}" lang="${language}"${rtl ? ' direction="rtl"' : ''}>` +
    `<title>${name}</title>${body}</svg>`
  );
}
