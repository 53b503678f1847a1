import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { RangeChangedEvent, VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { CRITERION_LABELS, LEVEL_IDS, LEVEL_NAMES, type LevelId } from '@losi/indicators/labels';
import { CRITERION_IDS, type Assessment, type CriterionId } from '@losi/indicators/structure';
import { LosiScoringError, UN_LEVEL_SCHEME, rank, scoreMany, summarize, type LevelScheme, type LosiResult, type Summary } from '@losi/scoring';
import { LosiElement } from '../../internal/losi-element.js';
import { formatInteger, formatNumber, formatPercent } from '../../internal/format.js';
import { InvalidJson, jsonAttribute } from '../../internal/json-attribute.js';
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

/** How one band of the level scheme is named and drawn. */
interface Band {
  readonly id: string;
  /** The UN level whose shape and colour draw it. */
  readonly look: LevelId;
  /** 0 for the highest band. */
  readonly order: number;
}

/** What `prepare()` derives from the inputs. */
interface RankingView {
  readonly rows: readonly Row[];
  readonly summary: Summary<string>;
  readonly unranked: readonly Unranked[];
  readonly bands: ReadonlyMap<string, Band>;
}

/** How many rows Page Up and Page Down move the focus by. */
const PAGE_ROWS = 10;

/**
 * The ranking of many LOSI results: a table sortable by every column (buttons in the headers, `aria-sort` on the
 * sorted one), the distribution of cities per level, a filter by level, and the mean and median.
 *
 * Give it `results` from `@losi/scoring` (`score`, `scoreMany`), or `assessments`, which it scores with
 * `scoreMany` (an assessment that cannot be scored is listed apart, with its problem). Ranks, ties (1, 1, 3),
 * levels and statistics all come from `@losi/scoring`; cities sharing a rank are marked as tied.
 * All results must be of one edition, one scoring mode and one level scheme (`levels`, default the UN's).
 *
 * Only the rows in view (and a few around them) are in the document, through `@lit-labs/virtualizer`, so ten
 * thousand cities render as fast as fifty. The table keeps its semantics with ARIA roles (`table`, `rowgroup`,
 * `row`, `columnheader`, `rowheader`, `cell`): `aria-rowcount` gives the number of rows and each rendered row
 * its `aria-rowindex`. The table scrolls in its own box (`--losi-ranking-max-block-size`) under a header that
 * stays in view. Tab reaches the rows; Arrow keys, Page Up, Page Down, Home and End move between them, and
 * scrolling away from the focused row hands the focus to the table's box rather than losing it.
 *
 * @summary Many LOSI results: sortable ranking table, level distribution and filter by level.
 * @tagname losi-ranking
 * @csspart statistics - The mean and median.
 * @csspart distribution - The cities per level (a `figure`).
 * @csspart filter - The level filter (a `select`).
 * @csspart count - How many cities are shown.
 * @csspart table - The ranking table (`role="table"`).
 * @csspart sort-button - A column header's sort button.
 * @csspart row - A row of the table (`role="row"`).
 * @csspart unranked - The list of assessments that could not be scored.
 * @cssproperty --losi-ranking-max-inline-size - Largest width of the ranking. Default `60rem`.
 * @cssproperty --losi-ranking-max-block-size - Largest height of the table's scrolling box. Default `36rem`.
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
    levels: { attribute: false },
  };

  /** Results from `@losi/scoring` to rank (also accepted as a JSON attribute). */
  declare results: readonly LosiResult[] | undefined;

  /** Assessments to score with `@losi/scoring` and rank, instead of `results` (also accepted as a JSON attribute). */
  declare assessments: readonly Assessment[] | undefined;

  /**
   * Show only the cities of this level (`very-high`, `high`, `middle`, `low`, or a band id of `levels`), or all
   * when empty; the filter updates it.
   */
  declare level: string;

  /** The sorted column: `rank` (default), `city`, `value`, `level` or a criterion id; the headers update it. */
  declare sort: RankingSortKey;

  /** `ascending` (default, rank 1 first) or `descending`; the headers update it. */
  declare direction: RankingSortDirection;

  /**
   * The level scheme of the results' levels (default: the UN's), e.g. `ARGENTINE_MUNICIPAL_LEVELS` from
   * `@losi/scoring`: the distribution, the filter and the level column use its bands' names, each drawn with the
   * UN level it borrows (`look`). Assessments are scored with it; results must have been scored with it.
   */
  declare levels: LevelScheme | undefined;

  #view: RankingView | undefined;
  /** The rows in table order, as last rendered. */
  #shown: readonly Row[] = [];
  /** What `#shown` was sorted and filtered from: the same array is given to the virtualizer while they stay. */
  #shownKey: readonly unknown[] = [];
  /** Index (in `#shown`) of the row Tab lands on and the arrow keys move from. */
  #activeRow = 0;

  constructor() {
    super();
    this.level = '';
    this.sort = 'rank';
    this.direction = 'ascending';
  }

  protected override prepare(_changed: PropertyValues<this>): string | undefined {
    this.#view = undefined;
    const levels = this.levels;
    if (levels != null && (typeof levels !== 'object' || !Array.isArray(levels.bands) || levels.bands.length === 0)) {
      return mustBe('levels', 'a level scheme with bands (such as ARGENTINE_MUNICIPAL_LEVELS)', levels);
    }
    const scheme = (levels ?? UN_LEVEL_SCHEME) as LevelScheme;
    const problem =
      (this.level ? checkOneOf('level', this.level, scheme.bands.map((band) => band.id)) : undefined) ??
      checkOneOf('sort', this.#sort, SORT_KEYS) ??
      checkOneOf('direction', this.#direction, DIRECTIONS) ??
      (this.results != null && this.assessments != null ? 'give results or assessments, not both' : undefined);
    if (problem) return problem;
    // Scoring, checking and ranking thousands of cities is the costly part: done again only for new inputs.
    const cached = this.#derived;
    if (!cached || cached.results !== this.results || cached.assessments !== this.assessments || cached.levels !== levels) {
      this.#derived = { results: this.results, assessments: this.assessments, levels, outcome: this.#derive(scheme) };
    }
    const outcome = this.#derived!.outcome;
    if (typeof outcome === 'string') return outcome;
    this.#view = outcome;
    return undefined;
  }

  /** The last inputs and what was derived from them: the view, or the problem found. */
  #derived:
    | { readonly results: unknown; readonly assessments: unknown; readonly levels: unknown; readonly outcome: RankingView | string }
    | undefined;

  #derive(scheme: LevelScheme): RankingView | string {
    const bandIds = scheme.bands.map((band) => band.id);
    let results: LosiResult[];
    const unranked: Unranked[] = [];
    if (this.assessments != null) {
      const input: unknown = this.assessments;
      if (input instanceof InvalidJson) return String(input);
      if (!Array.isArray(input)) return mustBe('assessments', 'an array of LOSI assessments', input);
      results = [];
      for (const entry of scoreMany(input as Assessment[], this.levels ? { levels: scheme } : undefined)) {
        if (entry.ok) results.push(entry.result as LosiResult);
        else unranked.push({ index: entry.index, city: entry.city, message: entry.message });
      }
    } else {
      const input: unknown = this.results ?? [];
      if (input instanceof InvalidJson) return String(input);
      if (!Array.isArray(input)) return mustBe('results', 'an array of LOSI results', input);
      for (const [index, result] of input.entries()) {
        // checkResult knows the UN's level ids; a result of another scheme is checked against that scheme's bands.
        const invalid = this.levels
          ? (checkResult({ ...(result as object), level: 'low' }, `results[${index}]`) ??
            checkOneOf(`results[${index}].level`, (result as LosiResult).level, bandIds))
          : checkResult(result, `results[${index}]`);
        if (invalid) return invalid;
      }
      results = input as LosiResult[];
    }
    let summary: Summary<string>;
    try {
      summary = summarize(results as LosiResult<string>[], scheme);
    } catch (error) {
      if (error instanceof LosiScoringError) return `${this.assessments != null ? 'assessments' : 'results'}${error.message}`;
      throw error;
    }
    const ranked = rank(results);
    const perRank = new Map<number, number>();
    for (const { rank: position } of ranked) perRank.set(position, (perRank.get(position) ?? 0) + 1);
    const rows = ranked.map((result) => ({ result, rank: result.rank, tied: (perRank.get(result.rank) ?? 0) > 1 }));
    const bands = new Map(scheme.bands.map((band, order) => [band.id, { id: band.id, look: band.look, order }]));
    return { rows, summary, unranked, bands };
  }

  /** The attributes' values, with their defaults when an attribute is removed. */
  get #sort(): RankingSortKey {
    return this.sort ?? 'rank';
  }

  get #direction(): RankingSortDirection {
    return this.direction ?? 'ascending';
  }

  /** The name of a band of the level scheme, in the element's language. */
  #levelName(id: string): string {
    const band = (this.levels ?? UN_LEVEL_SCHEME).bands.find((candidate) => candidate.id === id);
    if (band?.labels) return band.labels[this.language] ?? band.labels.en;
    return LEVEL_NAMES[this.language][id as LevelId] ?? id;
  }

  /** The rows to show: filtered by level, in the chosen order (ties broken by rank, then city). */
  #visibleRows(view: RankingView): Row[] {
    const collator = new Intl.Collator(this.language);
    const cityOf = (row: Row) => row.result.city?.name ?? '';
    const key = this.#sort;
    const measure = (row: Row): number | string => {
      if (key === 'rank') return row.rank;
      if (key === 'city') return cityOf(row);
      if (key === 'value') return row.result.value;
      // Higher bands first when descending, as for the other measures.
      if (key === 'level') return -(view.bands.get(row.result.level)?.order ?? 0);
      return row.result.criteria[key].value;
    };
    const sign = this.#direction === 'ascending' ? 1 : -1;
    return view.rows
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new order or filter starts the keyboard at the top of the table.
    if (changed.has('results') || changed.has('assessments') || changed.has('level') || changed.has('sort') || changed.has('direction')) this.#activeRow = 0;
  }

  protected override renderContent(): unknown {
    const view = this.#view;
    if (!view) return nothing;
    const s = RANKING_STRINGS[this.language];
    const { rows, summary, unranked } = view;
    if (rows.length === 0 && unranked.length === 0) return html`<p class="empty">${s.empty}</p>`;
    const key = [view, this.#sort, this.#direction, this.level, this.language];
    if (this.#shownKey.length !== key.length || key.some((part, index) => part !== this.#shownKey[index])) {
      this.#shown = this.#visibleRows(view);
      this.#shownKey = key;
    }
    const visible = this.#shown;
    const count = (n: number) => formatInteger(this.language, n);
    return html`
      ${rows.length > 0 ? html`${this.#renderStatistics(s, summary)} ${this.#renderDistribution(s, view)} ${this.#renderFilter(s, view)}` : nothing}
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

  #renderStatistics(s: RankingStrings, summary: Summary<string>): TemplateResult {
    const value = (n: number | null) => (n === null ? '' : formatNumber(this.language, n));
    return html`<div part="statistics" class="statistics">
      <p><span class="label">${s.mean}</span> <strong>${value(summary.mean)}</strong></p>
      <p><span class="label">${s.median}</span> <strong>${value(summary.median)}</strong></p>
      ${summary.mode === 'applicable-only' ? html`<p class="note">${s.applicableOnly}</p>` : nothing}
    </div>`;
  }

  #renderDistribution(s: RankingStrings, { summary, bands }: RankingView): TemplateResult {
    return html`<figure part="distribution" class="distribution" aria-labelledby="distribution-caption">
      <figcaption id="distribution-caption">${s.distribution}</figcaption>
      <ul>
        ${[...bands.values()].map(({ id, look }) => {
          const cities = summary.levels[id] ?? 0;
          const share = summary.count > 0 ? cities / summary.count : 0;
          return html`<li class="level-${look}" data-level=${id}>
            ${levelShape(look)}
            <span class="level-name">${this.#levelName(id)}</span>
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

  #renderFilter(s: RankingStrings, { summary, bands }: RankingView): TemplateResult {
    const count = (n: number) => formatInteger(this.language, n);
    return html`<div class="filter">
      <label for="level-filter">${s.filter}</label>
      <select
        part="filter"
        id="level-filter"
        @change=${(event: Event) => {
          this.level = (event.target as HTMLSelectElement).value;
        }}
      >
        <option value="" ?selected=${!this.level}>${s.allLevels} (${count(summary.count)})</option>
        ${[...bands.keys()].map(
          (id) => html`<option value=${id} ?selected=${this.level === id}>${this.#levelName(id)} (${count(summary.levels[id] ?? 0)})</option>`,
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
    // The caption is as wide as the table's box, and its size changes with nothing else: observing the box or
    // the table would see their height change while the virtualizer places rows, inside its own observer's
    // loop, and the browser would report "ResizeObserver loop completed with undelivered notifications".
    const caption = this.renderRoot.querySelector<HTMLElement>('.caption');
    this.#resize.disconnect();
    if (caption) this.#resize.observe(caption);
    requestAnimationFrame(() => this.#measure());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  /** The virtualizer of the table body, once rendered. */
  get #virtualizer() {
    return this.renderRoot.querySelector<HTMLElement & { [virtualizerRef]?: { layoutComplete: Promise<void> } }>('.body')?.[virtualizerRef];
  }

  /** Also waits for the virtualizer to place the rows in view (it renders them a frame or two after Lit). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const virtualizer = this.#virtualizer;
    if (virtualizer && this.#shown.length > 0) {
      // layoutComplete settles only when a layout is under way; a few frames show there is none.
      const frames = new Promise<void>((resolve) => {
        let left = 4;
        const tick = () => (--left === 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      });
      await Promise.race([virtualizer.layoutComplete.catch(() => undefined), frames]);
    }
    return result;
  }

  #rowElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.body [data-index="${index}"]`);
  }

  /** Moves the focus to row `index` (of the rows shown), bringing it into the document and into view first. */
  async #focusRow(index: number): Promise<void> {
    const target = Math.max(0, Math.min(this.#shown.length - 1, index));
    this.#activeRow = target;
    this.#moving = true;
    try {
      await this.#bringRow(target);
    } finally {
      this.#moving = false;
    }
  }

  async #bringRow(target: number): Promise<void> {
    this.requestUpdate();
    let row = this.#rowElement(target);
    if (!row) {
      const body = this.renderRoot.querySelector<HTMLElement & { [virtualizerRef]?: { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined } }>('.body');
      body?.[virtualizerRef]?.element(target)?.scrollIntoView({ block: 'nearest' });
      for (let frame = 0; frame < 10 && !row; frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        row = this.#rowElement(target);
      }
    }
    await this.updateComplete;
    row = this.#rowElement(target);
    if (!row) return;
    // Scrolled by hand, vertically only: the browser's own scrolling would also move the table sideways, and
    // would leave the row under the header that stays on top.
    row.focus({ preventScroll: true });
    const wrap = this.renderRoot.querySelector<HTMLElement>('.table-wrap')!;
    const head = this.renderRoot.querySelector<HTMLElement>('.head')!;
    const box = wrap.getBoundingClientRect();
    const top = box.top + wrap.clientTop + head.offsetHeight;
    const bottom = box.top + wrap.clientTop + wrap.clientHeight;
    const place = row.getBoundingClientRect();
    if (place.top < top) wrap.scrollTop -= top - place.top;
    else if (place.bottom > bottom) wrap.scrollTop += place.bottom - bottom;
  }

  readonly #onRowKey = (event: KeyboardEvent): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="row"][data-index]');
    if (!row || event.altKey || event.metaKey) return;
    const index = Number(row.dataset.index);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE_ROWS,
      PageUp: index - PAGE_ROWS,
      Home: 0,
      End: this.#shown.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    void this.#focusRow(target);
  };

  readonly #onRowFocus = (event: FocusEvent): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="row"][data-index]');
    if (row) this.#activeRow = Number(row.dataset.index);
  };

  /** A focused row scrolled out of the document would drop the focus on the page: the table's box keeps it. */
  readonly #onRowBlur = (event: FocusEvent): void => {
    const row = event.target as HTMLElement;
    queueMicrotask(() => {
      if (!row.isConnected && this.shadowRoot?.activeElement == null) this.#keepFocus();
    });
  };

  #keepFocus(): void {
    this.renderRoot.querySelector<HTMLElement>('.table-wrap')?.focus({ preventScroll: true });
  }

  /** The rows in the document and the first one in view, as the virtualizer last reported them. */
  #range = { first: 0, last: -1 };
  #firstVisible = 0;
  /** True while `#focusRow` brings a row into the document: the range then lags behind the active row. */
  #moving = false;

  readonly #onVisibility = (event: VisibilityChangedEvent): void => {
    this.#firstVisible = event.first;
  };

  readonly #onRange = (event: RangeChangedEvent): void => {
    this.#range = { first: event.first, last: event.last };
    // Rows placed may have brought a vertical scroll bar, which narrows the box.
    requestAnimationFrame(() => this.#measure());
    if (this.#inRange(this.#activeRow)) return;
    // Checked once the new range is in the document (Chrome drops the focus of a removed element without a blur).
    requestAnimationFrame(() => {
      if (this.shadowRoot?.activeElement == null && this.#hadRowFocus) this.#keepFocus();
      if (this.#moving || this.#inRange(this.#activeRow)) return;
      // Tab then lands on the first row in view rather than skipping the rows.
      const { first, last } = this.#range;
      this.#activeRow = Math.min(Math.max(this.#firstVisible, first), Math.max(first, last));
      this.requestUpdate();
    });
  };

  #inRange(index: number): boolean {
    return index >= this.#range.first && index <= this.#range.last;
  }

  /** True while the focus is on a row (set by focusin, cleared by a focusout to somewhere else that exists). */
  #hadRowFocus = false;

  readonly #trackFocus = (event: FocusEvent): void => {
    const inRow = (node: EventTarget | null) => node instanceof HTMLElement && node.closest('[role="row"][data-index]') !== null;
    if (event.type === 'focusin') this.#hadRowFocus = inRow(event.target);
    else if (event.relatedTarget !== null) this.#hadRowFocus = inRow(event.relatedTarget);
  };

  #renderRow(s: RankingStrings, { result, rank: position, tied }: Row, index: number): TemplateResult {
    const value = (n: number) => formatNumber(this.language, n);
    const look = this.#view?.bands.get(result.level)?.look ?? 'low';
    return html`<div
      role="row"
      part="row"
      class="row level-${look}"
      aria-rowindex=${index + 2}
      data-index=${index}
      tabindex=${index === this.#activeRow ? '0' : '-1'}
    >
      <div role="cell" class="rank">${formatInteger(this.language, position)}${tied ? html` <span class="tie">(${s.tied})</span>` : nothing}</div>
      <div role="rowheader" class="city">
        <span class="city-name">${result.city?.name ?? ''}</span>${result.city?.country ? html` <span class="country">${result.city.country}</span>` : nothing}
      </div>
      <div role="cell" class="value">
        ${value(result.value)} ${result.complete === false
          ? html`<span class="provisional">${s.provisional(formatInteger(this.language, result.answered), formatInteger(this.language, result.total))}</span>`
          : nothing}
      </div>
      <div role="cell" class="level"><span class="level-cell">${levelShape(look)}${this.#levelName(result.level)}</span></div>
      ${CRITERION_IDS.map((id) => html`<div role="cell" class="criterion">${value(result.criteria[id].value)}</div>`)}
    </div>`;
  }

  #renderTable(s: RankingStrings, rows: readonly Row[], summary: Summary<string>): TemplateResult {
    const criteria = CRITERION_LABELS[this.language];
    const header = (key: RankingSortKey, label: string) => {
      const sorted = this.#sort === key;
      return html`<div role="columnheader" aria-sort=${sorted ? this.#direction : nothing} class=${`column-${key}`}>
        <button part="sort-button" type="button" class="sort" data-sort=${key} @click=${() => this.#sortBy(key)}>
          <span>${label}</span>
          <svg class="sort-icon" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
            <path class=${sorted && this.#direction === 'ascending' ? 'arrow on' : 'arrow'} d="M5 1 9 6H1z"></path>
            <path class=${sorted && this.#direction === 'descending' ? 'arrow on' : 'arrow'} d="M5 13 1 8h8z"></path>
          </svg>
        </button>
      </div>`;
    };
    return html`<p class="caption" id="caption">${s.caption(summary.edition ?? '')}</p>
      ${this.#tableCut ? html`<p class="scroll-hint" id="scroll-hint">${s.scrollHint}</p>` : nothing}
      <div
        class="table-wrap"
        role="region"
        aria-labelledby="caption"
        aria-describedby=${this.#tableCut ? 'scroll-hint' : nothing}
        tabindex="0"
        @keydown=${this.#onRowKey}
        @focusin=${(event: FocusEvent) => {
          this.#trackFocus(event);
          this.#onRowFocus(event);
        }}
        @focusout=${(event: FocusEvent) => {
          this.#trackFocus(event);
          this.#onRowBlur(event);
        }}
      >
        <div part="table" class="table" role="table" aria-labelledby="caption" aria-rowcount=${rows.length + 1}>
          <div role="rowgroup" class="head">
            <div role="row" class="row" aria-rowindex="1">
              ${header('rank', s.rank)} ${header('city', s.city)} ${header('value', s.value)} ${header('level', s.level)}
              ${CRITERION_IDS.map((id) => header(id, criteria[id]))}
            </div>
          </div>
          <div role="rowgroup" class="body" @rangeChanged=${this.#onRange} @visibilityChanged=${this.#onVisibility}>
            ${virtualize({
              items: rows as Row[],
              layout: flow(),
              keyFunction: (row: Row) => row.result,
              renderItem: (row: Row, index: number) => this.#renderRow(s, row, index),
            })}
          </div>
        </div>
      </div>`;
  }
}
