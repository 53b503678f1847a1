import { html, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { CRITERION_LABELS } from '@losi/indicators/labels';
import { CRITERION_IDS, type CriterionId } from '@losi/indicators/structure';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { CriterionScore, LevelScheme, ResultBase, ResultCity, ScoringMode } from '@losi/scoring';
import { adaptedLabel, checkIndicatorSet, checkLevelScheme, groupName } from '../../internal/indicator-set.js';
import { LosiElement } from '../../internal/losi-element.js';
import { formatInteger, formatNumber } from '../../internal/format.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { checkResult, scoreAssessment } from '../../internal/result.js';
import { checkOneOf, mustBe } from '../../internal/validate.js';
import { CRITERIA_CHART_STRINGS } from './losi-criteria-chart.strings.js';
import { criteriaChartStyles } from './losi-criteria-chart.styles.js';

/** What the chart reads from a `@losi/scoring` result (`score()`, or `scoreCounts()` with criteria). */
export type ChartResult = Pick<ResultBase<string>, 'value' | 'edition' | 'level'> & {
  /** Per criterion of the edition, or per group of the indicator set the result was scored with. */
  readonly criteria: Readonly<Record<CriterionId, CriterionScore>> | Readonly<Record<string, CriterionScore>>;
  readonly indicatorSet?: { readonly id: string; readonly name: string };
  readonly city?: ResultCity;
  readonly assessedAt?: string;
};

const MODES: readonly ScoringMode[] = ['official', 'applicable-only'];

/** Distinct series styles: colour and marker shape both change, so no series is told apart by colour alone. */
const SERIES_STYLES = 6;

/** The marker of series `index`: circle, square, triangle, diamond, then hollow circle and hollow square. */
function marker(index: number): SVGTemplateResult {
  switch (index % SERIES_STYLES) {
    case 0:
      return svg`<circle cx="5" cy="5" r="4"></circle>`;
    case 1:
      return svg`<rect x="1" y="1" width="8" height="8"></rect>`;
    case 2:
      return svg`<path d="M5 0.5 9.5 9 0.5 9Z"></path>`;
    case 3:
      return svg`<path d="M5 0.5 9.5 5 5 9.5 0.5 5Z"></path>`;
    case 4:
      return svg`<circle class="hollow" cx="5" cy="5" r="3.5"></circle>`;
    default:
      return svg`<rect class="hollow" x="1.5" y="1.5" width="7" height="7"></rect>`;
  }
}

/** One bar group: the overall value or one criterion. */
interface Group {
  /** `losi` for the overall value, else a criterion id or a set's group id. */
  readonly id: string;
  readonly name: string;
  readonly lang: string;
}

/**
 * A bar chart of LOSI per criterion for one or several results: compare cities, or the years of one city.
 * Each bar is labelled with its series name and value, each series has its own colour and marker shape, and a
 * real data table (caption, column and row headers) gives the same values; a button shows or hides it.
 *
 * Give it `results` from `@losi/scoring`, or `assessments`, which it scores with `@losi/scoring` (`mode`).
 * Series are named by city; when all results are of one city, by date or edition; `labels` overrides.
 *
 * @summary LOSI per criterion for one or several results, as an accessible chart and a data table.
 * @tagname losi-criteria-chart
 * @csspart figure - The figure holding chart, button and table.
 * @csspart caption - The figure's caption.
 * @csspart chart - The drawing (`role="img"`, named after what it shows).
 * @csspart group - The bars of one criterion (or of the overall value).
 * @csspart bar - One bar row: series name, bar and value.
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @cssproperty --losi-color-series-1 - Colour of the first series (up to `--losi-color-series-6`; markers differ too).
 * @cssproperty --losi-color-surface-raised - Track of the bars and background of the table's headers.
 * @cssproperty --losi-color-accent - Colour of the toggle button.
 */
export class LosiCriteriaChart extends LosiElement {
  static override styles = criteriaChartStyles;

  static override properties = {
    results: { converter: jsonAttribute('results') },
    assessments: { converter: jsonAttribute('assessments') },
    labels: { converter: jsonAttribute('labels') },
    mode: { type: String },
    levels: { attribute: false },
    indicatorSet: { attribute: false },
    showTable: { attribute: 'show-table', type: Boolean, reflect: true },
  };

  /** Results from `@losi/scoring`, one per series. Also accepted as a JSON attribute. Wins over `assessments`. */
  declare results: readonly ChartResult[] | undefined;

  /** LOSI assessments, one per series, scored with `@losi/scoring`. Also accepted as a JSON attribute. */
  declare assessments: readonly unknown[] | undefined;

  /** Series names, in the order of the results (default: city, or date or edition for one city). */
  declare labels: readonly string[] | undefined;

  /** How `assessments` are scored: `official` (default) or `applicable-only`. */
  declare mode: ScoringMode;

  /**
   * The level scheme `assessments` are scored with and `results` must be leveled with (default: the UN's); the chart
   * itself draws values, not levels. An indicator set's own bands win over it.
   */
  declare levels: LevelScheme | undefined;

  /**
   * A country project's indicator set (parsed with `parseIndicatorSet`) instead of the edition: `assessments` are
   * scored with it, `results` must be its results, the bars are per group of the set, and the chart says
   * "adapted from LOSI <edition>", never "official".
   */
  declare indicatorSet: IndicatorSet | undefined;

  /** Shows the data table (the toggle button changes it too). */
  declare showTable: boolean;

  #series: { readonly name: string; readonly result: ChartResult }[] = [];

  constructor() {
    super();
    this.mode = 'official';
    this.showTable = false;
  }

  protected override prepare(_changed: PropertyValues<this>): string | undefined {
    this.#series = [];
    const set = this.indicatorSet ?? undefined;
    const context = { levels: this.levels ?? undefined, set };
    const problem =
      checkOneOf('mode', this.mode, MODES) ?? checkLevelScheme(context.levels, 'levels') ?? (set ? checkIndicatorSet(set, 'indicatorSet') : undefined);
    if (problem) return problem;
    const results: ChartResult[] = [];
    if (this.results != null) {
      if (!Array.isArray(this.results)) return checkResult(this.results, 'results') ?? mustBe('results', 'an array of LOSI results', this.results);
      for (const [index, result] of this.results.entries()) {
        const invalid = checkResult(result, `results[${index}]`, false, context);
        if (invalid) return invalid;
        results.push(result);
      }
    } else if (this.assessments != null) {
      if (!Array.isArray(this.assessments)) return scoreAssessment(this.assessments, 'assessments').problem ?? mustBe('assessments', 'an array of LOSI assessments', this.assessments);
      for (const [index, assessment] of this.assessments.entries()) {
        const scored = scoreAssessment(assessment, `assessments[${index}]`, this.mode, context);
        if (scored.problem !== undefined) return scored.problem;
        results.push(scored.result);
      }
    }
    // Nothing given yet (a page sets the data a moment later) is not an error: renderContent() shows a neutral state.
    if (results.length === 0) return undefined;
    const labels = this.labels;
    if (labels != null && !(Array.isArray(labels) && labels.length === results.length && labels.every((label) => typeof label === 'string'))) {
      return mustBe('labels', `an array of ${results.length} strings, one per result`, labels);
    }
    const names = labels ?? defaultNames(results);
    this.#series = results.map((result, index) => ({ name: names[index]!, result }));
    return undefined;
  }

  protected override renderContent(): unknown {
    const lang = this.language;
    const strings = CRITERIA_CHART_STRINGS[lang];
    if (this.#series.length === 0) return html`<p part="empty" class="empty">${strings.waiting}</p>`;
    const names = new Intl.ListFormat(lang, { type: 'conjunction' }).format(this.#series.map((series) => series.name));
    const set = this.indicatorSet;
    // A set's value is "<set> (adapted from LOSI 2024)", never the official LOSI.
    const adapted = set ? adaptedLabel(lang, set.name, set.basedOn) : undefined;
    const groups: Group[] = [
      { id: 'losi', name: adapted ?? strings.overall, lang },
      ...(set
        ? set.groups.map((group) => ({ id: group.id, ...groupName(set, group.id, lang) }))
        : CRITERION_IDS.map((id) => ({ id, name: CRITERION_LABELS[lang][id], lang }))),
    ];
    return html`<figure part="figure" class="figure">
      <figcaption part="caption" class="caption">${strings.caption(names)}${adapted ? html`<span part="adapted" class="adapted"> ${adapted}</span>` : ''}</figcaption>
      <div part="chart" class="chart" role="img" aria-label=${strings.chartLabel(names)}>
        ${groups.map((group) => this.#renderGroup(group))}
      </div>
      <button part="toggle" class="toggle" type="button" aria-expanded=${String(this.showTable)} aria-controls="table" @click=${this.#toggleTable}>
        ${this.showTable ? strings.hideTable : strings.showTable}
      </button>
      <table part="table" class="table" id="table" ?hidden=${!this.showTable}>
        <caption>${strings.caption(names)}</caption>
        <thead>
          <tr>
            <th scope="col">${strings.criterion}</th>
            ${this.#series.map((series) => html`<th scope="col">${series.name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${groups.map(
            (group) => html`<tr>
              <th scope="row" lang=${group.lang}>${group.name}</th>
              ${this.#series.map((series) => html`<td>${this.#cell(series.result, group.id)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </figure>`;
  }

  #renderGroup(group: Group): unknown {
    return html`<div part="group" class="group">
      <div class="group-name" lang=${group.lang}>${group.name}</div>
      ${this.#series.map((series, index) => {
        const value = group.id === 'losi' ? series.result.value : (series.result.criteria as Record<string, CriterionScore>)[group.id]!.value;
        return html`<div part="bar" class="row series-${index % SERIES_STYLES}">
          <span class="row-name">
            <svg class="marker" viewBox="0 0 10 10" aria-hidden="true" focusable="false">${marker(index)}</svg>
            <span>${series.name}</span>
          </span>
          <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="bar-track" width="100" height="10"></rect>
            <rect class="bar-fill" width=${Math.min(1, Math.max(0, value)) * 100} height="10"></rect>
          </svg>
          <span class="row-value">${formatNumber(this.language, value)}</span>
        </div>`;
      })}
    </div>`;
  }

  /** A table cell: the value, and for criteria the counts behind it. */
  #cell(result: ChartResult, id: Group['id']): string {
    const lang = this.language;
    if (id === 'losi') return formatNumber(lang, result.value);
    const criterion = (result.criteria as Record<string, CriterionScore>)[id]!;
    const counts = CRITERIA_CHART_STRINGS[lang].metOf(formatInteger(lang, criterion.met), formatInteger(lang, criterion.total));
    return `${formatNumber(lang, criterion.value)} (${counts})`;
  }

  #toggleTable(): void {
    this.showTable = !this.showTable;
  }
}

/**
 * Series names: the city names; when all results are of one city (or name none), their date or edition;
 * and a date or edition after the city when two results share a city.
 */
function defaultNames(results: readonly ChartResult[]): string[] {
  const cities = results.map((result) => result.city?.name ?? '');
  const when = results.map((result) => result.assessedAt ?? `LOSI ${result.edition}`);
  if (new Set(cities).size === 1) return results.length === 1 && cities[0] ? [cities[0]] : when;
  return cities.map((city, index) =>
    !city ? when[index]! : cities.indexOf(city) !== cities.lastIndexOf(city) ? `${city} (${when[index]})` : city,
  );
}
