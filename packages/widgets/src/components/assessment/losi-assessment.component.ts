import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CRITERION_LABELS, LEVEL_NAMES } from '@losi/indicators/labels';
import {
  getStructure,
  type Assessment,
  type CriterionStructure,
  type EditionId,
  type EditionStructure,
} from '@losi/indicators/structure';
import { score, type LosiResult } from '@losi/scoring';
import { LosiElement } from '../../internal/losi-element.js';
import { loadAssessmentParser } from '../../internal/assessment-parser.js';
import { formatInteger, formatNumber } from '../../internal/format.js';
import { levelShape } from '../../internal/level-shape-template.js';
import { downloadText, fileNamePart } from '../../internal/download.js';
import { renderGuidance } from '../../internal/indicator-guidance.js';
import { loadIndicatorTexts, type EditionTexts, type IndicatorTexts } from '../../internal/indicator-texts.js';
import { describeValue, mustBe } from '../../internal/validate.js';
import {
  ANSWER_VALUES,
  EMPTY_ANSWER,
  assessmentFromModel,
  blankModel,
  countryCode,
  invalidFields,
  isBlank,
  isHttpUrl,
  modelFromAssessment,
  type AnswerFields,
  type CityFields,
  type QuestionnaireModel,
} from './assessment-model.js';
import { keepAside, readSaved, removeSaved, writeSaved } from './assessment-storage.js';
import { ASSESSMENT_STRINGS, type AssessmentStrings } from './losi-assessment.strings.js';
import { assessmentStyles } from './losi-assessment.styles.js';

/** Detail of `losi-change` and `losi-complete`: the assessment as it now stands and its score. */
export interface AssessmentChangeDetail {
  /** The current answers in the LOSI assessment format (JSON-ready). */
  readonly assessment: Assessment;
  /** Its result from `@losi/scoring` (official method). */
  readonly result: LosiResult;
}

const DEFAULT_EDITION: EditionId = '2024';

/** How long answers must stay unchanged before the live region speaks, so it does not talk over typing or clicking. */
const ANNOUNCE_DELAY_MS = 1000;

/** A problem with an imported file, and where it is (a row and column, a line, or a path). */
interface ImportProblem {
  readonly where: string;
  readonly message: string;
  /** The messages of `@losi/indicators` are in English. */
  readonly english: boolean;
}

type ImportOutcome =
  | { readonly kind: 'failed'; readonly file: string; readonly problems: readonly ImportProblem[] }
  | { readonly kind: 'done'; readonly file: string };

type StorageNotice = { readonly kind: 'unreadable'; readonly key: string } | { readonly kind: 'unavailable' };

/** Parses unknown input as an assessment, with the zod schema loaded only now (it is large and rarely needed). */
async function parseAssessmentLazily(input: unknown) {
  const parseAssessment = await loadAssessmentParser();
  return parseAssessment(input);
}

/**
 * The LOSI self-assessment questionnaire: the city and its portal, then one step per criterion, where each
 * indicator is answered yes, no or not applicable (native radios), with an optional evidence address and note.
 *
 * - Texts: indicator titles, descriptions, guidance and cases load lazily in the element's language (from its
 *   own `lang` or the nearest ancestor's), so the component bundle carries no indicator prose.
 * - Score: computed live by `@losi/scoring` (official method) and announced politely once answers settle.
 * - Autosave: with `storage-key`, every change is saved to `localStorage` and restored when the element is
 *   created again (unless a `value` is given). A saved copy that cannot be read is moved to
 *   `<storage-key>.unreadable-<time>`, reported in the element and on the console, never dropped.
 * - Files: import JSON or CSV (one city) through `@losi/indicators`; a file with problems lists every problem
 *   with its row, column, line or path and leaves the answers untouched. Export JSON or CSV as a download.
 * - Forms: inside a `<form>`, the element submits its assessment as JSON under its `name`, and is invalid
 *   (`valueMissing`) while indicators are unanswered or the city has no name, `typeMismatch` while an address
 *   typed is not valid. Resetting the form clears it.
 *
 * @summary The LOSI self-assessment questionnaire, with live score, autosave, import and export.
 * @tagname losi-assessment
 * @fires {CustomEvent<AssessmentChangeDetail>} losi-change - The user changed something: an answer, a field, an import or a reset. `detail` has `assessment` and `result`.
 * @fires {CustomEvent<AssessmentChangeDetail>} losi-complete - The user's change answered the last unanswered indicator.
 * @csspart toolbar - The import, export and reset buttons.
 * @csspart summary - The live LOSI value, level and progress.
 * @csspart value - The LOSI value in the summary.
 * @csspart level - The level name in the summary.
 * @csspart progress - The progress bar (a native `<progress>`).
 * @csspart steps - The list of steps (a `<nav>`).
 * @csspart step-button - A button of the list of steps; the current one has `aria-current="step"`.
 * @csspart step - The current step.
 * @csspart step-heading - The heading of the current step; it takes focus when the step changes.
 * @csspart indicator - One indicator (a `<fieldset>`, or a `<section>` when read-only).
 * @csspart guidance - The expandable guidance and good practice of an indicator (a `<details>`).
 * @csspart choices - The yes / no / not applicable radios of an indicator.
 * @csspart field - A text field (city, country, portal, date, evidence, note).
 * @csspart field-error - The message under a field whose text is not valid.
 * @csspart button - Every button (and the import label that acts as one).
 * @csspart notice - A message about the saved copy or an import.
 * @csspart dialog - The confirmation dialog of "Start over".
 * @cssproperty --losi-assessment-max-inline-size - Largest width of the questionnaire. Default `60rem`.
 * @cssproperty --losi-color-danger - Colour of the button that clears everything.
 * @cssproperty --losi-color-accent - Links, the guidance toggles, selected answers and the current step.
 * @cssproperty --losi-color-surface-raised - Background of the summary, the toolbar buttons and selected answers.
 */
export class LosiAssessment extends LosiElement {
  static formAssociated = true;

  static override styles = assessmentStyles;

  static override properties = {
    edition: { type: String, reflect: true },
    storageKey: { type: String, attribute: 'storage-key' },
    readOnly: { type: Boolean, attribute: 'readonly', reflect: true },
    name: { type: String, reflect: true },
  };

  /**
   * The LOSI edition of a new questionnaire (`2024` or `2022`; default 2024). When set, a `value`, an import or a
   * saved copy of another edition is refused.
   */
  declare edition: EditionId | undefined;

  /** The `localStorage` key to save every change under and restore from. Without it nothing is saved. */
  declare storageKey: string | undefined;

  /** Shows the answers without letting them be changed (export stays available). Attribute `readonly`. */
  declare readOnly: boolean;

  /** The name the assessment is submitted under in a form. */
  declare name: string | undefined;

  #model: QuestionnaireModel = blankModel(DEFAULT_EDITION);
  #assessment: Assessment = assessmentFromModel(this.#model, []);
  #result: LosiResult | undefined;
  #texts: EditionTexts | undefined;
  #textsKey = '';
  #textsProblem: string | undefined;
  #valueProblem: string | undefined;
  #valueToken = 0;
  #valueGiven = false;
  #userEdited = false;
  #restoredKey: string | undefined;
  #restoring = false;
  #step = 0;
  #focusHeading = false;
  #shownErrors = new Set<string>();
  #importOutcome: ImportOutcome | undefined;
  #storageNotice: StorageNotice | undefined;
  #announcement = '';
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #wasComplete = false;
  #disabled = false;
  readonly #work = new Set<Promise<unknown>>();

  constructor() {
    super();
    this.readOnly = false;
  }

  /**
   * The assessment as it stands, in the LOSI format: always valid apart from a city name not yet given.
   * Set it to load an assessment (checked with `@losi/indicators/schema`; an invalid one shows an error
   * and warns); `null` or `undefined` starts a blank questionnaire.
   */
  get value(): Assessment {
    return this.#assessment;
  }

  set value(input: unknown) {
    this.#valueGiven = true;
    const token = ++this.#valueToken;
    if (input == null) {
      this.#valueProblem = undefined;
      this.#setModel(blankModel(this.edition ?? DEFAULT_EDITION), { user: false, save: true });
      return;
    }
    this.#track(
      (async () => {
        const parsed = await parseAssessmentLazily(input);
        if (token !== this.#valueToken) return;
        if (!parsed.ok) {
          const problems = parsed.problems.map((problem) => `${problem.path || 'value'}: ${problem.message}`);
          this.#valueProblem = `value must be a LOSI assessment, got ${describeValue(input)}: ${problems.join(' ')}`;
        } else if (this.edition != null && parsed.assessment.edition !== this.edition) {
          this.#valueProblem = mustBe('value.edition', `"${this.edition}" (the edition attribute)`, parsed.assessment.edition);
        } else {
          this.#valueProblem = undefined;
          this.#setModel(modelFromAssessment(parsed.assessment), { user: false, save: true });
        }
        this.requestUpdate();
      })(),
    );
  }

  /** The LOSI result of `value` from `@losi/scoring` (official method), or undefined before the first render. */
  get result(): LosiResult | undefined {
    return this.#result;
  }

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's validity: `valueMissing` while indicators are unanswered or the city has no name. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the element is invalid, in its language; empty when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** True when every indicator is answered, the city has a name and every address typed is valid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Resolves once rendering and any pending loading (texts, saved copy, checks of `value`, files) are done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#work.size > 0) {
      await Promise.allSettled([...this.#work]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override connectedCallback(): void {
    // A `value` set before the element was defined is an own property that hides the accessor: re-apply it.
    if (Object.hasOwn(this, 'value')) {
      const early = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = early;
    }
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  formResetCallback(): void {
    this.#shownErrors.clear();
    this.#setModel(blankModel(this.edition ?? DEFAULT_EDITION), { user: true, save: true });
  }

  formDisabledCallback(disabled: boolean): void {
    this.#disabled = disabled;
    this.requestUpdate();
  }

  get #locked(): boolean {
    return this.readOnly || this.#disabled;
  }

  get #strings(): AssessmentStrings {
    return ASSESSMENT_STRINGS[this.language];
  }

  get #structure(): EditionStructure | undefined {
    return getStructure(this.#model.edition);
  }

  /** Every catalogued indicator id of the edition, in order. */
  get #ids(): string[] {
    return this.#structure?.criteria.flatMap((criterion) => criterion.indicators) ?? [];
  }

  #track(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) => {
      // Loading a chunk can fail (offline CDN); the element shows it instead of failing silently.
      this.#textsProblem = `a module could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
      this.requestUpdate();
    });
    this.#work.add(tracked);
    void tracked.finally(() => this.#work.delete(tracked));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.edition != null && this.edition !== this.#model.edition && getStructure(this.edition) && isBlank(this.#model)) {
      this.#setModel(blankModel(this.edition), { user: false, save: false });
    }
    if (changed.has('storageKey')) this.#restore();
    if (this.#result === undefined) this.#commit({ user: false, save: false });
    this.#loadTexts();
    super.willUpdate(changed);
  }

  protected override prepare(): string | undefined {
    if (this.edition != null && !getStructure(this.edition)) return mustBe('edition', '"2024" or "2022"', this.edition);
    if (this.#valueProblem) return this.#valueProblem;
    if (this.edition != null && this.edition !== this.#model.edition) {
      return `the edition attribute is "${this.edition}" but the answers follow LOSI ${this.#model.edition}`;
    }
    return this.#textsProblem;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The steps' buttons, the anchors of the validity message, exist only once rendered.
    this.#updateValidity();
    if (this.#focusHeading && this.#texts) {
      this.#focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    }
  }

  #loadTexts(): void {
    const key = `${this.language}:${this.#model.edition}`;
    if (key === this.#textsKey) return;
    this.#textsKey = key;
    const { language } = this;
    const { edition } = this.#model;
    this.#track(
      loadIndicatorTexts(language, edition).then((texts) => {
        if (this.#textsKey !== key) return;
        this.#texts = texts;
        this.#textsProblem = undefined;
        this.requestUpdate();
      }),
    );
  }

  /** Restores the copy saved under `storage-key`, unless a value was given or the user already started. */
  #restore(): void {
    const key = this.storageKey;
    if (!key || key === this.#restoredKey || this.#valueGiven || this.#userEdited) return;
    this.#restoredKey = key;
    const saved = readSaved(key);
    if (saved === 'unavailable') {
      this.#storageNotice = { kind: 'unavailable' };
      return;
    }
    if (saved === null) return;
    this.#restoring = true;
    const token = this.#valueToken;
    this.#track(
      (async () => {
        try {
          const parsed = await parseAssessmentLazily(saved);
          if (token !== this.#valueToken || this.#userEdited || this.storageKey !== key) return;
          let problem: string | undefined;
          if (!parsed.ok) problem = parsed.problems.map((p) => `${p.path || 'copy'}: ${p.message}`).join(' ');
          else if (this.edition != null && parsed.assessment.edition !== this.edition) {
            problem = `it follows LOSI ${parsed.assessment.edition}, not ${this.edition}`;
          }
          if (parsed.ok && problem === undefined) {
            this.#setModel(modelFromAssessment(parsed.assessment), { user: false, save: false });
            return;
          }
          const aside = keepAside(key, saved);
          this.#storageNotice = { kind: 'unreadable', key: aside ?? key };
          console.warn(
            `[losi] <${this.localName}>: the copy saved under "${key}" could not be used (${problem}). ` +
              (aside ? `It was moved to "${aside}"` : 'It was left in place') +
              ' and the questionnaire starts empty.',
          );
        } finally {
          this.#restoring = false;
          this.requestUpdate();
        }
      })(),
    );
  }

  #save(): void {
    const key = this.storageKey;
    if (!key) return;
    const ok = isBlank(this.#model) ? removeSaved(key) : writeSaved(key, JSON.stringify(this.#assessment));
    if (!ok) this.#storageNotice = { kind: 'unavailable' };
  }

  #setModel(model: QuestionnaireModel, options: { user: boolean; save: boolean }): void {
    this.#model = model;
    this.#commit(options);
  }

  /** Derives the assessment and its score from the form, updates the form value, saves, and tells listeners. */
  #commit({ user, save }: { user: boolean; save: boolean }): void {
    const assessment = assessmentFromModel(this.#model, this.#ids);
    this.#assessment = assessment;
    let result: LosiResult | undefined;
    try {
      result = score(assessment);
    } catch {
      // Unreachable with a valid edition (the model holds catalogued ids only); prepare() reports a bad edition.
      result = undefined;
    }
    this.#result = result;
    this.internals.setFormValue(JSON.stringify(assessment));
    this.#updateValidity();
    if (user) this.#userEdited = true;
    if (save) this.#save();
    const complete = result !== undefined && result.counts.unanswered === 0 && this.#ids.length > 0;
    if (user && result) {
      this.emit('losi-change', { assessment, result });
      if (complete && !this.#wasComplete) this.emit('losi-complete', { assessment, result });
      this.#scheduleAnnouncement();
    }
    this.#wasComplete = complete;
    this.requestUpdate();
  }

  /**
   * Sets the form validity. The anchor (where the browser shows its message and moves the focus when a submit is
   * blocked) is the button of the first step with something to fix, once the steps are rendered.
   */
  #updateValidity(): void {
    const s = this.#strings;
    const unanswered = this.#result?.counts.unanswered ?? 0;
    const messages: string[] = [];
    const cityMissing = this.#model.city.name.trim() === '';
    if (cityMissing) messages.push(s.cityMissing);
    if (unanswered > 0) messages.push(s.validityUnanswered(formatInteger(this.language, unanswered)));
    const invalid = invalidFields(this.#model);
    if (invalid.length > 0) messages.push(s.validityUrl);
    if (messages.length === 0) {
      this.internals.setValidity({});
      return;
    }
    const criteria = this.#structure?.criteria ?? [];
    const firstStep =
      cityMissing || invalid.includes('country') || invalid.includes('portalUrl')
        ? 0
        : 1 +
          criteria.findIndex((criterion) =>
            criterion.indicators.some((id) => this.#fields(id).value === undefined || invalid.includes(`evidence:${id}`)),
          );
    const anchor = this.renderRoot?.querySelectorAll<HTMLElement>('.step-button')[Math.max(firstStep, 0)];
    this.internals.setValidity({ valueMissing: cityMissing || unanswered > 0, typeMismatch: invalid.length > 0 }, messages.join(' '), anchor);
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const result = this.#result;
      if (!result) return;
      const s = this.#strings;
      const count = (n: number) => formatInteger(this.language, n);
      let text = s.announce(
        formatNumber(this.language, result.value),
        LEVEL_NAMES[this.language][result.level],
        count(this.#answeredCount(result)),
        count(this.#ids.length),
      );
      if (result.counts.unanswered === 0 && this.#ids.length > 0) text += ` ${s.complete}`;
      if (text === this.#announcement) return;
      this.#announcement = text;
      this.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  #answeredCount(result: LosiResult): number {
    return this.#ids.length - result.counts.unanswered;
  }

  #fields(id: string): AnswerFields {
    return this.#model.answers.get(id) ?? EMPTY_ANSWER;
  }

  #editAnswer(id: string, change: Partial<AnswerFields>): void {
    const answers = new Map(this.#model.answers);
    answers.set(id, { ...this.#fields(id), ...change });
    this.#setModel({ ...this.#model, answers }, { user: true, save: true });
  }

  #editCity(change: Partial<CityFields>): void {
    this.#setModel({ ...this.#model, city: { ...this.#model.city, ...change } }, { user: true, save: true });
  }

  /** Shows a field's error once the user leaves it (`change`), and hides it as soon as the text is valid. */
  #checkField(key: string, valid: boolean, leaving: boolean): void {
    const shown = this.#shownErrors.has(key);
    if (valid && shown) this.#shownErrors.delete(key);
    else if (!valid && leaving && !shown) this.#shownErrors.add(key);
    else return;
    this.requestUpdate();
  }

  #goTo(step: number): void {
    this.#step = step;
    this.#focusHeading = true;
    this.requestUpdate();
  }

  // ---- Files -------------------------------------------------------------------------------------------

  #exportJson(): void {
    downloadText(this.renderRoot, this.#fileName('json'), `${JSON.stringify(this.#assessment, null, 2)}\n`, 'application/json');
  }

  #exportCsv(): void {
    const assessment = this.#assessment;
    const fileName = this.#fileName('csv');
    this.#track(
      import('@losi/indicators/csv').then(({ assessmentsToCsv }) => {
        downloadText(this.renderRoot, fileName, assessmentsToCsv([assessment]), 'text/csv');
      }),
    );
  }

  #fileName(extension: string): string {
    const city = fileNamePart(this.#assessment.city.name);
    return `losi-${this.#assessment.edition}${city ? `-${city}` : ''}.${extension}`;
  }

  #onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.#track(this.#import(file));
  }

  async #import(file: File): Promise<void> {
    const s = this.#strings;
    const count = (n: number) => formatInteger(this.language, n);
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.#importOutcome = { kind: 'failed', file: file.name, problems: [{ where: '', message: s.unreadableFile, english: false }] };
      this.requestUpdate();
      return;
    }
    const isCsv = /\.csv$/i.test(file.name) || (!/\.json$/i.test(file.name) && !/^\s*[{[]/.test(text.replace(/^\uFEFF/, '')));
    let assessment: Assessment | undefined;
    let problems: ImportProblem[] = [];
    if (isCsv) {
      const { parseAssessmentsCsv } = await import('@losi/indicators/csv');
      const parsed = parseAssessmentsCsv(text, { edition: this.#model.edition });
      problems = parsed.problems.map((problem) => ({
        where: problem.column === null ? s.row(count(problem.row)) : s.rowColumn(count(problem.row), problem.column),
        message: problem.message,
        english: true,
      }));
      if (problems.length === 0 && parsed.assessments.length !== 1) {
        problems.push({ where: '', message: s.csvCount(count(parsed.assessments.length)), english: false });
      }
      assessment = parsed.assessments[0]?.assessment;
    } else {
      const parsed = await parseAssessmentLazily(text);
      if (parsed.ok) assessment = parsed.assessment;
      else {
        problems = parsed.problems.map((problem) => ({
          where:
            problem.line !== undefined && problem.column !== undefined
              ? s.lineColumn(count(problem.line), count(problem.column))
              : problem.path,
          message: problem.message,
          english: true,
        }));
      }
    }
    if (problems.length === 0 && assessment && assessment.edition !== this.#model.edition) {
      problems.push({ where: '', message: s.editionMismatch(assessment.edition, this.#model.edition), english: false });
    }
    if (problems.length > 0 || !assessment) {
      this.#importOutcome = { kind: 'failed', file: file.name, problems };
      this.requestUpdate();
      return;
    }
    this.#importOutcome = { kind: 'done', file: file.name };
    this.#shownErrors.clear();
    this.#setModel(modelFromAssessment(assessment), { user: true, save: true });
  }

  // ---- Reset -------------------------------------------------------------------------------------------

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #askReset(): void {
    const dialog = this.#dialog;
    if (!dialog) return;
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('.cancel')?.focus();
  }

  #closeDialog(confirmed: boolean): void {
    this.#dialog?.close(confirmed ? 'confirm' : 'cancel');
  }

  #onDialogClose(): void {
    const dialog = this.#dialog;
    if (dialog?.returnValue === 'confirm') {
      this.#importOutcome = undefined;
      this.#storageNotice = this.#storageNotice?.kind === 'unavailable' ? this.#storageNotice : undefined;
      this.#shownErrors.clear();
      this.#step = 0;
      this.#setModel(blankModel(this.edition ?? this.#model.edition), { user: true, save: true });
    }
    if (dialog) dialog.returnValue = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.reset')?.focus());
  }

  // ---- Rendering ---------------------------------------------------------------------------------------

  protected override renderContent(): unknown {
    const s = this.#strings;
    const structure = this.#structure;
    const texts = this.#texts;
    if (!texts || !structure || this.#restoring) return html`<p class="loading" role="status">${s.loading}</p>`;
    const criteria = structure.criteria;
    const stepCount = criteria.length + 1;
    const step = Math.min(this.#step, stepCount - 1);
    const criterion = step === 0 ? undefined : criteria[step - 1];
    const stepName = criterion ? CRITERION_LABELS[this.language][criterion.id] : s.aboutStep;
    const count = (n: number) => formatInteger(this.language, n);
    return html`
      <div class="notices">
        ${this.#storageNotice || this.#importOutcome?.kind === 'failed'
          ? html`<div role="alert">${this.#renderStorageNotice(s)}${this.#renderImportProblems(s)}</div>`
          : nothing}
        <div role="status">${this.#importOutcome?.kind === 'done' ? html`<p part="notice" class="notice done">${s.importDone(this.#importOutcome.file)}</p>` : nothing}</div>
      </div>
      ${this.#renderToolbar(s)} ${this.#renderSummary(s)}
      <nav part="steps" class="steps" aria-label=${s.steps}>
        <ol>
          ${[undefined, ...criteria].map((item, index) => this.#renderStepButton(s, item, index, index === step))}
        </ol>
      </nav>
      <section part="step" class="step" aria-labelledby="step-heading">
        <h2 part="step-heading" id="step-heading" tabindex="-1">${stepName}</h2>
        <p class="step-of">${s.stepOf(count(step + 1), count(stepCount))}</p>
        ${criterion ? this.#renderCriterion(s, criterion, texts) : this.#renderAbout(s)}
        <div class="step-nav">
          ${step > 0
            ? html`<button part="button" type="button" class="previous" @click=${() => this.#goTo(step - 1)}>${s.previous}</button>`
            : nothing}
          ${step < stepCount - 1
            ? html`<button part="button" type="button" class="next" @click=${() => this.#goTo(step + 1)}>${s.next}</button>`
            : nothing}
        </div>
      </section>
      <div class="visually-hidden" role="status" id="announcer">${this.#announcement}</div>
      ${this.#renderDialog(s)}
    `;
  }

  #renderStorageNotice(s: AssessmentStrings): unknown {
    const notice = this.#storageNotice;
    if (!notice) return nothing;
    const text = notice.kind === 'unavailable' ? s.storageUnavailable : s.savedCopyUnreadable(notice.key);
    return html`<p part="notice" class="notice problem storage">${text}</p>`;
  }

  #renderImportProblems(s: AssessmentStrings): unknown {
    const outcome = this.#importOutcome;
    if (outcome?.kind !== 'failed') return nothing;
    return html`<div part="notice" class="notice problem import-problems">
      <p>${s.importFailed(outcome.file)}</p>
      <ul>
        ${outcome.problems.map(
          (problem) =>
            html`<li>${problem.where ? html`<span class="where">${problem.where}</span> ` : nothing}<span lang=${problem.english ? 'en' : nothing}
                >${problem.message}</span
              ></li>`,
        )}
      </ul>
    </div>`;
  }

  #renderToolbar(s: AssessmentStrings): TemplateResult {
    const locked = this.#locked;
    return html`<div part="toolbar" class="toolbar" role="group" aria-label=${s.tools}>
      ${locked
        ? nothing
        : html`<label part="button" class="button file"
            ><input class="file-input" type="file" accept=".json,.csv,application/json,text/csv" @change=${this.#onFileChosen} />${s.importFile}</label
          >`}
      <button part="button" type="button" class="export-json" @click=${this.#exportJson}>${s.exportJson}</button>
      <button part="button" type="button" class="export-csv" @click=${this.#exportCsv}>${s.exportCsv}</button>
      ${locked ? nothing : html`<button part="button" type="button" class="reset" @click=${this.#askReset}>${s.reset}</button>`}
    </div>`;
  }

  #renderSummary(s: AssessmentStrings): unknown {
    const result = this.#result;
    if (!result) return nothing;
    const answered = this.#answeredCount(result);
    const total = this.#ids.length;
    const count = (n: number) => formatInteger(this.language, n);
    return html`<div part="summary" class="summary level-${result.level}">
      <p class="score">
        ${levelShape(result.level)}
        <span class="score-label">${s.losiValue}</span>
        <strong part="value" class="value">${formatNumber(this.language, result.value)}</strong>
        <span part="level" class="level">${LEVEL_NAMES[this.language][result.level]}</span>
      </p>
      <p class="progress">
        <progress part="progress" max=${total} .value=${answered} aria-labelledby="progress-label"></progress>
        <span id="progress-label">${s.answered(count(answered), count(total))}</span>
      </p>
    </div>`;
  }

  #renderStepButton(s: AssessmentStrings, criterion: CriterionStructure | undefined, index: number, current: boolean): TemplateResult {
    const name = criterion ? CRITERION_LABELS[this.language][criterion.id] : s.aboutStep;
    const count = (n: number) => formatInteger(this.language, n);
    let progress: unknown = nothing;
    if (criterion && criterion.indicators.length > 0) {
      const answered = criterion.indicators.filter((id) => this.#fields(id).value !== undefined).length;
      const total = criterion.indicators.length;
      progress = html`<span class="step-count" aria-hidden="true">${count(answered)}/${count(total)}</span
        ><span class="visually-hidden">${s.answered(count(answered), count(total))}</span>`;
    }
    return html`<li>
      <button part="step-button" type="button" class="step-button" aria-current=${current ? 'step' : nothing} @click=${() => this.#goTo(index)}>
        <span class="step-number" aria-hidden="true">${count(index + 1)}</span>
        <span class="step-name">${name}</span>
        ${progress}
      </button>
    </li>`;
  }

  #renderAbout(s: AssessmentStrings): TemplateResult {
    const city = this.#model.city;
    if (this.#locked) {
      const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value || s.notAnswered}</dd>`;
      const portal = this.#assessment.portalUrl;
      return html`<dl class="about readonly">
        ${row(s.cityName, city.name)} ${row(s.country, this.#assessment.city.country)}
        ${row(s.portalUrl, portal ? html`<a href=${portal} rel="noopener noreferrer" target="_blank">${portal}</a>` : '')}
        ${row(s.assessedAt, this.#assessment.assessedAt)}
      </dl>`;
    }
    const cityInvalid = this.#shownErrors.has('city');
    const countryInvalid = this.#shownErrors.has('country');
    const portalInvalid = this.#shownErrors.has('portalUrl');
    return html`<div class="about">
      <div class="field">
        <label for="city-name">${s.cityName} <span class="required">(${s.required})</span></label>
        <input
          part="field"
          id="city-name"
          type="text"
          autocomplete="address-level2"
          required
          aria-invalid=${cityInvalid ? 'true' : 'false'}
          aria-describedby=${cityInvalid ? 'city-name-error' : nothing}
          .value=${city.name}
          @input=${(event: Event) => {
            const name = (event.target as HTMLInputElement).value;
            this.#editCity({ name });
            this.#checkField('city', name.trim() !== '', false);
          }}
          @change=${(event: Event) => this.#checkField('city', (event.target as HTMLInputElement).value.trim() !== '', true)}
        />
        ${cityInvalid ? html`<p part="field-error" class="field-error" id="city-name-error">${s.cityMissing}</p>` : nothing}
      </div>
      <div class="field">
        <label for="country">${s.country}</label>
        <p class="hint" id="country-hint">${s.countryHint}</p>
        <input
          part="field"
          id="country"
          class="short"
          type="text"
          maxlength="3"
          autocomplete="off"
          spellcheck="false"
          aria-invalid=${countryInvalid ? 'true' : 'false'}
          aria-describedby=${countryInvalid ? 'country-hint country-error' : 'country-hint'}
          .value=${city.country}
          @input=${(event: Event) => {
            const country = (event.target as HTMLInputElement).value;
            this.#editCity({ country });
            this.#checkField('country', country.trim() === '' || countryCode(country) !== undefined, false);
          }}
          @change=${(event: Event) => {
            const country = (event.target as HTMLInputElement).value;
            this.#checkField('country', country.trim() === '' || countryCode(country) !== undefined, true);
          }}
        />
        ${countryInvalid ? html`<p part="field-error" class="field-error" id="country-error">${s.countryInvalid}</p>` : nothing}
      </div>
      <div class="field">
        <label for="portal-url">${s.portalUrl}</label>
        <input
          part="field"
          id="portal-url"
          type="url"
          autocomplete="url"
          aria-invalid=${portalInvalid ? 'true' : 'false'}
          aria-describedby=${portalInvalid ? 'portal-url-error' : nothing}
          .value=${city.portalUrl}
          @input=${(event: Event) => {
            const portalUrl = (event.target as HTMLInputElement).value;
            this.#editCity({ portalUrl });
            this.#checkField('portalUrl', portalUrl.trim() === '' || isHttpUrl(portalUrl.trim()), false);
          }}
          @change=${(event: Event) => {
            const portalUrl = (event.target as HTMLInputElement).value;
            this.#checkField('portalUrl', portalUrl.trim() === '' || isHttpUrl(portalUrl.trim()), true);
          }}
        />
        ${portalInvalid ? html`<p part="field-error" class="field-error" id="portal-url-error">${s.urlInvalid}</p>` : nothing}
      </div>
      <div class="field">
        <label for="assessed-at">${s.assessedAt}</label>
        <input
          part="field"
          id="assessed-at"
          class="short"
          type="date"
          .value=${city.assessedAt}
          @input=${(event: Event) => this.#editCity({ assessedAt: (event.target as HTMLInputElement).value })}
        />
      </div>
    </div>`;
  }

  #renderCriterion(s: AssessmentStrings, criterion: CriterionStructure, texts: EditionTexts): TemplateResult {
    if (criterion.indicators.length === 0) return html`<p class="empty">${s.noIndicators}</p>`;
    return html`<div class="indicators" lang=${texts.lang}>
      ${criterion.indicators.map((id, index) => {
        const text = texts.indicators.get(id);
        return text ? this.#renderIndicator(s, text, index + 1) : nothing;
      })}
    </div>`;
  }

  #renderIndicator(s: AssessmentStrings, text: IndicatorTexts, number: number): TemplateResult {
    const { id } = text;
    const fields = this.#fields(id);
    const number_ = formatInteger(this.language, number);
    const en = (field: 'title' | 'description' | 'rationale' | 'guidance') => (text.untranslated.has(field) ? 'en' : nothing);
    const title = html`<span class="number">${number_}.</span> <span lang=${en('title')}>${text.title}</span>`;
    const description = html`<p class="description" id="description-${id}" lang=${en('description')}>${text.description}</p>`;
    if (this.#locked) {
      const answer = fields.value ? s[fields.value] : s.notAnswered;
      const evidence = this.#assessmentAnswerField(id, 'evidence');
      const note = this.#assessmentAnswerField(id, 'note');
      return html`<section part="indicator" class="indicator readonly" aria-labelledby="title-${id}">
        <h3 id="title-${id}" class="title">${title}</h3>
        ${description} ${renderGuidance(text, s)}
        <p class="answer answer-${fields.value ?? 'none'}"><span class="answer-label">${s.answer}:</span> <strong>${answer}</strong></p>
        ${evidence
          ? html`<p class="evidence"><span class="answer-label">${s.evidence}:</span> <a href=${evidence} rel="noopener noreferrer" target="_blank"
                >${evidence}</a
              ></p>`
          : nothing}
        ${note ? html`<p class="note"><span class="answer-label">${s.note}:</span> ${note}</p>` : nothing}
      </section>`;
    }
    const evidenceKey = `evidence:${id}`;
    const evidenceInvalid = this.#shownErrors.has(evidenceKey);
    const checkEvidence = (value: string, leaving: boolean) =>
      this.#checkField(evidenceKey, value.trim() === '' || isHttpUrl(value.trim()), leaving);
    return html`<fieldset part="indicator" class="indicator" aria-describedby="description-${id}" data-id=${id}>
      <legend class="title">${title}</legend>
      ${description} ${renderGuidance(text, s)}
      <div part="choices" class="choices">
        ${ANSWER_VALUES.map(
          (value) => html`<label class="choice choice-${value}"
            ><input
              type="radio"
              name="answer-${id}"
              value=${value}
              .checked=${fields.value === value}
              @change=${() => this.#editAnswer(id, { value })}
            /><span>${s[value]}</span></label
          >`,
        )}
      </div>
      <div class="answer-fields">
        <div class="field">
          <label for="evidence-${id}">${s.evidence}</label>
          <input
            part="field"
            id="evidence-${id}"
            type="url"
            autocomplete="off"
            aria-invalid=${evidenceInvalid ? 'true' : 'false'}
            aria-describedby=${evidenceInvalid ? `evidence-error-${id}` : nothing}
            .value=${fields.evidence}
            @input=${(event: Event) => {
              const evidence = (event.target as HTMLInputElement).value;
              this.#editAnswer(id, { evidence });
              checkEvidence(evidence, false);
            }}
            @change=${(event: Event) => checkEvidence((event.target as HTMLInputElement).value, true)}
          />
          ${evidenceInvalid ? html`<p part="field-error" class="field-error" id="evidence-error-${id}">${s.urlInvalid}</p>` : nothing}
        </div>
        <div class="field">
          <label for="note-${id}">${s.note}</label>
          <textarea
            part="field"
            id="note-${id}"
            rows="2"
            .value=${fields.note}
            @input=${(event: Event) => this.#editAnswer(id, { note: (event.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>
      </div>
    </fieldset>`;
  }

  /** Evidence or note as saved in the assessment (valid only), for the read-only view. */
  #assessmentAnswerField(id: string, field: 'evidence' | 'note'): string | undefined {
    const answer = Object.hasOwn(this.#assessment.answers, id) ? this.#assessment.answers[id] : undefined;
    return typeof answer === 'object' ? answer[field] : undefined;
  }

  #renderDialog(s: AssessmentStrings): unknown {
    if (this.#locked) return nothing;
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="reset-title"
      aria-describedby="reset-text"
      @close=${this.#onDialogClose}
    >
      <h2 id="reset-title">${s.resetTitle}</h2>
      <p id="reset-text">${s.resetText}</p>
      <div class="dialog-buttons">
        <button part="button" type="button" class="cancel" @click=${() => this.#closeDialog(false)}>${s.cancel}</button>
        <button part="button" type="button" class="confirm" @click=${() => this.#closeDialog(true)}>${s.confirmReset}</button>
      </div>
    </dialog>`;
  }
}

