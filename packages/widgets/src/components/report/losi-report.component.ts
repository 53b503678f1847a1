import { html, svg, type PropertyValues } from 'lit';
import { CRITERION_LABELS, LEVEL_NAMES, type Language } from '@losi/indicators/labels';
import { loadLocale } from '@losi/indicators/locales';
import { CRITERION_IDS } from '@losi/indicators/structure';
import type { Locale } from '@losi/indicators';
import { gaps, levels, type Gap, type LosiResult, type ScoringMode } from '@losi/scoring';
import { LosiElement } from '../../internal/losi-element.js';
import { formatDate, formatInteger, formatNumber, formatPercent } from '../../internal/format.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { levelShape } from '../../internal/level-shape-template.js';
import { checkResult, scoreAssessment } from '../../internal/result.js';
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
    maxGaps: { attribute: 'max-gaps', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    expanded: { state: true },
    texts: { state: true },
  };

  /** A result from `@losi/scoring` (`score()`). Also accepted as a JSON attribute. Wins over `assessment`. */
  declare result: LosiResult | undefined;

  /** A LOSI assessment (the `@losi/indicators` format), scored with `@losi/scoring`. Also accepted as a JSON attribute. */
  declare assessment: unknown;

  /** How `assessment` is scored: `official` (default) or `applicable-only` (not comparable with official values). */
  declare mode: ScoringMode;

  /** Results of other cities of the same edition: gaps most of them have closed come first (quick wins). */
  declare peers: readonly LosiResult[] | undefined;

  /** How many gaps are listed before "Show all" (default 10; print shows all). */
  declare maxGaps: number;

  /** Level of the report's heading, 1 to 5 (default 2); sections use the next levels. */
  declare headingLevel: number;

  protected declare expanded: boolean;

  /** Indicator texts of the current language (and English for fallbacks), once loaded. */
  protected declare texts: { readonly lang: Language; readonly local: Locale; readonly english: Locale } | undefined;

  #result: LosiResult | undefined;
  #gaps: readonly Gap[] = [];

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
    let result: LosiResult | undefined;
    if (this.result != null) {
      const invalid = checkResult(this.result, 'result', true);
      if (invalid) return invalid;
      result = this.result;
    } else if (this.assessment != null) {
      const scored = scoreAssessment(this.assessment, 'assessment', this.mode);
      if (scored.problem !== undefined) return scored.problem;
      result = scored.result;
    } else {
      // Nothing given yet (a page sets the data a moment later) is not an error: renderContent() shows a neutral state.
      return undefined;
    }
    const peers = this.peers ?? [];
    if (!Array.isArray(peers)) return mustBe('peers', 'an array of LOSI results', peers);
    for (const [index, peer] of peers.entries()) {
      const invalid = checkResult(peer, `peers[${index}]`, true);
      if (invalid) return invalid;
    }
    // gaps() throws for peers of another edition; prepare() callers turn that into the error state.
    this.#gaps = gaps(result, { peers });
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
    const ids = this.#gaps.map((gap) => gap.id);
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

  #gapText(id: string): GapText | undefined {
    const texts = this.texts;
    if (texts === undefined) return undefined;
    const own = Object.hasOwn(texts.local.indicators, id) ? texts.local.indicators[id] : undefined;
    const english = Object.hasOwn(texts.english.indicators, id) ? texts.english.indicators[id] : undefined;
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
    const levelName = LEVEL_NAMES[lang][result.level];
    const title = result.city?.name ? `${result.city.name}: LOSI ${result.edition}` : strings.title(result.edition);
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
        <p class="note">${result.mode === 'applicable-only' ? strings.applicableOnly : strings.official}</p>
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

  #renderGauge(result: LosiResult, value: string, levelName: string, label: string): unknown {
    const strings = REPORT_STRINGS[this.language];
    const track = gaugeArc(1);
    const ticks = levels.filter((band) => band.min > 0).map((band) => [gaugePoint(band.min, GAUGE.r - 12), gaugePoint(band.min, GAUGE.r + 12)] as const);
    return html`<div
      part="gauge"
      class="gauge level-${result.level}"
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
        <span part="level" class="level">${levelShape(result.level)}<span>${levelName}</span></span>
        ${result.complete ? '' : html`<span class="provisional">${strings.provisional}</span>`}
      </div>
    </div>`;
  }

  #renderCriteria(result: LosiResult, level: number): unknown {
    const lang = this.language;
    const strings = REPORT_STRINGS[lang];
    return html`<section class="section" aria-labelledby="criteria-title">
      <div class="section-title" id="criteria-title" role="heading" aria-level=${level}>${strings.criteria}</div>
      <ul part="criteria" class="criteria">
        ${CRITERION_IDS.map((id) => {
          const criterion = result.criteria[id];
          return html`<li part="criterion" class="criterion">
            <span class="criterion-name">${CRITERION_LABELS[lang][id]}</span>
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

  #renderGap(gap: Gap, extra: boolean, level: number): unknown {
    const lang = this.language;
    const strings = REPORT_STRINGS[lang];
    const text = this.#gapText(gap.id);
    const details = [CRITERION_LABELS[lang][gap.criterion], strings.status[gap.status]];
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
