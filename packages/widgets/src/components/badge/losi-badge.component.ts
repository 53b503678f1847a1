import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { LANGUAGE_DIRECTION, LEVEL_IDS, LEVEL_NAMES, type LevelId } from '@losi/indicators/labels';
import { levelOf, type LevelScheme, type ResultBase, type ResultCity } from '@losi/scoring';
import { htmlElement, problemElement } from '../../internal/dom.js';
import { formatNumber } from '../../internal/format.js';
import { levelShapeElement } from '../../internal/level-shape.js';
import { LosiMixin } from '../../internal/losi-mixin.js';
import { checkOneOf, isSafeLink, mustBe } from '../../internal/validate.js';
import { badgeStyles } from './losi-badge.styles.js';
import { BADGE_STRINGS } from './losi-badge.strings.js';

/** Who produced the value: the city itself (`self-assessed`) or the UN (`official`). */
export type BadgeSource = 'self-assessed' | 'official';

/** `compact`: one small pill. `full`: a larger card with the city, the edition and the source. */
export type BadgeVariant = 'compact' | 'full';

/**
 * What the badge reads from a `@losi/scoring` result: a `LosiResult` from `score()` or a `LosiCountsResult`
 * from `scoreCounts()` both fit, as does a result scored with a country's indicator set (`indicatorSet`), which the
 * badge labels "adapted from LOSI <edition>", never as an official value.
 */
export type BadgeResult = Pick<ResultBase<string>, 'value' | 'level' | 'edition'> & {
  readonly city?: ResultCity;
  readonly indicatorSet?: { readonly name: string };
  /** Indicators answered and in all (a `LosiResult` has them): fewer answered than in all makes the value provisional. */
  readonly answered?: number;
  readonly total?: number;
};

const SOURCES: readonly string[] = ['self-assessed', 'official'];
const VARIANTS: readonly string[] = ['compact', 'full'];

/** What is shown, derived from `result` or from the attributes. */
interface BadgeView {
  readonly value: number;
  /** The UN level whose shape and colour the band borrows. */
  readonly look: LevelId;
  readonly levelName: string;
  readonly setName: string | undefined;
  readonly edition: string | undefined;
  readonly city: string | undefined;
  /** Set when the assessment is not complete: the value is provisional. */
  readonly provisional: { readonly answered: number; readonly total: number } | undefined;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** True for a LOSI value: a number from 0 to 1 (false for NaN). */
const isLosiValue = (value: number): boolean => value >= 0 && value <= 1;

/** Attribute converter for `value`: an empty or non-numeric attribute becomes NaN (invalid), not 0. */
const numberAttribute = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null ? undefined : Number(value.trim() || Number.NaN),
};

/**
 * An embeddable LOSI badge: the value, the level (as text and as a four-bar shape, never colour alone), the
 * edition and whether the value is self-assessed or official, optionally linking to a report.
 *
 * It has a fixed size, so the page does not shift when it renders. Children are shown until the badge has a
 * value (and when JavaScript does not run): put a plain link or a static SVG badge there as the no-JS fallback.
 * The level comes from `@losi/scoring` (`levelOf`), never from cut-offs of its own.
 *
 * @summary The LOSI value and level of a city portal, accessible and tiny.
 * @tagname losi-badge
 * @slot - Fallback content, shown while the badge has neither `value` nor `result` (and without JavaScript).
 * @csspart badge - The badge box (the link when `href` is set).
 * @csspart shape - The four-bar level shape.
 * @csspart value - The LOSI value.
 * @csspart level - The level name.
 * @csspart city - The city name (`full` variant).
 * @csspart source - Whether the value is self-assessed or official.
 * @cssproperty --losi-badge-inline-size - Width of the compact badge. Default `16em`.
 * @cssproperty --losi-badge-block-size - Height of the compact badge. Default `3em`.
 * @cssproperty --losi-badge-full-inline-size - Width of the full badge. Default `17em`.
 * @cssproperty --losi-badge-full-block-size - Height of the full badge. Default `5em`.
 * @cssproperty --losi-badge-font-size - Font size the badge is measured in. Default `0.875rem`.
 */
// Unlike the other elements, the badge renders without lit-html: it builds its dozen nodes with DOM calls on
// Lit's `ReactiveElement` (same reactive properties and lifecycle, same LosiMixin behaviour). That keeps
// cdn/losi-badge.js about 3 kB gzip smaller for the portals that load it on every page.
export class LosiBadge extends LosiMixin(ReactiveElement) {
  static override styles = badgeStyles;

  static override properties = {
    value: { converter: numberAttribute },
    city: { type: String },
    edition: { type: String },
    source: { type: String },
    href: { type: String },
    variant: { type: String, reflect: true },
    answered: { converter: numberAttribute },
    total: { converter: numberAttribute },
    result: { attribute: false },
    levels: { attribute: false },
  };

  /** The LOSI value, from 0 to 1 (e.g. `0.82`). Ignored when `result` is set. */
  declare value: number | undefined;

  /** The city's name, part of the accessible name and shown by the `full` variant. Default: `result.city.name`. */
  declare city: string | undefined;

  /** The LOSI edition (year) the value belongs to, e.g. `2024`. Default: `result.edition`. */
  declare edition: string | undefined;

  /** `self-assessed` (default) or `official` (published by the UN). */
  declare source: BadgeSource;

  /** Link to the full report (http, https or relative URL). Without it the badge is an image, not a link. */
  declare href: string | undefined;

  /** `compact` (default) or `full`. */
  declare variant: BadgeVariant;

  /**
   * How many indicators the assessment answers, with `total`: when fewer than `total`, the badge marks the value
   * provisional, in its text and its accessible name. Default: `result.answered`.
   */
  declare answered: number | undefined;

  /** How many indicators the edition has (e.g. `95`). Default: `result.total`. */
  declare total: number | undefined;

  /** A result from `@losi/scoring`; when set, it supplies the value, level, edition, city and counts. */
  declare result: BadgeResult | undefined;

  /**
   * The level scheme of the level shown (default: the UN's), e.g. `ARGENTINE_MUNICIPAL_LEVELS` from `@losi/scoring`:
   * its band names are shown and each band is drawn with the UN level it borrows (`look`).
   */
  declare levels: LevelScheme | undefined;

  #view: BadgeView | undefined;

  constructor() {
    super();
    this.source = 'self-assessed';
    this.variant = 'compact';
  }

  protected override prepare(): string | undefined {
    const { result, href, edition, levels } = this;
    this.#view = undefined;
    const problem =
      checkOneOf('source', this.source, SOURCES) ??
      checkOneOf('variant', this.variant, VARIANTS) ??
      (href == null || isSafeLink(href) ? undefined : mustBe('href', 'an http(s) or relative URL', href)) ??
      (edition == null || /^\d{4}$/.test(edition) ? undefined : mustBe('edition', 'a year such as "2024"', edition)) ??
      (result == null
        ? this.value == null || isLosiValue(this.value)
          ? undefined
          : mustBe('value', 'a number from 0 to 1', this.value)
        : isLosiValue(result.value)
          ? checkOneOf('result.level', result.level, levels ? levels.bands.map((band) => band.id) : LEVEL_IDS)
          : mustBe('result', 'a @losi/scoring result', result));
    if (problem) return problem;
    const answered = this.answered ?? result?.answered;
    const total = this.total ?? result?.total;
    if (answered !== undefined || total !== undefined) {
      if (!isCount(answered)) return mustBe('answered', 'a whole number of indicators, with total', answered);
      if (!isCount(total) || total < answered) return mustBe('total', `a whole number of indicators, at least answered (${answered})`, total);
    }
    const value = result ? result.value : this.value;
    if (value != null) {
      const level = result ? result.level : levelOf(value, levels);
      const band = levels?.bands.find((b) => b.id === level);
      this.#view = {
        value,
        look: band ? band.look : (level as LevelId),
        levelName: band?.labels ? (band.labels[this.language] ?? band.labels.en) : LEVEL_NAMES[this.language][level as LevelId],
        setName: result?.indicatorSet?.name,
        edition: edition ?? result?.edition,
        city: this.city ?? result?.city?.name,
        provisional: answered !== undefined && total !== undefined && answered < total ? { answered, total } : undefined,
      };
    }
    return undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const root = this.renderRoot;
    // Rebuilt on every update (rare for a badge); a focused report link keeps the focus.
    const hadFocus = root instanceof ShadowRoot && root.activeElement !== null;
    const base = htmlElement(
      'div',
      { part: 'base', class: 'base', lang: this.language, dir: LANGUAGE_DIRECTION[this.language] },
      this.problem === undefined ? this.#renderContent() : problemElement(this.problem),
    );
    root.replaceChildren(base);
    if (hadFocus) base.querySelector('a')?.focus();
  }

  #renderContent(): Node {
    const view = this.#view;
    if (view === undefined) return htmlElement('slot');
    const [selfAssessed, official, openReport, comma, colon, provisionalText, answeredOf, adaptedFrom] = BADGE_STRINGS[this.language];
    const value = formatNumber(this.language, view.value);
    const level = view.levelName;
    const source = this.source === 'official' ? official : selfAssessed;
    const edition = view.edition ? `LOSI ${view.edition}` : 'LOSI';
    const losi = view.setName ? `${view.setName} (${adaptedFrom} ${edition})` : edition;
    // "Tallinn, LOSI 2024: 0.82, Very High, self-assessed", with the language's punctuation.
    const provisional = view.provisional;
    const answered = provisional && formatNumber(this.language, provisional.answered, 0);
    const total = provisional && formatNumber(this.language, provisional.total, 0);
    const counts = `${answered}/${total}`;
    // "..., Low, provisional 11/95, self-assessed, 11 of 95 answered" for an assessment not yet complete: the
    // visible text, in its order, must be part of a link's name (WCAG 2.5.3); the words say what the figures mean.
    const label =
      `${view.city ? view.city + comma : ''}${losi}${colon}${value}${comma}${level}${comma}` +
      (provisional ? `${provisionalText} ${counts}${comma}${source}${comma}${answeredOf.replace('%a', answered!).replace('%t', total!)}` : source);
    // Visible texts follow the order of the accessible name, so a link's name contains its visible label (WCAG 2.5.3).
    const shape = htmlElement('span', { part: 'shape' }, levelShapeElement(view.look));
    // Spaces between the lines keep the words apart in the text content (the lines are blocks only visually).
    const text = htmlElement(
      'span',
      { class: 'text' },
      this.variant === 'full' && htmlElement('span', { part: 'city', class: 'line' }, view.city ?? ''),
      ' ',
      htmlElement('span', { class: 'line primary' }, `${losi} `, htmlElement('span', { part: 'value' }, value)),
      ' ',
      htmlElement(
        'span',
        { class: 'line details' },
        htmlElement('span', { part: 'level' }, level),
        ' · ',
        // A provisional value is always the city's own: "provisional 11/95" says more than "self-assessed" in the room there is.
        provisional
          ? htmlElement('span', { part: 'provisional', class: 'provisional' }, `${provisionalText} ${counts}`)
          : htmlElement('span', { part: 'source' }, source),
      ),
    );
    const classes = `badge level-${view.look}${provisional ? ' is-provisional' : ''}`;
    return this.href != null
      ? htmlElement('a', { part: 'badge', class: classes, href: this.href, 'aria-label': label + comma + openReport }, shape, text)
      : htmlElement('span', { part: 'badge', class: classes, role: 'img', 'aria-label': label }, shape, text);
  }
}
