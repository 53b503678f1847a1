import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CRITERION_LABELS } from '@losi/indicators/labels';
import { CRITERION_IDS, getStructure, type CriterionId, type EditionId } from '@losi/indicators/structure';
import { LosiElement } from '../../internal/losi-element.js';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { CompendiumRecord } from '@losi/indicators/toolkit';
import { LANGUAGE_NAMES, type Language } from '@losi/indicators/labels';
import type { LevelScheme } from '@losi/scoring';
import { formatInteger, formatNumber, formatPercent } from '../../internal/format.js';
import { adaptedLabel, checkIndicatorSet, checkLevelScheme, groupName, levelView, setTexts } from '../../internal/indicator-set.js';
import { renderGuidance } from '../../internal/indicator-guidance.js';
import type { EditionTexts, IndicatorTexts } from '../../internal/indicator-texts.js';
import { IndicatorTextsController } from '../../internal/controllers/indicator-texts-controller.js';
import { LiveAnnouncer } from '../../internal/controllers/live-announcer.js';
import { checkOneOf, mustBe } from '../../internal/validate.js';
import { CATALOGUE_STRINGS, type CatalogueStrings } from './losi-catalogue.strings.js';
import { catalogueStyles } from './losi-catalogue.styles.js';

/** How long the typed search must rest before the result count is announced. */
const ANNOUNCE_DELAY_MS = 600;

/** Lower case without accents or other combining marks, so `reseau` finds `réseau` and harakat do not matter. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Everything a search looks through for one indicator, folded once per language. */
function haystack(text: IndicatorTexts): string {
  return fold(
    [text.id, text.code ?? '', text.title, text.description, text.rationale, ...text.guidance, ...text.cases.flatMap((c) => [c.city, c.note])].join(
      '\n',
    ),
  );
}

/**
 * Browse and search the LOSI indicators of an edition, in the element's language: each with its criterion,
 * questionnaire code, description, and (expandable) why it matters, steps for a city that lacks it and
 * good-practice cases. Search matches every word typed, in any order, ignoring case and accents; the criterion
 * filter narrows the list. Indicator texts load lazily (nothing of them is in the component's bundle).
 *
 * @summary Browse and search the LOSI indicators, with guidance and cases, in seven languages.
 * @tagname losi-catalogue
 * @csspart search - The search landmark with the search field and the criterion filter.
 * @csspart field - The search field and the criterion select.
 * @csspart count - How many indicators are shown.
 * @csspart criterion - The section of one criterion.
 * @csspart indicator - One indicator (an `article`).
 * @csspart guidance - The expandable guidance and good practice of an indicator (a `<details>`).
 * @cssproperty --losi-catalogue-max-inline-size - Largest width of the catalogue. Default `60rem`.
 * @cssproperty --losi-color-accent - The guidance toggles.
 * @cssproperty --losi-color-surface-raised - The rule beside expanded guidance.
 */
export class LosiCatalogue extends LosiElement {
  static override styles = catalogueStyles;

  static override properties = {
    edition: { type: String, reflect: true },
    query: { type: String },
    criterion: { type: String },
    levels: { attribute: false },
    indicatorSet: { attribute: false },
    compendium: { attribute: false },
    caseCriterion: { attribute: 'case-criterion', type: String },
    caseCountry: { attribute: 'case-country', type: String },
    caseLanguage: { attribute: 'case-language', type: String },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The LOSI edition to browse: `2024` (default) or `2022` (whose catalogue is partial). */
  declare edition: EditionId;

  /** The search text; the field shows it and updates it as the user types. */
  declare query: string;

  /** A criterion id to show only its indicators (e.g. `technology`), or empty for all; the select updates it. */
  declare criterion: CriterionId | '';

  /** A level scheme whose bands are listed above the indicators (a set's own bands win over it). */
  declare levels: LevelScheme | undefined;

  /**
   * A country project's indicator set (parsed with `parseIndicatorSet`) to browse instead of the edition (its
   * `basedOn` edition supplies the texts): its groups, its indicators under its ids and titles, and for each the
   * official indicator it maps to or that the project added it; headed "<set> (adapted from LOSI <edition>)".
   * `criterion` then filters by the set's group ids.
   */
  declare indicatorSet: IndicatorSet | undefined;

  /** Level of the criterion headings (1 to 5, default 2); indicator titles are one level below. */
  declare headingLevel: number;

  /**
   * Further compendium records to show with the cases the toolkit's guides cite (those come with the indicator texts),
   * e.g. cases cities submitted with `<losi-case-form>` (`status: 'submitted'`); records of indicators not shown are left out.
   */
  declare compendium: readonly CompendiumRecord[] | undefined;

  /** Compendium filters (the selects update them): a criterion (or set group) id, an ISO alpha-3 code, a language; empty for all. */
  declare caseCriterion: string;
  declare caseCountry: string;
  declare caseLanguage: string;

  #haystacks = new Map<string, string>();
  /** The texts last indexed for search (the edition's, or a set's built from them). */
  #indexed: EditionTexts | undefined;
  readonly #texts = new IndicatorTextsController(this, () => undefined);
  readonly #announcer = new LiveAnnouncer(this, ANNOUNCE_DELAY_MS);

  constructor() {
    super();
    this.edition = '2024';
    this.query = '';
    this.criterion = '';
    this.headingLevel = 2;
    this.caseCriterion = '';
    this.caseCountry = '';
    this.caseLanguage = '';
  }

  protected override prepare(_changed: PropertyValues<this>): string | undefined {
    const set = this.indicatorSet ?? undefined;
    const problem =
      (set ? checkIndicatorSet(set, 'indicatorSet') : undefined) ??
      checkLevelScheme(this.levels ?? undefined, 'levels') ??
      (getStructure(this.#edition) ? undefined : mustBe('edition', '"2024" or "2022"', this.edition)) ??
      (this.criterion ? checkOneOf('criterion', this.criterion, set ? set.groups.map((group) => group.id) : CRITERION_IDS) : undefined) ??
      (Number.isInteger(this.#headingLevel) && this.#headingLevel >= 1 && this.#headingLevel <= 5
        ? undefined
        : mustBe('heading-level', 'a whole number from 1 to 5', this.headingLevel)) ??
      (this.query == null || typeof this.query === 'string' ? undefined : mustBe('query', 'text', this.query)) ??
      (this.compendium == null || Array.isArray(this.compendium) ? undefined : mustBe('compendium', 'an array of compendium records', this.compendium));
    if (problem) return problem;
    this.#texts.load(this.language, this.#edition);
    return this.#texts.problem;
  }

  /** The attributes' values, with their defaults when an attribute is removed. */
  get #edition(): EditionId {
    return this.indicatorSet?.basedOn ?? this.edition ?? '2024';
  }

  /** The texts shown: the edition's, or the set's built from them (once per set and texts), indexed for search. */
  get #shownTexts(): EditionTexts | undefined {
    const texts = this.#texts.texts;
    const set = this.indicatorSet;
    if (!texts) return undefined;
    const shown = set ? setTexts(texts, set) : texts;
    if (this.#indexed !== shown) {
      this.#indexed = shown;
      this.#haystacks = new Map([...shown.indicators.values()].map((text) => [text.id, haystack(text)]));
    }
    return shown;
  }

  get #headingLevel(): number {
    return this.headingLevel ?? 2;
  }

  /** The indicators that match the search and the filter, per criterion, in catalogue order. */
  #matches(texts: EditionTexts): Map<CriterionId, IndicatorTexts[]> {
    const words = fold(this.query ?? '').split(/\s+/).filter(Boolean);
    const groups = new Map<CriterionId, IndicatorTexts[]>();
    // A set lists its groups in its own order (an indicator's `criterion` holds its group id there).
    for (const group of this.indicatorSet?.groups ?? []) groups.set(group.id as CriterionId, []);
    for (const text of texts.indicators.values()) {
      if (this.criterion && text.criterion !== this.criterion) continue;
      const hay = this.#haystacks.get(text.id) ?? '';
      if (!words.every((word) => hay.includes(word))) continue;
      const group = groups.get(text.criterion) ?? [];
      group.push(text);
      groups.set(text.criterion, group);
    }
    for (const [id, group] of groups) if (group.length === 0) groups.delete(id);
    return groups;
  }

  #onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#scheduleAnnouncement();
  }

  #onCriterion(event: Event): void {
    this.criterion = (event.target as HTMLSelectElement).value as CriterionId | '';
    this.#scheduleAnnouncement();
  }

  /** The live region speaks the count once typing pauses, not at every key. */
  #scheduleAnnouncement(selector = '[part="count"]'): void {
    this.#announcer.schedule(() => this.renderRoot.querySelector(selector)?.textContent?.trim() ?? '');
  }

  protected override renderContent(): unknown {
    const s = CATALOGUE_STRINGS[this.language];
    const texts = this.#shownTexts;
    if (!texts) return html`<p class="loading" role="status">${s.loading}</p>`;
    const set = this.indicatorSet;
    const lang = this.language;
    const groupLabel = (id: string) => (set ? groupName(set, id, lang) : { name: CRITERION_LABELS[lang][id as CriterionId], lang });
    const groups = this.#matches(texts);
    const shown = [...groups.values()].reduce((sum, group) => sum + group.length, 0);
    const count = (n: number) => formatInteger(this.language, n);
    const level = this.#headingLevel;
    const filterIds: readonly string[] = set ? set.groups.map((group) => group.id) : CRITERION_IDS;
    return html`
      ${set ? html`<p part="adapted" class="adapted">${adaptedLabel(lang, set.name, set.basedOn)}</p>` : nothing}
      ${this.#renderLevels(s)}
      <div part="search" class="search" role="search" aria-label=${s.searchRegion}>
        <div class="field">
          <label for="query">${s.search}</label>
          <input
            part="field"
            id="query"
            type="search"
            autocomplete="off"
            aria-describedby="query-hint"
            .value=${this.query ?? ''}
            @input=${this.#onSearch}
          />
          <p class="hint" id="query-hint">${s.searchHint}</p>
        </div>
        <div class="field">
          <label for="criterion">${s.criterion}</label>
          <select part="field" id="criterion" @change=${this.#onCriterion}>
            <option value="" ?selected=${!this.criterion}>${s.allCriteria}</option>
            ${filterIds.map((id) => html`<option value=${id} ?selected=${this.criterion === id}>${groupLabel(id).name}</option>`)}
          </select>
        </div>
      </div>
      <p part="count" class="count">${s.shown(count(shown), count(texts.indicators.size))}</p>
      ${this.#announcer.render()}
      ${shown === 0 ? html`<p class="none">${s.none}</p>` : nothing}
      <div class="results">
        ${[...groups].map(
          ([criterion, group]) => html`<section part="criterion" class="criterion" aria-labelledby="criterion-${criterion}">
            <div class="criterion-heading" role="heading" aria-level=${level} id="criterion-${criterion}">
              <span lang=${groupLabel(criterion).lang}>${groupLabel(criterion).name}</span>
              <span class="criterion-count">(${count(group.length)})</span>
            </div>
            <ol class="indicators">
              ${group.map((text) => this.#renderIndicator(s, text, level + 1))}
            </ol>
          </section>`,
        )}
      </div>
      ${this.#renderCompendium(s, texts, level)}
    `;
  }

  #renderIndicator(s: CatalogueStrings, text: IndicatorTexts, level: number): TemplateResult {
    const en = (field: 'title' | 'description') => (text.untranslated.has(field) ? 'en' : nothing);
    return html`<li>
      <article part="indicator" class="indicator" aria-labelledby="title-${text.id}" data-id=${text.id}>
        <div class="title" role="heading" aria-level=${level} id="title-${text.id}" lang=${en('title')}>${text.title}</div>
        ${this.indicatorSet ? this.#renderMapping(s, text.id) : text.code ? html`<p class="code">${s.code} ${text.code}</p>` : nothing}
        <p class="description" lang=${en('description')}>${text.description}</p>
        ${this.#renderCasesLine(s, text)} ${renderGuidance(text, s)}
      </article>
    </li>`;
  }

  /** For a set's indicator: the official indicator it maps to (code, else id), or that the project added it. */
  #renderMapping(s: CatalogueStrings, id: string): TemplateResult {
    const official = this.indicatorSet?.indicators.find((indicator) => indicator.id === id)?.official;
    return html`<p part="mapping" class="code">${official ? s.officialIndicator(official.code ?? official.id) : s.ownIndicator}</p>`;
  }

  /** The bands of the scheme in force (the set's, else `levels`), highest first; nothing for the UN default. */
  #renderLevels(s: CatalogueStrings): TemplateResult | typeof nothing {
    const scheme = this.indicatorSet?.levels ?? this.levels;
    if (!scheme) return nothing;
    const lang = this.language;
    return html`<section part="levels" class="levels" aria-labelledby="levels-title">
      <div class="levels-title" id="levels-title" role="heading" aria-level=${this.#headingLevel}>${s.levels}</div>
      <ul>
        ${scheme.bands.map(
          (band) => html`<li>
            <span class="band-name" lang=${band.labels && !band.labels[lang] ? 'en' : nothing}>${levelView(band.id, scheme, lang).name}</span>: ${s.band(formatPercent(lang, band.min), formatPercent(lang, band.max))}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /** Every case of the indicators shown: those the guides cite (with the texts), then the `compendium` given. */
  #records(texts: EditionTexts): CompendiumRecord[] {
    const cited: CompendiumRecord[] = [...texts.indicators.values()].flatMap((text) =>
      text.cases.map((example) => ({
        id: `${text.id}--${example.city}`,
        indicators: [text.id],
        codes: text.code ? [text.code] : [],
        city: example.city,
        country: example.country,
        title: text.title,
        link: null,
        description: example.note,
        language: 'en' as Language,
        status: 'cited-in-toolkit-guide' as const,
        source: 'Local E-Government Toolkit, indicator guides',
      })),
    );
    const given = (this.compendium ?? []).filter((record) => record.indicators.some((id) => texts.indicators.has(id)));
    return [...cited, ...given];
  }

  #renderCasesLine(s: CatalogueStrings, text: IndicatorTexts): TemplateResult | typeof nothing {
    const submitted = (this.compendium ?? []).filter((record) => record.indicators.includes(text.id));
    const cities = [...text.cases, ...submitted].map((example) => `${example.city} (${example.country})`);
    if (cities.length === 0) return nothing;
    const list = new Intl.ListFormat(this.language, { type: 'conjunction' }).format(cities);
    return html`<p part="cases" class="cases-line">${s.casesOf(list)}</p>`;
  }

  #onCaseFilter(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const value = select.value;
    if (select.id === 'case-criterion') this.caseCriterion = value;
    else if (select.id === 'case-country') this.caseCountry = value;
    else this.caseLanguage = value;
    this.#scheduleAnnouncement('.cases-count');
  }

  /** The compendium, filtered by criterion (or set group), country and language. */
  #renderCompendium(s: CatalogueStrings, texts: EditionTexts, level: number): TemplateResult {
    const lang = this.language;
    const records = this.#records(texts);
    const criterionOf = (record: CompendiumRecord) => texts.indicators.get(record.indicators.find((id) => texts.indicators.has(id))!)?.criterion;
    const shown = records.filter(
      (record) =>
        (!this.caseCriterion || criterionOf(record) === this.caseCriterion) &&
        (!this.caseCountry || record.country === this.caseCountry) &&
        (!this.caseLanguage || record.language === this.caseLanguage),
    );
    const countries = [...new Set(records.map((record) => record.country))].sort();
    const languages = [...new Set(records.map((record) => record.language))];
    const groupIds: readonly string[] = this.indicatorSet ? this.indicatorSet.groups.map((group) => group.id) : CRITERION_IDS;
    const groupText = (id: string) => (this.indicatorSet ? groupName(this.indicatorSet, id, lang).name : CRITERION_LABELS[lang][id as CriterionId]);
    const count = (n: number) => formatInteger(lang, n);
    return html`<section part="compendium" class="compendium" aria-labelledby="compendium-title">
      <div class="compendium-heading" role="heading" aria-level=${level} id="compendium-title">${s.compendium}</div>
      <p class="hint">${s.compendiumHint}</p>
      <div class="search">
        <div class="field">
          <label for="case-criterion">${s.criterion}</label>
          <select part="field" id="case-criterion" @change=${this.#onCaseFilter}>
            <option value="" ?selected=${!this.caseCriterion}>${s.allCriteria}</option>
            ${groupIds.map((id) => html`<option value=${id} ?selected=${this.caseCriterion === id}>${groupText(id)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="case-country">${s.country}</label>
          <select part="field" id="case-country" @change=${this.#onCaseFilter}>
            <option value="" ?selected=${!this.caseCountry}>${s.allCountries}</option>
            ${countries.map((code) => html`<option value=${code} ?selected=${this.caseCountry === code}>${code}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="case-language">${s.language}</label>
          <select part="field" id="case-language" @change=${this.#onCaseFilter}>
            <option value="" ?selected=${!this.caseLanguage}>${s.allLanguages}</option>
            ${languages.map((code) => html`<option value=${code} lang=${code} ?selected=${this.caseLanguage === code}>${LANGUAGE_NAMES[code]}</option>`)}
          </select>
        </div>
      </div>
      <p class="count cases-count">${s.casesShown(count(shown.length), count(records.length))}</p>
      ${shown.length === 0
        ? html`<p class="none">${s.noCases}</p>`
        : html`<ul class="cases">
            ${shown.map(
              (record) => html`<li part="case" class="case" data-id=${record.id}>
                <span class="case-city">${record.city} (${record.country})</span>
                <span lang=${record.status === 'submitted' ? record.language : nothing}>${record.title}</span>
                <span class="hint">${record.status === 'submitted' ? s.submitted : s.cited}</span>
                <p lang=${record.language}>${record.description}</p>
                ${record.link && /^https?:\/\//.test(record.link)
                  ? html`<a href=${record.link} rel="noopener noreferrer"><bdi dir="ltr">${record.link}</bdi></a>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    </section>`;
  }
}
