import { html, svg, type PropertyValues } from 'lit';
import { CRITERION_LABELS, type Language } from '@losi/indicators/labels';
import { loadLocale } from '@losi/indicators/locales';
import { CRITERION_IDS } from '@losi/indicators/structure';
import type { Locale } from '@losi/indicators';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { gaps, levels, type Gap, type LevelScheme, type LosiResult, type ScoringMode } from '@losi/scoring';
import type { SetResult } from '@losi/scoring/indicator-set';
import { LosiElement } from '../../internal/losi-element.js';
import { formatDate, formatInteger, formatNumber, formatPercent } from '../../internal/format.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { levelShape } from '../../internal/level-shape-template.js';
import { adaptedLabel, checkIndicatorSet, checkLevelScheme, groupName, levelView } from '../../internal/indicator-set.js';
import { checkResult, effectiveScheme, scoreAssessment, type WidgetResult } from '../../internal/result.js';
import { checkOneOf, mustBe } from '../../internal/validate.js';
import { REPORT_STRINGS } from './losi-report.strings.js';
import { reportStyles } from './losi-report.styles.js';

const MODES: readonly ScoringMode[] = ['official', 'applicable-only'];

/** Radius and centre of the gauge's semicircle, in SVG units of its 200 x 112 viewBox. */
const GAUGE = { cx: 100, cy: 100, r: 80 } as const;

/** The point of the gauge's arc at a share in [0, 1] of the way from its start (left) to its end (right). */
function gaugePoint(share: number, radius: number = GAUGE.r): { x: number; y: number } {
  const angle = Math.PI * share;
  return { x: GAUGE.cx - radius * Math.cos(angle), y: GAUGE.cy - radius * Math.sin(angle) };
}

/** SVG path of the gauge's arc from its start to `share`. */
function gaugeArc(share: number): string {
  const start = gaugePoint(0);
  const end = gaugePoint(share);
  return `M ${start.x} ${start.y} A ${GAUGE.r} ${GAUGE.r} 0 0 1 ${end.x.toFixed(2)} ${end.y.toFixed(2)}`;
}

/** An indicator not met, of an edition (`criterion`) or of a set (`criterion` holds the group id). */
type ReportGap = Omit<Gap, 'criterion'> & { readonly criterion: string };

/**
 * The gaps of a set's result, in the set's order, quick wins first when peers of the same set are given
 * (the share of them meeting each indicator), like `gaps()` for an edition.
 */
function setGaps(result: SetResult<string>, set: IndicatorSet, peers: readonly SetResult<string>[]): ReportGap[] {
  const list: ReportGap[] = [];
  for (const indicator of set.indicators) {
    const status = result.indicators[indicator.id];
    if (status === undefined || status === 'met' || (status === 'na' && result.mode === 'applicable-only')) continue;
    const adoption = peers.length ? peers.filter((peer) => peer.indicators[indicator.id] === 'met').length / peers.length : null;
    list.push({ id: indicator.id, criterion: indicator.group, status, adoption });
  }
  // Array.prototype.sort is stable: equal shares keep the set's order.
  return peers.length ? list.sort((a, b) => b.adoption! - a.adoption!) : list;
}

/** Localized texts of one indicator, with the language each field is actually in (English where untranslated). */
interface GapText {
  readonly title: string;
  readonly titleLang: Language;
  readonly description: string;
  readonly descriptionLang: Language;
  readonly guidance: readonly string[];
  readonly guidanceLang: Language;
}

/**
 * The report of one LOSI result: a score gauge, the level, a bar per criterion, and the indicators not met with
 * what to do about them, quick wins first. Prints well (print styles show every gap and drop the buttons).
 *
 * Give it a `result` from `@losi/scoring`, or an `assessment`, which it scores with `@losi/scoring` (`mode`).
 * Indicator titles and guidance are loaded lazily in the element's language from `@losi/indicators`;
 * `updateComplete` resolves once they are shown.
 *
 * @summary A LOSI result as a printable report: gauge, level, criteria and the gaps to close.
 * @tagname losi-report
 * @csspart report - The report (an `article`).
 * @csspart title - The heading.
 * @csspart gauge - The score gauge (`role="meter"`).
 * @csspart value - The LOSI value in the gauge.
 * @csspart level - The level name and shape.
 * @csspart criteria - The list of criteria.
 * @csspart criterion - One criterion's row.
 * @csspart gaps - The section of indicators not met.
 * @csspart gap - One indicator not met.
 * @csspart toggle - The button that shows all gaps or fewer.
 * @cssproperty --losi-color-accent - Fill of the criterion bars and of the gauge.
 * @cssproperty --losi-color-surface-raised - Track of the bars and of the gauge.
 */
export class LosiReport extends LosiElement {
  static override styles = reportStyles;

  static override properties = {
    result: { converter: jsonAttribute('result') },
    assessment: { converter: jsonAttribute('assessment') },
    mode: { type: String },
    peers: { attribute: false },
    levels: { attribute: false },
    indicatorSet: { attribute: false },
    maxGaps: { attribute: 'max-gaps', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    expanded: { state: true },
    texts: { state: true },
  };

  /** A result from `@losi/scoring` (`score()`, or `scoreWithSet()` with `indicatorSet`). Also accepted as a JSON attribute. Wins over `assessment`. */
  declare result: WidgetResult | undefined;

  /** A LOSI assessment (the `@losi/indicators` format), scored with `@losi/scoring`. Also accepted as a JSON attribute. */
  declare assessment: unknown;

  /** How `assessment` is scored: `official` (default) or `applicable-only` (not comparable with official values). */
  declare mode: ScoringMode;

  /** Results of other cities of the same edition (or set): gaps most of them have closed come first (quick wins). */
  declare peers: readonly WidgetResult[] | undefined;

  /**
   * The level scheme of the level shown (default: the UN's), e.g. `ARGENTINE_MUNICIPAL_LEVELS` from `@losi/scoring`:
   * `assessment` is scored with it, a `result` must carry one of its band ids, and its band names are shown.
   * An indicator set's own bands win over it.
   */
  declare levels: LevelScheme | undefined;

  /**
   * A country project's indicator set (parsed with `parseIndicatorSet` from `@losi/indicators/indicator-set`) instead of
   * the edition: `assessment` is scored with it (`scoreWithSet`), a `result` must be one of its results, and the
   * report shows its groups and says "adapted from LOSI <edition>", never "official".
   */
  declare indicatorSet: IndicatorSet | undefined;

  /** How many gaps are listed before "Show all" (default 10; print shows all). */
  declare maxGaps: number;

  /** Level of the report's heading, 1 to 5 (default 2); sections use the next levels. */
  declare headingLevel: number;

  protected declare expanded: boolean;

  /** Indicator texts of the current language (and English for fallbacks), once loaded. */
  protected declare texts: { readonly lang: Language; readonly local: Locale; readonly english: Locale } | undefined;

  #result: WidgetResult | undefined;
  #gaps: readonly ReportGap[] = [];

  constructor() {
    super();
    this.mode = 'official';
    this.maxGaps = 10;
    this.headingLevel = 2;
    this.expanded = false;
    this.texts = undefined;
  }

  protected override prepare(_changed: PropertyValues<this>): string | undefined {
    this.#result = undefined;
    const problem =
      checkOneOf('mode', this.mode, MODES) ??
      (Number.isInteger(this.maxGaps) && this.maxGaps >= 0 ? undefined : mustBe('max-gaps', 'a whole number from 0', this.maxGaps)) ??
      (Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 5
        ? undefined
        : mustBe('heading-level', 'a whole number from 1 to 5', this.headingLevel));
    if (problem) return problem;
    const set = this.indicatorSet ?? undefined;
    const context = { levels: this.levels ?? undefined, set };
    const invalidContext =
      checkLevelScheme(context.levels, 'levels') ?? (set === undefined ? undefined : checkIndicatorSet(set, 'indicatorSet'));
    if (invalidContext) return invalidContext;
    let result: WidgetResult | undefined;
    if (this.result != null) {
      const invalid = checkResult(this.result, 'result', true, context);
      if (invalid) return invalid;
      result = this.result;
    } else if (this.assessment != null) {
      const scored = scoreAssessment(this.assessment, 'assessment', this.mode, context);
      if (scored.problem !== undefined) return scored.problem;
      result = scored.result;
    } else {
      // Nothing given yet (a page sets the data a moment later) is not an error: renderContent() shows a neutral state.
      return undefined;
    }
    const peers = this.peers ?? [];
    if (!Array.isArray(peers)) return mustBe('peers', 'an array of LOSI results', peers);
    for (const [index, peer] of peers.entries()) {
      const invalid = checkResult(peer, `peers[${index}]`, true, context);
      if (invalid) return invalid;
    }
    // gaps() throws for peers of another edition; prepare() callers turn that into the error state.
    this.#gaps = set
      ? setGaps(result as SetResult<string>, set, peers as readonly SetResult<string>[])
      : gaps(result as LosiResult, { peers: peers as readonly LosiResult[] });
    this.#result = result;
    this.#loadTexts();
    return undefined;
  }

  /**
   * Loads the indicator texts of the current language once per language, and the English ones only when that
   * language lacks a text the gaps need (English is the largest chunk: it carries the whole catalogue).
   */
  #loadTexts(): void {
    const lang = this.language;
    if (this.texts?.lang === lang || this.#gaps.length === 0) return;
    const ids = this.#gaps.map((gap) => this.#officialId(gap.id)).filter((id): id is string => id !== undefined);
    const loading = loadLocale(lang)
      .then(async (local) => {
        const complete = ids.every((id) => {
          const text = Object.hasOwn(local.indicators, id) ? local.indicators[id] : undefined;
          return Boolean(text?.title && text.description && text.guidance?.length);
        });
        const english = complete ? local : await loadLocale('en');
        if (this.language === lang) this.texts = { lang, local, english };
      })
      .catch((error: unknown) => {
        // A chunk that cannot be fetched: the gaps stay listed by id; nothing to show as an error.
        console.warn(`[losi] <losi-report>: indicator texts for "${lang}" could not be loaded (${String(error)})`);
      });
    this.track(loading);
  }

  /** The catalogue id of a gap's indicator: itself for an edition; for a set, the official one it maps to (none for the project's own). */
  #officialId(id: string): string | undefined {
    const set = this.indicatorSet;
    if (!set) return id;
    return set.indicators.find((indicator) => indicator.id === id)?.official?.id;
  }

  #gapText(gapId: string): GapText | undefined {
    const texts = this.texts;
    if (texts === undefined) return undefined;
    const id = this.#officialId(gapId) ?? gapId;
    const mine = this.indicatorSet?.indicators.find((indicator) => indicator.id === gapId);
    const catalogued = this.#officialId(gapId) !== undefined;
    const own = catalogued && Object.hasOwn(texts.local.indicators, id) ? texts.local.indicators[id] : undefined;
    const english = catalogued && Object.hasOwn(texts.english.indicators, id) ? texts.english.indicators[id] : undefined;
    // A set's renamed or own indicator shows the set's (English) title, and its own description when it has no official one.
    if (mine && (mine.title || !catalogued)) {
      const description = english?.description ? (own?.description ?? english.description) : (mine.description ?? '');
      const guidance = own?.guidance?.length ? own.guidance : (english?.guidance ?? []);
      return {
        title: mine.title ?? english?.title ?? gapId,
        titleLang: 'en',
        description,
        descriptionLang: own?.description ? texts.lang : 'en',
        guidance,
        guidanceLang: own?.guidance?.length ? texts.lang : 'en',
      };
    }
    const pick = (value: string | undefined, fallback: string | undefined): [string, Language] =>
      value ? [value, texts.lang] : [fallback || id, 'en'];
    const [title, titleLang] = pick(own?.title, english?.title);
    const [description, descriptionLang] = pick(own?.description, english?.description ?? '');
    const guidance = own?.guidance?.length ? own.guidance : (english?.guidance ?? []);
    return { title, titleLang, description, descriptionLang, guidance, guidanceLang: own?.guidance?.length ? texts.lang : 'en' };
  }

  protected override renderContent(): unknown {
    const result = this.#result;
    const lang = this.language;
    const strings = REPORT_STRINGS[lang];
    if (result === undefined) return html`<p part="empty" class="empty">${strings.waiting}</p>`;
    const level = this.headingLevel;
    const value = formatNumber(lang, result.value);
    const levelName = levelView(result.level, this.#scheme, lang).name;
    const setResult = 'indicatorSet' in result ? result : undefined;
    // A set's result is titled "<set> (adapted from LOSI 2024)": never as the official LOSI of the city.
    const losi = setResult ? adaptedLabel(lang, setResult.indicatorSet.name, result.edition) : `LOSI ${result.edition}`;
    const title = result.city?.name ? `${result.city.name}: ${losi}` : setResult ? losi : strings.title(result.edition);
    const meta = [
      result.assessedAt ? strings.assessedOn(formatDate(lang, result.assessedAt)) : undefined,
      strings.answered(formatInteger(lang, result.answered), formatInteger(lang, result.total)),
    ].filter(Boolean);
    return html`<article part="report" class="report" aria-labelledby="title">
      <header class="header">
        <div part="title" class="title" id="title" role="heading" aria-level=${level}>${title}</div>
        <p class="meta">${meta.join(' · ')}</p>
        ${result.portalUrl && /^https?:\/\//i.test(result.portalUrl)
          ? // An address is left-to-right text: isolated, so an Arabic report does not reorder its parts.
            html`<p class="portal"><a part="portal" href=${result.portalUrl} rel="noopener noreferrer"><bdi dir="ltr">${result.portalUrl}</bdi></a></p>`
          : ''}
        <p part="method" class="note">
          ${setResult ? strings.adapted : ''} ${result.mode === 'applicable-only' ? strings.applicableOnly : setResult ? '' : strings.official}
        </p>
        ${result.complete
          ? ''
          : html`<p part="provisional" class="provisional-note">
              ${strings.provisionalNote(formatInteger(lang, result.answered), formatInteger(lang, result.total))}
            </p>`}
      </header>
      ${this.#renderGauge(result, value, levelName, strings.score)} ${this.#renderCriteria(result, level + 1)}
      ${this.#renderGaps(level + 1)}
    </article>`;
  }

  /** The scheme the shown level belongs to (undefined: the UN's). */
  get #scheme(): LevelScheme | undefined {
    return effectiveScheme({ levels: this.levels ?? undefined, set: this.indicatorSet ?? undefined });
  }

  #renderGauge(result: WidgetResult, value: string, levelName: string, label: string): unknown {
    const strings = REPORT_STRINGS[this.language];
    const track = gaugeArc(1);
    const look = levelView(result.level, this.#scheme, this.language).look;
    const ticks = (this.#scheme?.bands ?? levels).filter((band) => band.min > 0).map((band) => [gaugePoint(band.min, GAUGE.r - 12), gaugePoint(band.min, GAUGE.r + 12)] as const);
    return html`<div
      part="gauge"
      class="gauge level-${look}"
      role="meter"
      aria-label=${label}
      aria-valuemin="0"
      aria-valuemax="1"
      aria-valuenow=${result.value}
      aria-valuetext=${result.complete ? `${value}, ${levelName}` : `${value}, ${levelName}, ${strings.provisional.toLowerCase()}`}
    >
      <svg class="gauge-svg" viewBox="0 0 200 112" aria-hidden="true" focusable="false">
        <path class="gauge-track" d=${track}></path>
        ${result.value > 0 ? svg`<path class="gauge-fill" d=${gaugeArc(result.value)}></path>` : ''}
        ${ticks.map(([inner, outer]) => svg`<line class="gauge-tick" x1=${inner.x} y1=${inner.y} x2=${outer.x} y2=${outer.y}></line>`)}
      </svg>
      <div class="gauge-text">
        <span part="value" class="value">${value}</span>
        <span part="level" class="level">${levelShape(look)}<span>${levelName}</span></span>
        ${result.complete ? '' : html`<span class="provisional">${strings.provisional}</span>`}
      </div>
    </div>`;
  }

  #renderCriteria(result: WidgetResult, level: number): unknown {
    const lang = this.language;
    const strings = REPORT_STRINGS[lang];
    const set = this.indicatorSet;
    const rows = set
      ? set.groups.map((group) => ({ id: group.id, ...groupName(set, group.id, lang) }))
      : CRITERION_IDS.map((id) => ({ id, name: CRITERION_LABELS[lang][id], lang }));
    return html`<section class="section" aria-labelledby="criteria-title">
      <div class="section-title" id="criteria-title" role="heading" aria-level=${level}>${strings.criteria}</div>
      <ul part="criteria" class="criteria">
        ${rows.map((row) => {
          const criterion = (result.criteria as Readonly<Record<string, { met: number; total: number; value: number }>>)[row.id]!;
          return html`<li part="criterion" class="criterion">
            <span class="criterion-name" lang=${row.lang}>${row.name}</span>
            <span class="criterion-value">${formatNumber(lang, criterion.value)}</span>
            <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="bar-track" width="100" height="8"></rect>
              <rect class="bar-fill" width=${Math.min(1, Math.max(0, criterion.value)) * 100} height="8"></rect>
            </svg>
            <span class="criterion-count">${strings.metOf(formatInteger(lang, criterion.met), formatInteger(lang, criterion.total))}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderGaps(level: number): unknown {
    const lang = this.language;
    const strings = REPORT_STRINGS[lang];
    const list = this.#gaps;
    const collapsed = !this.expanded && list.length > this.maxGaps;
    let body: unknown;
    if (list.length === 0) body = html`<p>${strings.noGaps}</p>`;
    else if (this.texts === undefined) body = html`<p class="loading">${strings.loading}</p>`;
    else {
      body = html`<ol class=${collapsed ? 'gaps collapsed' : 'gaps'}>
          ${list.map((gap, index) => this.#renderGap(gap, index >= this.maxGaps, level + 1))}
        </ol>
        ${list.length > this.maxGaps
          ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${String(!collapsed)} @click=${this.#toggle}>
              ${collapsed ? strings.showAll(formatInteger(lang, list.length)) : strings.showFewer}
            </button>`
          : ''}`;
    }
    return html`<section part="gaps" class="section" aria-labelledby="gaps-title" aria-busy=${String(list.length > 0 && this.texts === undefined)}>
      <div class="section-title" id="gaps-title" role="heading" aria-level=${level}>${strings.gapsTitle}</div>
      ${body}
    </section>`;
  }

  #renderGap(gap: ReportGap, extra: boolean, level: number): unknown {
    const lang = this.language;
    const strings = REPORT_STRINGS[lang];
    const text = this.#gapText(gap.id);
    const set = this.indicatorSet;
    const details = [set ? groupName(set, gap.criterion, lang).name : CRITERION_LABELS[lang][gap.criterion as keyof (typeof CRITERION_LABELS)['en']], strings.status[gap.status]];
    if (gap.adoption !== null) details.push(strings.peerShare(formatPercent(lang, gap.adoption)));
    return html`<li part="gap" class=${extra ? 'gap extra' : 'gap'}>
      <div class="gap-title" role="heading" aria-level=${level} lang=${text?.titleLang ?? lang}>${text?.title ?? gap.id}</div>
      <p class="gap-meta">${details.join(' · ')}</p>
      ${text?.description ? html`<p class="gap-description" lang=${text.descriptionLang}>${text.description}</p>` : ''}
      ${text?.guidance.length
        ? html`<ol class="steps" aria-label=${strings.steps} lang=${text.guidanceLang}>
            ${text.guidance.map((step) => html`<li>${step}</li>`)}
          </ol>`
        : ''}
    </li>`;
  }

  #toggle(): void {
    this.expanded = !this.expanded;
  }
}
