import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CRITERION_LABELS } from '@losi/indicators/labels';
import { getStructure, type Assessment, type CriterionId, type CriterionStructure, type EditionId, type EditionStructure } from '@losi/indicators/structure';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { Proposal } from '@losi/indicators/audit-report';
import { score, type LevelScheme, type LosiResult } from '@losi/scoring';
import type { scoreWithSet } from '@losi/scoring/indicator-set';
import { adaptedLabel, checkIndicatorSet, checkLevelScheme, groupName, levelView, setGroups, setTexts } from '../../internal/indicator-set.js';
import { effectiveScheme, type WidgetResult } from '../../internal/result.js';
import { LosiElement } from '../../internal/losi-element.js';
import { loadAssessmentParser } from '../../internal/assessment-parser.js';
import { formatFileSizes, formatInteger, formatNumber } from '../../internal/format.js';
import type { EditionTexts } from '../../internal/indicator-texts.js';
import { IndicatorTextsController } from '../../internal/controllers/indicator-texts-controller.js';
import { LiveAnnouncer } from '../../internal/controllers/live-announcer.js';
import { describeValue, mustBe } from '../../internal/validate.js';
import {
  EMPTY_ANSWER,
  assessmentFromModel,
  blankModel,
  invalidFields,
  isBlank,
  modelFromAssessment,
  type AnswerFields,
  type CityFields,
  type QuestionnaireModel,
} from './assessment-model.js';
import { looksLikeDraft, readDraft } from './assessment-draft.js';
import { sameAnswer, type MergeConflict, type MergeOutcome } from './assessment-merge.js';
import { conflictsTemplate } from './templates/conflicts.js';
import { UndoKeeper } from './controllers/undo-keeper.js';
import { ProposalsController } from './controllers/proposals-controller.js';
import { auditBarTemplate, proposalTemplate } from './templates/proposal.js';
import { undoTemplate } from './templates/undo.js';
import { ConfirmDialog } from './controllers/confirm-dialog.js';
import { DEFAULT_MAX_FILE_SIZE, FilesController, type ImportTexts } from './controllers/files-controller.js';
import { FormController, type FormInput } from './controllers/form-controller.js';
import { StorageController, type ReadOutcome } from './controllers/storage-controller.js';
import { aboutReadOnlyTemplate, aboutTemplate } from './templates/about-step.js';
import { indicatorReadOnlyTemplate, indicatorTemplate } from './templates/indicator.js';
import { noticesTemplate } from './templates/notices.js';
import { stepsTemplate } from './templates/steps.js';
import { summaryTemplate } from './templates/summary.js';
import { toolbarTemplate } from './templates/toolbar.js';
import { ASSESSMENT_STRINGS, type AssessmentStrings } from './losi-assessment.strings.js';
import { ENGLISH_WORK_STRINGS, loadWorkStrings, type WorkStrings } from './losi-assessment.work-strings.js';
import type { Language } from '@losi/indicators/labels';
import { assessmentStyles } from './losi-assessment.styles.js';

/** Detail of `losi-change` and `losi-complete`: the assessment as it now stands and its score. */
export interface AssessmentChangeDetail {
  /** The current answers in the LOSI assessment format (JSON-ready). */
  readonly assessment: Assessment;
  /** Its result from `@losi/scoring` (official method), or `scoreWithSet`'s with an indicator set. */
  readonly result: WidgetResult;
}

/**
 * Detail of `losi-proposal-accept` and `losi-proposal-reject`: which audit proposal a person decided on. The check
 * and its rule version tell proposals of different audits apart, so a host can store the decision (a rejection is
 * not an answer, and the questionnaire keeps it only in the browser).
 */
export interface ProposalDecisionDetail {
  /** The indicator id (the set's id with an indicator set). */
  readonly indicator: string;
  /** The audit check that made the proposal. */
  readonly check: string;
  readonly ruleVersion: number;
  /** The verdict: pass, fail, not-applicable, or needs-review (which proposes no value). */
  readonly status: Proposal['status'];
  /** The proposed answer; absent when the verdict proposes none (only possible for a rejection). */
  readonly value?: NonNullable<Proposal['value']>;
}

function proposalDecisionDetail(proposal: Proposal): ProposalDecisionDetail {
  return {
    indicator: proposal.indicator,
    check: proposal.check,
    ruleVersion: proposal.ruleVersion,
    status: proposal.status,
    ...(proposal.value === undefined ? {} : { value: proposal.value }),
  };
}

const DEFAULT_EDITION: EditionId = '2024';

/**
 * `scoreWithSet`, imported on first use: few pages give a country set, so the bundle of every other page does not
 * carry it (about 1 kB gzip). Shared by every element once loaded.
 */
let setScorer: typeof scoreWithSet | undefined;
let setScorerLoading: Promise<unknown> | undefined;

/** What the element says about another tab: changes brought in from it, or its clearing of the saved copy. */
type TabNotice = { readonly kind: 'brought-in'; readonly count: number } | { readonly kind: 'removed' };

/** How long answers must stay unchanged before the live region speaks, so it does not talk over typing or clicking. */
const ANNOUNCE_DELAY_MS = 1000;

/** A city name of the copy that the assessment format refuses (blank), so it is checked without it and put back after. */
function cityNameOf(json: unknown): string | undefined {
  const name = (json as { city?: { name?: unknown } } | null)?.city?.name;
  return typeof name === 'string' && name.trim() === '' ? name : undefined;
}

function withoutBlankCityName(json: unknown): unknown {
  if (cityNameOf(json) === undefined) return json;
  const copy = json as { city: Record<string, unknown> };
  return { ...copy, city: { ...copy.city, name: 'city name not yet given' } };
}

/** Parses unknown input as an assessment, with the zod schema loaded only now (it is large and rarely needed). */
async function parseAssessmentLazily(input: unknown, set?: IndicatorSet) {
  const parseAssessment = await loadAssessmentParser();
  // With a country set, answer keys are the set's ids (its own indicators have no catalogue id).
  return parseAssessment(input, set ? { indicatorSet: { id: set.id, ids: set.indicators.map((indicator) => indicator.id) } } : {});
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
 *   with its row, column, line or path and leaves the answers untouched. A file larger than `max-file-size`
 *   (5 MB by default) is refused from its size, before it is read. Export JSON or CSV as a download.
 * - Forms: inside a `<form>`, the element submits its assessment as JSON under its `name`, and is invalid
 *   (`valueMissing`) while indicators are unanswered or the city has no name, `typeMismatch` while an address
 *   typed is not valid. Resetting the form clears it.
 *
 * @summary The LOSI self-assessment questionnaire, with live score, autosave, import and export.
 * @tagname losi-assessment
 * @fires {CustomEvent<AssessmentChangeDetail>} losi-change - The user changed something: an answer, a field, an import or a reset. `detail` has `assessment` and `result`.
 * @fires {CustomEvent<ProposalDecisionDetail>} losi-proposal-accept - A person accepted an audit proposal (by its button or by "Accept all", one event per proposal), after the answer is in place. `detail` has `indicator`, `check`, `ruleVersion`, `status` and `value`.
 * @fires {CustomEvent<ProposalDecisionDetail>} losi-proposal-reject - A person rejected an audit proposal. `detail` as for `losi-proposal-accept`; `value` is absent when the verdict proposed none.
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
    maxFileSize: { type: Number, attribute: 'max-file-size' },
    levels: { attribute: false },
    indicatorSet: { attribute: false },
  };

  /**
   * The level scheme of the live level (default: the UN's), e.g. `ARGENTINE_MUNICIPAL_LEVELS` from `@losi/scoring`;
   * `result` is scored with it. An indicator set's own bands win over it.
   */
  declare levels: LevelScheme | undefined;

  /**
   * A country project's indicator set (parsed with `parseIndicatorSet` from `@losi/indicators/indicator-set`) to
   * answer instead of the edition's indicators: one step per group of the set, its indicators under its ids and
   * titles, answers keyed by them, `result` from `scoreWithSet` and labelled "adapted from LOSI <edition>", never
   * "official". Its `basedOn` edition is the questionnaire's. `value` and saved copies are checked against its ids;
   * set it before `value`.
   */
  declare indicatorSet: IndicatorSet | undefined;

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

  /**
   * The largest file "Import JSON or CSV" reads, in bytes (default 5 MB = 5242880; one assessment is a few
   * kilobytes). A larger file is refused before it is read, with a message giving its size and this limit.
   * A value that is not a positive number means the default.
   */
  declare maxFileSize: number;

  #model: QuestionnaireModel = blankModel(DEFAULT_EDITION);
  #assessment: Assessment = assessmentFromModel(this.#model, []);
  #result: WidgetResult | undefined;
  /** The set's steps and texts, built once per set (and per texts loaded). */
  #setStructure: { readonly set: IndicatorSet; readonly structure: EditionStructure } | undefined;
  #loadProblem: string | undefined;
  #valueProblem: string | undefined;
  #valueToken = 0;
  #valueGiven = false;
  #userEdited = false;
  #step = 0;
  #focusHeading = false;
  #shownErrors = new Set<string>();
  #wasComplete = false;

  readonly #texts = new IndicatorTextsController(this, () => ({ language: this.language, edition: this.#model.edition }));
  readonly #announcer = new LiveAnnouncer(this, ANNOUNCE_DELAY_MS);
  readonly #form = new FormController(this, this.internals, () => this.#formInput());
  readonly #files = new FilesController(this);
  readonly #dialog = new ConfirmDialog(this);
  readonly #storage = new StorageController(this, {
    key: () => this.storageKey,
    mayRestore: () => !this.#valueGiven && !this.#userEdited,
    read: (saved) => this.#readSaved(saved),
    restored: (model) => {
      // Text restored as typed but not yet valid is marked at once, not only once the user leaves the field again.
      this.#shownErrors = new Set(invalidFields(model));
      this.#setModel(model, { user: false, save: false });
    },
    failed: (error) => this.#failedToLoad(error),
    current: () => this.#model,
    merged: (outcome, save) => this.#mergedFromOtherTab(outcome, save),
    removedElsewhere: () => {
      this.#tabNotice = { kind: 'removed' };
      this.requestUpdate();
    },
  });
  readonly #undo = new UndoKeeper(() => this.storageKey);
  /** Indicators whose evidence and note fields the user opened (fields with text are always open). */
  readonly #openFields = new Set<string>();
  readonly #proposals = new ProposalsController(this, { key: () => this.storageKey, edition: () => this.#model.edition, indicatorSet: () => this.indicatorSet ?? undefined });
  /** What the last undo brought back, said in a status message. */
  #undone: string | undefined;
  /** Places two tabs changed differently, until the user chooses. */
  #conflicts: MergeConflict[] = [];
  #tabNotice: TabNotice | undefined;
  /** True while saving: a merge found then only replaces the state that is being committed. */
  #saving = false;

  constructor() {
    super();
    this.readOnly = false;
    this.maxFileSize = DEFAULT_MAX_FILE_SIZE;
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
      this.#setModel(blankModel(this.#newEdition), { user: false, save: true });
      return;
    }
    this.#run(
      (async () => {
        const parsed = await parseAssessmentLazily(input, this.indicatorSet ?? undefined);
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

  /**
   * An audit report of `@losi/audit` (the parsed JSON or its text), whose proposals are shown beside their
   * indicators for a person to accept or reject; importing the report's JSON file does the same. No proposal
   * counts in the score until accepted; an accepted one is saved with `source: { kind: 'audit', … }`. A report
   * that is not valid is listed with its problems and changes nothing.
   */
  get auditReport(): unknown {
    return this.#proposals.report;
  }

  set auditReport(input: unknown) {
    if (input == null) {
      this.#proposals.clear();
      return;
    }
    this.#run(this.#loadAudit(input, 'auditReport'));
  }

  /** Reads an audit report into proposals; its problems are shown like those of an imported file. */
  async #loadAudit(input: unknown, file: string): Promise<void> {
    const problems = await this.#proposals.load(input);
    if (problems.length > 0) {
      this.#files.outcome = {
        kind: 'failed',
        file,
        problems: problems.map(({ path, message }) => ({ where: message.startsWith(path) ? '' : path, message, english: true })),
      };
      return;
    }
    this.#files.outcome = { kind: 'audit', file, count: formatInteger(this.language, this.#proposals.allPending.length) };
  }

  readonly #proposalActions = {
    accept: (id: string) => {
      const proposal = this.#proposals.pending(id);
      const fields = this.#proposals.accept(id, this.#fields(id));
      if (!proposal || !fields) return;
      this.#actions.editAnswer(id, fields, { keepSource: true });
      this.emit('losi-proposal-accept', proposalDecisionDetail(proposal));
      this.#focusAfterUpdate(`input[name="answer-${id}"]:checked`);
    },
    reject: (id: string) => {
      const proposal = this.#proposals.pending(id);
      if (!proposal) return;
      this.#proposals.reject(id);
      this.emit('losi-proposal-reject', proposalDecisionDetail(proposal));
      this.#focusAfterUpdate(`input[name="answer-${id}"]`);
    },
    acceptAll: () => {
      const answers = new Map(this.#model.answers);
      const accepted: Proposal[] = [];
      for (const proposal of this.#proposals.decidedPending) {
        const fields = this.#proposals.accept(proposal.indicator, this.#fields(proposal.indicator));
        if (!fields) continue;
        answers.set(proposal.indicator, fields);
        accepted.push(proposal);
      }
      this.#movedOn();
      this.#setModel({ ...this.#model, answers }, { user: true, save: true });
      // One event per proposal, after the answers are in place, so a host records each decision as a single click would.
      for (const proposal of accepted) this.emit('losi-proposal-accept', proposalDecisionDetail(proposal));
      this.#focusAfterUpdate('#step-heading');
    },
  };

  /** The control that takes the focus once the one that had it is gone (an accepted proposal's buttons). */
  #focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** The LOSI result of `value` from `@losi/scoring` (official method), or undefined before the first render. */
  get result(): WidgetResult | undefined {
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

  override connectedCallback(): void {
    // A `value` set before the element was defined is an own property that hides the accessor: re-apply it.
    if (Object.hasOwn(this, 'value')) {
      const early = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = early;
    }
    super.connectedCallback();
  }

  formResetCallback(): void {
    this.#shownErrors.clear();
    this.#setModel(blankModel(this.#newEdition), { user: true, save: true });
  }

  formDisabledCallback(disabled: boolean): void {
    this.#form.setDisabled(disabled);
  }

  get #locked(): boolean {
    return this.readOnly || this.#form.disabled;
  }

  get #strings(): AssessmentStrings {
    const work = this.#workStrings?.language === this.language ? this.#workStrings.strings : ENGLISH_WORK_STRINGS;
    return { ...ASSESSMENT_STRINGS[this.language], ...work };
  }

  /** The texts about keeping work safe in the element's language, once loaded (English meanwhile). */
  #workStrings: { readonly language: Language; readonly strings: WorkStrings } | undefined;

  #loadWorkStrings(): void {
    const language = this.language;
    if (this.#workStrings?.language === language) return;
    this.#workStrings = { language, strings: ENGLISH_WORK_STRINGS };
    this.#run(
      loadWorkStrings(language).then((strings) => {
        if (this.language === language) this.#workStrings = { language, strings };
        this.requestUpdate();
      }),
    );
  }

  /** The edition of a new questionnaire: the set's, else the attribute's, else the default. */
  get #newEdition(): EditionId {
    return this.indicatorSet?.basedOn ?? this.edition ?? DEFAULT_EDITION;
  }

  get #structure(): EditionStructure | undefined {
    const set = this.indicatorSet;
    const edition = getStructure(this.#model.edition);
    if (!set || !edition) return edition;
    if (this.#setStructure?.set !== set) {
      // The set's groups stand in for the criteria (their ids are the set's); each group lists its own indicators.
      const criteria = setGroups(set).map((group) => ({ id: group.id as CriterionId, total: group.indicators.length, indicators: group.indicators }));
      const ids = set.indicators.map((indicator) => indicator.id);
      this.#setStructure = { set, structure: { ...edition, total: ids.length, sharedMemberships: 0, indicators: ids, complete: true, criteria } };
    }
    return this.#setStructure.structure;
  }

  /** The indicator texts shown: the edition's, or the set's built from them. */
  get #shownTexts(): EditionTexts | undefined {
    const texts = this.#texts.texts;
    const set = this.indicatorSet;
    return texts && set ? setTexts(texts, set) : texts;
  }

  /** A step's name: the criterion's, or the set's group's. */
  #stepName(id: string): string {
    const set = this.indicatorSet;
    return set ? groupName(set, id, this.language).name : CRITERION_LABELS[this.language][id as CriterionId];
  }

  /** Every catalogued indicator id of the edition, in order. */
  get #ids(): string[] {
    return this.#structure?.criteria.flatMap((criterion) => criterion.indicators) ?? [];
  }

  /** Tracks work whose failure means a module could not be loaded (an offline CDN): shown, not swallowed. */
  #run(work: Promise<unknown>): void {
    this.track(work.catch((error: unknown) => this.#failedToLoad(error)));
  }

  #failedToLoad(error: unknown): void {
    this.#loadProblem = `a module could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#loadWorkStrings();
    const wanted = this.indicatorSet?.basedOn ?? this.edition;
    if (wanted != null && wanted !== this.#model.edition && getStructure(wanted) && isBlank(this.#model)) {
      this.#setModel(blankModel(wanted), { user: false, save: false });
    }
    // A set given or changed re-scores the answers with it (the ids it keeps stay answered).
    if (changed.has('indicatorSet') || changed.has('levels')) this.#commit({ user: false, save: false });
    if (this.indicatorSet && !setScorer) {
      setScorerLoading ??= import('@losi/scoring/indicator-set').then((module) => {
        setScorer = module.scoreWithSet;
      });
      // A failed load may succeed later (the network came back); #run shows the failure meanwhile.
      const loading = setScorerLoading.catch((error: unknown) => {
        setScorerLoading = undefined;
        throw error;
      });
      this.#run(loading.then(() => this.#commit({ user: false, save: false })));
    }
    if (this.#result === undefined) this.#commit({ user: false, save: false });
    super.willUpdate(changed);
  }

  protected override prepare(): string | undefined {
    const set = this.indicatorSet ?? undefined;
    const invalid = (set ? checkIndicatorSet(set, 'indicatorSet') : undefined) ?? checkLevelScheme(this.levels ?? undefined, 'levels');
    if (invalid) return invalid;
    if (set && this.edition != null && this.edition !== set.basedOn) return mustBe('edition', `"${set.basedOn}" (the indicator set's edition)`, this.edition);
    if (this.edition != null && !getStructure(this.edition)) return mustBe('edition', '"2024" or "2022"', this.edition);
    if (this.#valueProblem) return this.#valueProblem;
    if (this.edition != null && this.edition !== this.#model.edition) {
      return `the edition attribute is "${this.edition}" but the answers follow LOSI ${this.#model.edition}`;
    }
    return this.#loadProblem ?? this.#texts.problem;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusHeading && this.#texts.texts) {
      this.#focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    }
  }

  // ---- State -------------------------------------------------------------------------------------------

  /**
   * Reads a saved copy: a draft exactly as it was typed, or (saved by an earlier version) an assessment, which is
   * read even without a city name because that is how it was saved.
   */
  async #readSaved(saved: string): Promise<ReadOutcome> {
    let json: unknown;
    try {
      json = JSON.parse(saved);
    } catch (error) {
      return { problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    let outcome: ReadOutcome;
    if (looksLikeDraft(json)) outcome = readDraft(json);
    else {
      const parsed = await parseAssessmentLazily(withoutBlankCityName(json), this.indicatorSet ?? undefined);
      if (!parsed.ok) return { problem: parsed.problems.map((p) => `${p.path || 'copy'}: ${p.message}`).join(' ') };
      const model = modelFromAssessment(parsed.assessment);
      outcome = { model: { ...model, city: { ...model.city, name: cityNameOf(json) ?? model.city.name } }, revision: 0 };
    }
    if ('model' in outcome && this.edition != null && outcome.model.edition !== this.edition) {
      return { problem: `it follows LOSI ${outcome.model.edition}, not ${this.edition}` };
    }
    return outcome;
  }

  #save(): void {
    const key = this.storageKey;
    if (!key) return;
    this.#saving = true;
    try {
      this.#storage.save(key, isBlank(this.#model) ? undefined : this.#model);
    } finally {
      this.#saving = false;
    }
  }

  /** Another tab saved: its changes are taken in, and where both tabs changed one thing the user is asked. */
  #mergedFromOtherTab(outcome: MergeOutcome, save: boolean): void {
    const fields = new Set(outcome.conflicts.map((conflict) => `${conflict.kind}:${conflict.field}`));
    this.#conflicts = [...this.#conflicts.filter((conflict) => !fields.has(`${conflict.kind}:${conflict.field}`)), ...outcome.conflicts];
    if (outcome.broughtIn > 0) {
      const before = this.#tabNotice?.kind === 'brought-in' ? this.#tabNotice.count : 0;
      this.#tabNotice = { kind: 'brought-in', count: before + outcome.broughtIn };
    }
    if (this.#saving) this.#model = outcome.model;
    else this.#setModel(outcome.model, { user: true, save });
  }

  readonly #conflictActions = {
    keepMine: (conflict: MergeConflict) => this.#settleConflict(conflict),

    useTheirs: (conflict: MergeConflict) => {
      this.#settleConflict(conflict);
      if (conflict.kind === 'answer') this.#actions.editAnswer(conflict.field, conflict.theirs, { keepSource: true });
      else this.#actions.editCity({ [conflict.field]: conflict.theirs });
    },
  };

  /** The conflicts still open, with this tab's side as it now stands (one the user made equal to the other tab's is settled). */
  #openConflicts(): MergeConflict[] {
    return this.#conflicts.flatMap((conflict): MergeConflict[] => {
      if (conflict.kind === 'city') {
        const mine = this.#model.city[conflict.field];
        return mine === conflict.theirs ? [] : [{ ...conflict, mine }];
      }
      const mine = this.#fields(conflict.field);
      return sameAnswer(mine, conflict.theirs) ? [] : [{ ...conflict, mine }];
    });
  }

  #settleConflict(conflict: MergeConflict): void {
    this.#conflicts = this.#conflicts.filter((other) => other.kind !== conflict.kind || other.field !== conflict.field);
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus());
  }

  #setModel(model: QuestionnaireModel, options: { user: boolean; save: boolean }): void {
    this.#model = model;
    this.#commit(options);
  }

  /** Derives the assessment and its score from the form, updates the form value, saves, and tells listeners. */
  #commit({ user, save }: { user: boolean; save: boolean }): void {
    // Saving first: a copy another tab saved meanwhile is merged in, and the merge is what gets derived below.
    if (save) this.#save();
    const assessment = assessmentFromModel(this.#model, this.#ids);
    this.#assessment = assessment;
    let result: WidgetResult | undefined;
    try {
      const set = this.indicatorSet ?? undefined;
      const levels = this.levels ?? undefined;
      const options = levels ? { levels } : {};
      // With a set, no result until its scorer is loaded (willUpdate loads it and commits again): never an official value instead.
      result = set ? (setScorer && set.basedOn === assessment.edition ? setScorer<string>(assessment, set, options) : undefined) : score<string>(assessment, options);
    } catch {
      // Unreachable with a valid edition (the model holds catalogued ids only); prepare() reports a bad edition.
      result = undefined;
    }
    this.#result = result;
    this.#form.sync();
    if (user) this.#userEdited = true;
    const complete = result !== undefined && result.counts.unanswered === 0 && this.#ids.length > 0;
    if (user && result) {
      this.emit('losi-change', { assessment, result });
      if (complete && !this.#wasComplete) this.emit('losi-complete', { assessment, result });
      this.#announcer.schedule(() => this.#announcement());
    }
    this.#wasComplete = complete;
    this.requestUpdate();
  }

  #formInput(): FormInput {
    const s = this.#strings;
    return {
      state: {
        model: this.#model,
        assessment: this.#assessment,
        unanswered: this.#result?.counts.unanswered ?? 0,
        structure: this.#structure,
        fields: (id) => this.#fields(id),
      },
      texts: { ...s, validityUnanswered: (count) => s.validityUnanswered(formatInteger(this.language, count)) },
      stepButtons: this.renderRoot?.querySelectorAll<HTMLElement>('.step-button'),
    };
  }

  /** What the live region says once answers settle: the value, the level and the progress. */
  #announcement(): string | undefined {
    const result = this.#result;
    if (!result) return undefined;
    const s = this.#strings;
    const count = (n: number) => formatInteger(this.language, n);
    let text = s.announce(
      formatNumber(this.language, result.value),
      levelView(result.level, this.#scheme, this.language).name,
      count(this.#answeredCount(result)),
      count(this.#ids.length),
    );
    if (result.counts.unanswered === 0 && this.#ids.length > 0) text += ` ${s.complete}`;
    return text;
  }

  get #scheme(): LevelScheme | undefined {
    return effectiveScheme({ levels: this.levels ?? undefined, set: this.indicatorSet ?? undefined });
  }

  #answeredCount(result: WidgetResult): number {
    return this.#ids.length - result.counts.unanswered;
  }

  #fields(id: string): AnswerFields {
    return this.#model.answers.get(id) ?? EMPTY_ANSWER;
  }

  readonly #actions = {
    /** A person's change; a new value is theirs, so the record of an accepted proposal goes (unless `keepSource`). */
    editAnswer: (id: string, change: Partial<AnswerFields>, options: { keepSource?: boolean } = {}) => {
      const answers = new Map(this.#model.answers);
      const previous = this.#fields(id);
      const { source, ...rest } = { ...previous, ...change };
      const valueChanged = change.value !== undefined && change.value !== previous.value;
      const keep = options.keepSource || 'source' in change || !valueChanged;
      answers.set(id, keep && source ? { ...rest, source } : rest);
      this.#movedOn();
      this.#setModel({ ...this.#model, answers }, { user: true, save: true });
    },
    editCity: (change: Partial<CityFields>) => {
      this.#movedOn();
      this.#setModel({ ...this.#model, city: { ...this.#model.city, ...change } }, { user: true, save: true });
    },
    openFields: (id: string) => {
      this.#openFields.add(id);
      this.requestUpdate();
      this.#focusAfterUpdate(`#evidence-${id}`);
    },
    /** Shows a field's error once the user leaves it (`change`), and hides it as soon as the text is valid. */
    checkField: (key: string, valid: boolean, leaving: boolean) => {
      const shown = this.#shownErrors.has(key);
      if (valid && shown) this.#shownErrors.delete(key);
      else if (!valid && leaving && !shown) this.#shownErrors.add(key);
      else return;
      this.requestUpdate();
    },
  };

  /** The user changed something after an import or an undo: that import can no longer be undone. */
  #movedOn(): void {
    this.#undo.movedOn();
    this.#undone = undefined;
    if (this.#files.outcome?.kind === 'done') this.#files.outcome = undefined;
  }

  #goTo(step: number): void {
    this.#step = step;
    this.#focusHeading = true;
    this.requestUpdate();
  }

  // ---- Files and reset ---------------------------------------------------------------------------------

  get #importTexts(): ImportTexts {
    const s = this.#strings;
    const count = (n: number) => formatInteger(this.language, n);
    return {
      row: (row) => s.row(count(row)),
      rowColumn: (row, column) => s.rowColumn(count(row), column),
      lineColumn: (line, column) => s.lineColumn(count(line), count(column)),
      csvCount: (n) => s.csvCount(count(n)),
      editionMismatch: s.editionMismatch,
      unreadableFile: s.unreadableFile,
      tooLarge: (size, limit) => s.fileTooLarge(...formatFileSizes(this.language, size, limit)),
    };
  }

  readonly #toolbarActions = {
    fileChosen: (event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) this.#run(this.#import(file));
    },
    exportJson: () => this.#files.exportJson(this.#assessment),
    exportCsv: () => this.#run(this.#files.exportCsv(this.#assessment)),
    reset: () => void this.#askReset(),
  };

  /** Reads a file to import (tracked: `updateComplete` waits for it); replacing the answers is not tracked, as it may wait for the user. */
  async #import(file: File): Promise<void> {
    const limit = Number.isFinite(this.maxFileSize) && this.maxFileSize > 0 ? this.maxFileSize : DEFAULT_MAX_FILE_SIZE;
    const set = this.indicatorSet ?? undefined;
    const read = await this.#files.read(file, this.#model.edition, this.#importTexts, limit, set && { id: set.id, ids: set.indicators.map((indicator) => indicator.id) });
    if ('auditReport' in read) await this.#loadAudit(read.auditReport, file.name);
    else if ('assessment' in read) void this.#replaceWithImport(file.name, read.assessment);
  }

  /** Over work that would be lost, asks first; the replaced copy is kept for undo. */
  async #replaceWithImport(file: string, assessment: Assessment): Promise<void> {
    const s = this.#strings;
    if (!isBlank(this.#model)) {
      const confirmed = await this.#dialog.ask(
        { id: 'import', title: s.importTitle, text: s.importText(file), confirm: s.confirmImport, cancel: s.cancel },
        () => this.renderRoot.querySelector<HTMLElement>('.file-input'),
      );
      if (!confirmed) return;
      this.#undo.keep({ kind: 'import', file, model: this.#model });
    }
    this.#files.outcome = { kind: 'done', file };
    this.#undone = undefined;
    this.#shownErrors.clear();
    this.#setModel(modelFromAssessment(assessment), { user: true, save: true });
  }

  async #askReset(): Promise<void> {
    const s = this.#strings;
    const confirmed = await this.#dialog.ask(
      { id: 'reset', title: s.resetTitle, text: s.resetTextUndoable, confirm: s.confirmReset, cancel: s.cancel },
      () => this.renderRoot.querySelector<HTMLElement>('.reset'),
    );
    if (!confirmed) return;
    if (!isBlank(this.#model)) this.#undo.keep({ kind: 'reset', model: this.#model });
    this.#proposals.forgetDecisions();
    this.#files.outcome = undefined;
    this.#undone = undefined;
    this.#storage.clearUnreadableNotice();
    this.#shownErrors.clear();
    this.#step = 0;
    this.#setModel(blankModel(this.indicatorSet?.basedOn ?? this.edition ?? this.#model.edition), { user: true, save: true });
  }

  /** Brings back the copy an import replaced or "Start over" cleared; over work typed since, it asks first. */
  async #undoLast(): Promise<void> {
    const undoable = this.#undo.current;
    if (!undoable) return;
    const s = this.#strings;
    if (undoable.kind === 'reset' && !isBlank(this.#model)) {
      const confirmed = await this.#dialog.ask(
        { id: 'undo-reset', title: s.undoResetTitle, text: s.undoResetText, confirm: s.confirmUndoReset, cancel: s.cancel },
        () => this.renderRoot.querySelector<HTMLElement>('.undo'),
      );
      if (!confirmed) return;
    }
    this.#undo.take();
    this.#files.outcome = undefined;
    this.#undone = undoable.kind === 'import' ? s.importUndone(undoable.file) : s.resetUndone;
    this.#shownErrors.clear();
    this.#setModel(undoable.model, { user: true, save: true });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  // ---- Rendering ---------------------------------------------------------------------------------------

  protected override renderContent(): unknown {
    const s = this.#strings;
    const structure = this.#structure;
    const texts = this.#shownTexts;
    if (!texts || !structure || this.#storage.restoring) return html`<p class="loading" role="status">${s.loading}</p>`;
    const criteria = structure.criteria;
    const stepCount = criteria.length + 1;
    const step = Math.min(this.#step, stepCount - 1);
    const criterion = step === 0 ? undefined : criteria[step - 1];
    const stepName = criterion ? this.#stepName(criterion.id) : s.aboutStep;
    const set = this.indicatorSet;
    const count = (n: number) => formatInteger(this.language, n);
    const result = this.#result;
    return html`
      ${noticesTemplate(s, this.#storage.notice, this.#files.outcome)} ${this.#renderTabNotice(s)}
      ${undoTemplate(s, this.#locked ? undefined : this.#undo.current, this.#undone, () => void this.#undoLast())}
      ${conflictsTemplate(s, this.#openConflicts(), (id) => texts.indicators.get(id)?.title ?? id, this.#conflictActions)}
      ${toolbarTemplate(s, this.#locked, this.#toolbarActions)}
      ${this.#locked
        ? nothing
        : auditBarTemplate(s, this.#proposals.audit, this.#proposals.allPending.length, this.#proposals.decidedPending.length, count, this.#proposalActions)}
      ${result
        ? summaryTemplate(s, this.language, result, this.#answeredCount(result), this.#ids.length, {
            level: levelView(result.level, this.#scheme, this.language),
            // A set's value is "<set> (adapted from LOSI 2024)", never the official LOSI.
            label: set ? adaptedLabel(this.language, set.name, set.basedOn) : undefined,
          })
        : nothing}
      ${stepsTemplate(
        s,
        this.language,
        criteria,
        (id) => this.#stepName(id),
        step,
        (item) => item.indicators.filter((id) => this.#fields(id).value !== undefined).length,
        (index) => this.#goTo(index),
      )}
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
      ${this.#announcer.render()} ${this.#locked ? nothing : this.#dialog.render()}
    `;
  }

  #renderTabNotice(s: AssessmentStrings): TemplateResult {
    const notice = this.#tabNotice;
    const text = notice === undefined ? '' : notice.kind === 'removed' ? s.removedElsewhere : s.broughtIn(formatInteger(this.language, notice.count));
    return html`<div role="status" class="tab-status">${text ? html`<p part="notice" class="notice tab-notice">${text}</p>` : nothing}</div>`;
  }

  #renderAbout(s: AssessmentStrings): TemplateResult {
    return this.#locked
      ? aboutReadOnlyTemplate(s, this.#model.city, this.#assessment)
      : aboutTemplate(s, this.#model.city, this.#shownErrors, this.#actions);
  }

  #renderCriterion(s: AssessmentStrings, criterion: CriterionStructure, texts: EditionTexts): TemplateResult {
    if (criterion.indicators.length === 0) return html`<p class="empty">${s.noIndicators}</p>`;
    return html`<div class="indicators" lang=${texts.lang}>
      ${criterion.indicators.map((id, index) => {
        const text = texts.indicators.get(id);
        if (!text) return nothing;
        const fields = this.#fields(id);
        return this.#locked
          ? indicatorReadOnlyTemplate(s, this.language, text, index + 1, fields, {
              evidence: this.#savedAnswerField(id, 'evidence'),
              note: this.#savedAnswerField(id, 'note'),
            })
          : indicatorTemplate(s, this.language, text, index + 1, fields, this.#shownErrors, this.#actions, this.#renderProposal(s, id), this.#openFields.has(id));
      })}
    </div>`;
  }

  #renderProposal(s: AssessmentStrings, id: string): unknown {
    const proposal = this.#proposals.pending(id);
    return proposal ? proposalTemplate(s, proposal, this.#proposalActions) : nothing;
  }

  /** Evidence or note as saved in the assessment (valid only), for the read-only view. */
  #savedAnswerField(id: string, field: 'evidence' | 'note'): string | undefined {
    const answer = Object.hasOwn(this.#assessment.answers, id) ? this.#assessment.answers[id] : undefined;
    return typeof answer === 'object' ? answer[field] : undefined;
  }
}
