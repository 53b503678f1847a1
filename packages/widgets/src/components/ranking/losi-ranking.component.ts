import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { CRITERION_LABELS, LEVEL_IDS, LEVEL_NAMES, type LevelId } from '@losi/indicators/labels';
import { CRITERION_IDS, type Assessment, type CriterionId } from '@losi/indicators/structure';
import { LosiScoringError, rank, scoreMany, summarize, type LosiResult, type Summary } from '@losi/scoring';
import { LosiElement } from '../../internal/losi-element.js';
import { formatInteger, formatNumber, formatPercent } from '../../internal/format.js';
import { InvalidJson, jsonAttribute } from '../../internal/json-attribute.js';
import { levelRank } from '../../internal/level-shape.js';
import { levelShape } from '../../internal/level-shape-template.js';
import { checkResult } from '../../internal/result.js';
import { checkOneOf, mustBe } from '../../internal/validate.js';
import { RANKING_STRINGS, type RankingStrings } from './losi-ranking.strings.js';
import { rankingStyles } from './losi-ranking.styles.js';

/** A column the table can be sorted by: rank, city, LOSI value, level, or a criterion id. */
export type RankingSortKey = 'rank' | 'city' | 'value' | 'level' | CriterionId;

export type RankingSortDirection = 'ascending' | 'descending';

const SORT_KEYS: readonly RankingSortKey[] = ['rank', 'city', 'value', 'level', ...CRITERION_IDS];
const DIRECTIONS: readonly RankingSortDirection[] = ['ascending', 'descending'];

/** One city of the table. */
interface Row {
  readonly result: LosiResult;
  readonly rank: number;
  /** True when another city shares the rank. */
  readonly tied: boolean;
}

/** An assessment that `scoreMany` could not score. */
interface Unranked {
  readonly index: number;
  readonly city: string | null;
  readonly message: string;
}

/** What `prepare()` derives from the inputs. */
interface RankingView {
  readonly rows: readonly Row[];
  readonly summary: Summary;
  readonly unranked: readonly Unranked[];
}

/**
 * The ranking of many LOSI results: a table sortable by every column (buttons in the headers, `aria-sort` on the
 * sorted one), the distribution of cities per level, a filter by level, and the mean and median.
 *
 * Give it `results` from `@losi/scoring` (`score`, `scoreMany`), or `assessments`, which it scores with
 * `scoreMany` (an assessment that cannot be scored is listed apart, with its problem). Ranks, ties (1, 1, 3),
 * levels and statistics all come from `@losi/scoring`; cities sharing a rank are marked as tied.
 * All results must be of one edition and one scoring mode.
 *
 * @summary Many LOSI results: sortable ranking table, level distribution and filter by level.
 * @tagname losi-ranking
 * @csspart statistics - The mean and median.
 * @csspart distribution - The cities per level (a `figure`).
 * @csspart filter - The level filter (a `select`).
 * @csspart count - How many cities are shown.
 * @csspart table - The ranking table.
 * @csspart sort-button - A column header's sort button.
 * @csspart row - A row of the table.
 * @csspart unranked - The list of assessments that could not be scored.
 * @cssproperty --losi-ranking-max-inline-size - Largest width of the ranking. Default `60rem`.
 * @cssproperty --losi-color-surface-raised - Background of the table headers and track of the distribution bars.
 */
export class LosiRanking extends LosiElement {
  static override styles = rankingStyles;

  static override properties = {
    results: { converter: jsonAttribute('results') },
    assessments: { converter: jsonAttribute('assessments') },
    level: { type: String },
    sort: { type: String },
    direction: { type: String },
  };

  /** Results from `@losi/scoring` to rank (also accepted as a JSON attribute). */
  declare results: readonly LosiResult[] | undefined;

  /** Assessments to score with `@losi/scoring` and rank, instead of `results` (also accepted as a JSON attribute). */
  declare assessments: readonly Assessment[] | undefined;

  /** Show only the cities of this level (`very-high`, `high`, `middle`, `low`), or all when empty; the filter updates it. */
  declare level: LevelId | '';

  /** The sorted column: `rank` (default), `city`, `value`, `level` or a criterion id; the headers update it. */
  declare sort: RankingSortKey;

  /** `ascending` (default, rank 1 first) or `descending`; the headers update it. */
  declare direction: RankingSortDirection;

  #view: RankingView | undefined;

  constructor() {
    super();
    this.level = '';
    this.sort = 'rank';
    this.direction = 'ascending';
  }

  protected override prepare(_changed: PropertyValues<this>): string | undefined {
    this.#view = undefined;
    const problem =
      (this.level ? checkOneOf('level', this.level, LEVEL_IDS) : undefined) ??
      checkOneOf('sort', this.#sort, SORT_KEYS) ??
      checkOneOf('direction', this.#direction, DIRECTIONS) ??
      (this.results != null && this.assessments != null ? 'give results or assessments, not both' : undefined);
    if (problem) return problem;
    let results: LosiResult[];
    const unranked: Unranked[] = [];
    if (this.assessments != null) {
      const input: unknown = this.assessments;
      if (input instanceof InvalidJson) return String(input);
      if (!Array.isArray(input)) return mustBe('assessments', 'an array of LOSI assessments', input);
      results = [];
      for (const entry of scoreMany(input as Assessment[])) {
        if (entry.ok) results.push(entry.result);
        else unranked.push({ index: entry.index, city: entry.city, message: entry.message });
      }
    } else {
      const input: unknown = this.results ?? [];
      if (input instanceof InvalidJson) return String(input);
      if (!Array.isArray(input)) return mustBe('results', 'an array of LOSI results', input);
      for (const [index, result] of input.entries()) {
        const invalid = checkResult(result, `results[${index}]`);
        if (invalid) return invalid;
      }
      results = input as LosiResult[];
    }
    let summary: Summary;
    try {
      summary = summarize(results);
    } catch (error) {
      if (error instanceof LosiScoringError) return `${this.assessments != null ? 'assessments' : 'results'}${error.message}`;
      throw error;
    }
    const ranked = rank(results);
    const perRank = new Map<number, number>();
    for (const { rank: position } of ranked) perRank.set(position, (perRank.get(position) ?? 0) + 1);
    const rows = ranked.map((result) => ({ result, rank: result.rank, tied: (perRank.get(result.rank) ?? 0) > 1 }));
    this.#view = { rows, summary, unranked };
    return undefined;
  }

  /** The attributes' values, with their defaults when an attribute is removed. */
  get #sort(): RankingSortKey {
    return this.sort ?? 'rank';
  }

  get #direction(): RankingSortDirection {
    return this.direction ?? 'ascending';
  }

  /** The rows to show: filtered by level, in the chosen order (ties broken by rank, then city). */
  #visibleRows(rows: readonly Row[]): Row[] {
    const collator = new Intl.Collator(this.language);
    const cityOf = (row: Row) => row.result.city?.name ?? '';
    const key = this.#sort;
    const measure = (row: Row): number | string => {
      if (key === 'rank') return row.rank;
      if (key === 'city') return cityOf(row);
      if (key === 'value') return row.result.value;
      if (key === 'level') return levelRank(row.result.level);
      return row.result.criteria[key].value;
    };
    const sign = this.#direction === 'ascending' ? 1 : -1;
    return rows
      .filter((row) => !this.level || row.result.level === this.level)
      .sort((a, b) => {
        const left = measure(a);
        const right = measure(b);
        const primary = typeof left === 'string' ? collator.compare(left, right as string) : left - (right as number);
        return sign * primary || a.rank - b.rank || collator.compare(cityOf(a), cityOf(b));
      });
  }

  #sortBy(key: RankingSortKey): void {
    if (this.#sort === key) this.direction = this.#direction === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sort = key;
      // Names and ranks read from the top; measures start with the highest.
      this.direction = key === 'rank' || key === 'city' ? 'ascending' : 'descending';
    }
  }

  protected override renderContent(): unknown {
    const view = this.#view;
    if (!view) return nothing;
    const s = RANKING_STRINGS[this.language];
    const { rows, summary, unranked } = view;
    if (rows.length === 0 && unranked.length === 0) return html`<p class="empty">${s.empty}</p>`;
    const visible = this.#visibleRows(rows);
    const count = (n: number) => formatInteger(this.language, n);
    return html`
      ${rows.length > 0 ? html`${this.#renderStatistics(s, summary)} ${this.#renderDistribution(s, summary)} ${this.#renderFilter(s, summary)}` : nothing}
      <p part="count" class="count" role="status">${s.shown(count(visible.length), count(rows.length))}</p>
      ${rows.length > 0 ? this.#renderTable(s, visible, summary) : nothing}
      ${rows.length > 0 && visible.length === 0 ? html`<p class="none">${s.noneAtLevel}</p>` : nothing}
      ${unranked.length > 0
        ? html`<div part="unranked" class="unranked">
            <p>${s.notRanked}</p>
            <ul>
              ${unranked.map(
                (entry) =>
                  html`<li><span class="unranked-city">${entry.city ?? `#${count(entry.index + 1)}`}</span> <span lang="en">${entry.message}</span></li>`,
              )}
            </ul>
          </div>`
        : nothing}
    `;
  }

  #renderStatistics(s: RankingStrings, summary: Summary): TemplateResult {
    const value = (n: number | null) => (n === null ? '' : formatNumber(this.language, n));
    return html`<div part="statistics" class="statistics">
      <p><span class="label">${s.mean}</span> <strong>${value(summary.mean)}</strong></p>
      <p><span class="label">${s.median}</span> <strong>${value(summary.median)}</strong></p>
      ${summary.mode === 'applicable-only' ? html`<p class="note">${s.applicableOnly}</p>` : nothing}
    </div>`;
  }

  #renderDistribution(s: RankingStrings, summary: Summary): TemplateResult {
    return html`<figure part="distribution" class="distribution" aria-labelledby="distribution-caption">
      <figcaption id="distribution-caption">${s.distribution}</figcaption>
      <ul>
        ${LEVEL_IDS.map((level) => {
          const cities = summary.levels[level];
          const share = summary.count > 0 ? cities / summary.count : 0;
          return html`<li class="level-${level}" data-level=${level}>
            ${levelShape(level)}
            <span class="level-name">${LEVEL_NAMES[this.language][level]}</span>
            <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="track" width="100" height="10"></rect>
              ${cities > 0 ? svg`<rect class="fill" width=${(share * 100).toFixed(2)} height="10"></rect>` : nothing}
            </svg>
            <span class="level-count">${formatInteger(this.language, cities)} (${formatPercent(this.language, share)})</span>
          </li>`;
        })}
      </ul>
    </figure>`;
  }

  #renderFilter(s: RankingStrings, summary: Summary): TemplateResult {
    const count = (n: number) => formatInteger(this.language, n);
    return html`<div class="filter">
      <label for="level-filter">${s.filter}</label>
      <select
        part="filter"
        id="level-filter"
        @change=${(event: Event) => {
          this.level = (event.target as HTMLSelectElement).value as LevelId | '';
        }}
      >
        <option value="" ?selected=${!this.level}>${s.allLevels} (${count(summary.count)})</option>
        ${LEVEL_IDS.map(
          (level) =>
            html`<option value=${level} ?selected=${this.level === level}>${LEVEL_NAMES[this.language][level]} (${count(summary.levels[level])})</option>`,
        )}
      </select>
    </div>`;
  }

  /** True while the table is wider than its box: a hint says it scrolls (a shadow at the cut edge shows it too). */
  #tableCut = false;
  // Measured in the next frame: showing the hint changes sizes, which must not happen inside the observer's callback.
  readonly #resize = new ResizeObserver(() => requestAnimationFrame(() => this.#measure()));

  #measure(): void {
    const wrap = this.renderRoot.querySelector<HTMLElement>('.table-wrap');
    const cut = wrap !== null && wrap.scrollWidth > wrap.clientWidth + 1;
    if (cut !== this.#tableCut) {
      this.#tableCut = cut;
      this.requestUpdate();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const wrap = this.renderRoot.querySelector<HTMLElement>('.table-wrap');
    this.#resize.disconnect();
    if (wrap) {
      this.#resize.observe(wrap);
      const table = wrap.querySelector('table');
      if (table) this.#resize.observe(table);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  #renderTable(s: RankingStrings, rows: readonly Row[], summary: Summary): TemplateResult {
    const criteria = CRITERION_LABELS[this.language];
    const value = (n: number) => formatNumber(this.language, n);
    const header = (key: RankingSortKey, label: string, scope: 'col' = 'col') => {
      const sorted = this.#sort === key;
      return html`<th scope=${scope} aria-sort=${sorted ? this.#direction : nothing} class=${`column-${key}`}>
        <button part="sort-button" type="button" class="sort" data-sort=${key} @click=${() => this.#sortBy(key)}>
          <span>${label}</span>
          <svg class="sort-icon" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
            <path class=${sorted && this.#direction === 'ascending' ? 'arrow on' : 'arrow'} d="M5 1 9 6H1z"></path>
            <path class=${sorted && this.#direction === 'descending' ? 'arrow on' : 'arrow'} d="M5 13 1 8h8z"></path>
          </svg>
        </button>
      </th>`;
    };
    return html`${this.#tableCut ? html`<p class="scroll-hint" id="scroll-hint">${s.scrollHint}</p>` : nothing}
      <div class="table-wrap" role="region" aria-labelledby="caption" aria-describedby=${this.#tableCut ? 'scroll-hint' : nothing} tabindex="0">
      <table part="table">
        <caption id="caption">${s.caption(summary.edition ?? '')}</caption>
        <thead>
          <tr>
            ${header('rank', s.rank)} ${header('city', s.city)} ${header('value', s.value)} ${header('level', s.level)}
            ${CRITERION_IDS.map((id) => header(id, criteria[id]))}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ result, rank: position, tied }) => html`<tr part="row" class="level-${result.level}">
              <td class="rank">${formatInteger(this.language, position)}${tied ? html` <span class="tie">(${s.tied})</span>` : nothing}</td>
              <th scope="row" class="city">
                <span class="city-name">${result.city?.name ?? ''}</span>${result.city?.country
                  ? html` <span class="country">${result.city.country}</span>`
                  : nothing}
              </th>
              <td class="value">
                ${value(result.value)} ${result.complete === false
                  ? html`<span class="provisional">${s.provisional(formatInteger(this.language, result.answered), formatInteger(this.language, result.total))}</span>`
                  : nothing}
              </td>
              <td class="level"><span class="level-cell">${levelShape(result.level)}${LEVEL_NAMES[this.language][result.level]}</span></td>
              ${CRITERION_IDS.map((id) => html`<td class="criterion">${value(result.criteria[id].value)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
