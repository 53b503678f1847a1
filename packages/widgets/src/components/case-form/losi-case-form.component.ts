import { html, nothing, type TemplateResult } from 'lit';
import { CRITERION_LABELS, LANGUAGES, LANGUAGE_NAMES, type Language } from '@losi/indicators/labels';
import type { CaseSubmission } from '@losi/indicators/case-submission';
import { CRITERION_IDS } from '@losi/indicators/structure';
import { LosiElement } from '../../internal/losi-element.js';
import { loadCaseSubmissionParser } from '../../internal/assessment-parser.js';
import { downloadText, fileNamePart } from '../../internal/download.js';
import { formatInteger } from '../../internal/format.js';
import { IndicatorTextsController } from '../../internal/controllers/indicator-texts-controller.js';
import { CASE_FORM_STRINGS, type CaseFormStrings } from './losi-case-form.strings.js';
import { caseFormStyles } from './losi-case-form.styles.js';

/** What the form holds, as typed. */
interface Fields {
  city: string;
  country: string;
  indicators: string[];
  title: string;
  link: string;
  description: string;
  language: Language | '';
  submittedAt: string;
}

/** The field of the form a problem's path points to (`indicators[1]` -> `indicators`). */
const fieldOf = (path: string): keyof Fields | undefined => {
  const name = path.replace(/\[.*$/, '').split('.')[0] as keyof Fields;
  return ['city', 'country', 'indicators', 'title', 'link', 'description', 'language', 'submittedAt'].includes(name) ? name : undefined;
};

/** Detail of `losi-case-export`: the submission saved, valid for `parseCaseSubmission`. */
export interface CaseExportDetail {
  readonly submission: CaseSubmission;
  readonly fileName: string;
}

/**
 * A form in which a city describes its own good practice for the compendium and saves it as a JSON file in the
 * case-submission format of `@losi/indicators/case-submission`, checked with `parseCaseSubmission` first (loaded on
 * first use). No server: the file is made in the browser. Problems are listed with links to their fields, and each
 * field says its own. The indicators are those of LOSI 2024, grouped by criterion, in the element's language.
 *
 * @summary A city's good-practice case, checked and saved as JSON.
 * @tagname losi-case-form
 * @fires losi-case-export - A valid file was saved; `detail: { submission, fileName }`.
 * @csspart form - The form.
 * @csspart field - Each input, select and textarea.
 * @csspart problems - The list of problems found when saving.
 * @csspart button - The save button.
 */
export class LosiCaseForm extends LosiElement {
  static override styles = caseFormStyles;

  static override properties = {
    city: { type: String },
    country: { type: String },
    headingLevel: { attribute: 'heading-level', type: Number },
    fields: { state: true },
    problems: { state: true },
    status: { state: true },
  };

  /** The city's name, filled in the form at first (the user may change it). */
  declare city: string | undefined;

  /** The country code, filled in the form at first. */
  declare country: string | undefined;

  /** Level of the form's heading, 1 to 5 (default 2). */
  declare headingLevel: number;

  protected declare fields: Fields;
  protected declare problems: readonly { readonly path: string; readonly message: string }[];
  protected declare status: string;

  readonly #texts = new IndicatorTextsController(this, () => ({ language: this.language, edition: '2024' }));
  #prefilled = false;
  #focusProblems = false;

  constructor() {
    super();
    this.headingLevel = 2;
    this.fields = { city: '', country: '', indicators: [], title: '', link: '', description: '', language: '', submittedAt: '' };
    this.problems = [];
    this.status = '';
  }

  /** The submission as it stands (what would be saved), whether valid or not. */
  get value(): Record<string, unknown> {
    const f = this.fields;
    return {
      submissionVersion: 1,
      city: f.city.trim(),
      country: f.country.trim().toUpperCase(),
      indicators: [...f.indicators],
      title: f.title.trim(),
      link: f.link.trim(),
      description: f.description.trim(),
      language: f.language || this.language,
      ...(f.submittedAt ? { submittedAt: f.submittedAt } : null),
    };
  }

  protected override prepare(): string | undefined {
    if (!this.#prefilled && (this.city || this.country)) {
      this.#prefilled = true;
      this.fields = { ...this.fields, city: this.city ?? '', country: this.country ?? '' };
    }
    if (!(Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 5)) {
      return `heading-level must be a whole number from 1 to 5, got ${String(this.headingLevel)}`;
    }
    return this.#texts.problem;
  }

  #set(name: keyof Fields, value: string | string[]): void {
    this.fields = { ...this.fields, [name]: value };
    this.status = '';
  }

  readonly #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const name = target.name as keyof Fields;
    if (target instanceof HTMLSelectElement && target.multiple) this.#set(name, [...target.selectedOptions].map((option) => option.value));
    else this.#set(name, target.value);
  };

  readonly #onSubmit = (event: Event): void => {
    event.preventDefault();
    this.status = CASE_FORM_STRINGS[this.language].checking;
    this.track(this.#save());
  };

  async #save(): Promise<void> {
    const parse = await loadCaseSubmissionParser();
    const parsed = parse(this.value);
    const s = CASE_FORM_STRINGS[this.language];
    if (!parsed.ok) {
      this.problems = parsed.problems;
      this.status = '';
      // Focused once rendered (updated()): awaiting updateComplete here would wait for this very work.
      this.#focusProblems = true;
      return;
    }
    this.problems = [];
    const fileName = `case-${fileNamePart(parsed.submission.city) || 'city'}-${fileNamePart(parsed.submission.title).slice(0, 30) || 'practice'}.json`;
    downloadText(this.renderRoot, fileName, `${JSON.stringify(parsed.submission, null, 2)}\n`, 'application/json');
    this.status = s.exported(fileName);
    this.emit('losi-case-export', { submission: parsed.submission, fileName } satisfies CaseExportDetail);
  }

  #problemsFor(name: keyof Fields): string[] {
    return this.problems.filter((problem) => fieldOf(problem.path) === name).map((problem) => problem.message);
  }

  /** `aria-describedby` and `aria-invalid` of a field: its hint, then its problems. */
  #described(name: keyof Fields, hint: boolean): { describedby: string | typeof nothing; invalid: 'true' | typeof nothing } {
    const ids = [hint ? `${name}-hint` : '', this.#problemsFor(name).length ? `${name}-problems` : ''].filter(Boolean);
    return { describedby: ids.length ? ids.join(' ') : nothing, invalid: this.#problemsFor(name).length ? 'true' : nothing };
  }

  #fieldProblems(name: keyof Fields): TemplateResult | typeof nothing {
    const messages = this.#problemsFor(name);
    // Messages come from @losi/indicators in English.
    return messages.length
      ? html`<ul class="field-problems" id="${name}-problems" lang="en">
          ${messages.map((message) => html`<li>${message}</li>`)}
        </ul>`
      : nothing;
  }

  #text(s: CaseFormStrings, name: 'city' | 'country' | 'title' | 'link' | 'submittedAt', label: string, options: { hint?: string; type?: string; optional?: boolean } = {}): TemplateResult {
    const { describedby, invalid } = this.#described(name, Boolean(options.hint));
    return html`<div class="field">
      <label for=${name}>${label} ${options.optional ? html`<span class="optional">${s.optional}</span>` : nothing}</label>
      <input
        part="field"
        id=${name}
        name=${name}
        type=${options.type ?? 'text'}
        dir=${name === 'link' || name === 'country' ? 'ltr' : nothing}
        autocomplete=${name === 'city' ? 'address-level2' : 'off'}
        ?required=${!options.optional}
        aria-describedby=${describedby}
        aria-invalid=${invalid}
        .value=${this.fields[name]}
        @input=${this.#onInput}
      />
      ${options.hint ? html`<p class="hint" id="${name}-hint">${options.hint}</p>` : nothing} ${this.#fieldProblems(name)}
    </div>`;
  }

  protected override renderContent(): unknown {
    const s = CASE_FORM_STRINGS[this.language];
    const lang = this.language;
    const texts = this.#texts.texts;
    if (!texts) return html`<p class="loading" role="status">${s.loading}</p>`;
    const chosen = new Set(this.fields.indicators);
    const byCriterion = CRITERION_IDS.map((criterion) => ({
      criterion,
      indicators: [...texts.indicators.values()].filter((text) => text.criterion === criterion),
    }));
    const indicators = this.#described('indicators', true);
    const description = this.#described('description', false);
    const language = this.fields.language || lang;
    return html`<form part="form" class="form" novalidate aria-labelledby="heading" @submit=${this.#onSubmit}>
      <div class="heading" id="heading" role="heading" aria-level=${this.headingLevel}>${s.heading}</div>
      <p class="intro">${s.intro}</p>
      ${this.problems.length
        ? html`<div part="problems" class="problems">
            <p id="problems-heading" tabindex="-1">${s.problems(formatInteger(lang, this.problems.length))}</p>
            <ul lang="en">
              ${this.problems.map((problem) => {
                const field = fieldOf(problem.path);
                return html`<li>${field ? html`<a href="#${field}" @click=${(event: Event) => this.#focusField(event, field)}>${problem.message}</a>` : problem.message}</li>`;
              })}
            </ul>
          </div>`
        : nothing}
      <div class="row">
        ${this.#text(s, 'city', s.city)} ${this.#text(s, 'country', s.country, { hint: s.countryHint })}
      </div>
      <div class="field">
        <label for="indicators">${s.indicators}</label>
        <select
          part="field"
          id="indicators"
          name="indicators"
          multiple
          size="8"
          required
          aria-describedby=${indicators.describedby}
          aria-invalid=${indicators.invalid}
          @change=${this.#onInput}
        >
          ${byCriterion.map(
            (group) => html`<optgroup label=${CRITERION_LABELS[lang][group.criterion]}>
              ${group.indicators.map(
                (text) =>
                  html`<option value=${text.id} ?selected=${chosen.has(text.id)} lang=${text.untranslated.has('title') ? 'en' : nothing}>
                    ${text.code ? `${text.code} ` : ''}${text.title}
                  </option>`,
              )}
            </optgroup>`,
          )}
        </select>
        <p class="hint" id="indicators-hint">${s.indicatorsHint}</p>
        ${this.#fieldProblems('indicators')}
      </div>
      ${this.#text(s, 'title', s.title)} ${this.#text(s, 'link', s.link, { hint: s.linkHint, type: 'url' })}
      <div class="field">
        <label for="description">${s.description}</label>
        <textarea
          part="field"
          id="description"
          name="description"
          rows="5"
          required
          aria-describedby=${description.describedby}
          aria-invalid=${description.invalid}
          .value=${this.fields.description}
          @input=${this.#onInput}
        ></textarea>
        ${this.#fieldProblems('description')}
      </div>
      <div class="row">
        <div class="field">
          <label for="language">${s.language}</label>
          <select part="field" id="language" name="language" @change=${this.#onInput}>
            ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${code === language}>${LANGUAGE_NAMES[code]}</option>`)}
          </select>
        </div>
        ${this.#text(s, 'submittedAt', s.submittedAt, { type: 'date', optional: true })}
      </div>
      <div class="actions">
        <button part="button" type="submit">${s.export}</button>
        <p class="status" role="status">${this.status}</p>
      </div>
    </form>`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.#focusProblems) {
      this.#focusProblems = false;
      this.renderRoot.querySelector<HTMLElement>('#problems-heading')?.focus();
    }
  }

  #focusField(event: Event, field: keyof Fields): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }
}
