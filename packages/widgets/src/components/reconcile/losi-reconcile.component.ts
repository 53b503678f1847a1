import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CRITERION_LABELS } from '@losi/indicators/labels';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { AnswerValue, Assessment } from '@losi/indicators/structure';
import {
  needsReconciliation,
  previewReconciliation,
  reconcile,
  type AgreementInput,
  type IndicatorAgreement,
  type ReconcileDecision,
  type Reconciliation,
  type ReconciliationPreview,
  type ReconciliationRecord,
  type ValueRange,
} from '@losi/scoring/agreement';
import { LosiElement } from '../../internal/losi-element.js';
import { downloadText, fileNamePart } from '../../internal/download.js';
import { formatInteger, formatNumber, formatPercent } from '../../internal/format.js';
import { renderGuidance } from '../../internal/indicator-guidance.js';
import { loadIndicatorTexts, type EditionTexts } from '../../internal/indicator-texts.js';
import { adaptedLabel, checkIndicatorSet, groupName, setTexts } from '../../internal/indicator-set.js';
import { InvalidJson, jsonAttribute } from '../../internal/json-attribute.js';
import { isSafeLink, mustBe } from '../../internal/validate.js';
import { keepAside, readSaved, removeSaved, writeSaved } from '../assessment/assessment-storage.js';
import { decisionOf, draftOf, EMPTY_DRAFT, localToday, readSavedDecisions, type Choice, type Draft, type SavedDecisions } from './reconcile-drafts.js';
import { RECONCILE_STRINGS, type ReconcileStrings } from './losi-reconcile.strings.js';
import { reconcileStyles } from './losi-reconcile.styles.js';

/** Detail of `losi-decision`: the decisions as they stand and what is left. */
export interface ReconcileChangeDetail {
  /** Every decision taken so far, in the format `reconcile` and `losi reconcile --decisions` take. */
  readonly decisions: readonly ReconcileDecision[];
  /** Disagreements without a valid decision yet. */
  readonly undecided: readonly string[];
  /** The LOSI value range left open (with `indicatorSet`, the range of the set's value). */
  readonly valueRange: ValueRange;
  readonly ready: boolean;
}

/** Detail of `losi-reconciled`: the reconciled assessment, its record, and the decisions behind them. */
export interface ReconciledDetail {
  readonly assessment: Assessment;
  readonly record: ReconciliationRecord;
  readonly decisions: readonly ReconcileDecision[];
}

const VALUES: readonly AnswerValue[] = ['yes', 'no', 'na'];
const HTTP_URL = /^https?:\/\/\S+$/;

function isHttpUrl(text: string): boolean {
  if (!HTTP_URL.test(text)) return false;
  try {
    return new URL(text).hostname.length > 0;
  } catch {
    return false;
  }
}

function portalOf(assessment: Assessment): string {
  return `${assessment.edition}|${assessment.city.name.trim().toLowerCase()}|${assessment.city.country ?? ''}`;
}

/**
 * The reconciliation screen: two or three blind assessments of one portal side by side, disagreements first.
 * For each, every assessor's answer with its evidence link and note, and the indicator's guidance; the reviewer
 * takes one answer or sets one, and types the reason (required when the decision overrides an assessor). Agreed
 * answers can be overridden too. The agreement figures (from `@losi/scoring/agreement`), the decisions left and the
 * range of LOSI values still possible update as the reviewer goes. Native radios, fields and buttons only, so it
 * works with the keyboard alone.
 *
 * - Input: `assessments`, a list of `{ assessor, assessment }` (or bare assessments, labelled A, B, C…).
 * - `indicatorSet`: a country project's set (parsed with `parseIndicatorSet`): the assessments answer by its ids,
 *   the screen shows its titles and groups and the set's value range ("<set> (adapted from LOSI <edition>)", never a
 *   LOSI value), and the record names the set.
 * - Output: `decisions` (the list `reconcile` and `losi reconcile --decisions` take), `result` (the reconciled
 *   assessment and its record, once every disagreement is decided), the events below, and "Export JSON", which
 *   downloads `{ decisions, assessment, record }` (the CLI reads the same file with `--decisions`).
 * - Autosave: with `storage-key`, decisions and the reviewer's name are saved to `localStorage` on every change and
 *   restored when the element is created again (unless `decisions` is set); a copy that cannot be used is moved to
 *   `<storage-key>.unreadable-<time>`, never dropped.
 *
 * @summary Reconcile blind assessments of one portal: disagreements side by side, decisions with reasons, live agreement and value range.
 * @tagname losi-reconcile
 * @fires {CustomEvent<ReconcileChangeDetail>} losi-decision - The reviewer changed a decision, a reason or their name. `detail` has `decisions`, `undecided`, `valueRange` and `ready`.
 * @fires {CustomEvent<ReconciledDetail>} losi-reconciled - After a change of the reviewer's, every disagreement has a valid decision. `detail` has `assessment`, `record` and `decisions`.
 * @csspart header - The title and the assessors.
 * @csspart summary - The agreement figures, the decisions left and the value range.
 * @csspart progress - The bar of decisions taken (a native `<progress>`).
 * @csspart toolbar - The reviewer's name and the export button.
 * @csspart item - One indicator to decide (a disagreement or an override).
 * @csspart answers - The assessors' answers of an item, side by side.
 * @csspart answer - One assessor's answer with its evidence and note.
 * @csspart guidance - The expandable guidance of an indicator (a `<details>`).
 * @csspart choices - The decision radios of an item.
 * @csspart field - A text field (reviewer, reason, evidence).
 * @csspart field-error - The message under a field that needs attention.
 * @csspart agreed - The list of agreed answers (a `<details>`).
 * @csspart button - Every button.
 * @csspart notice - A message about the saved copy.
 * @cssproperty --losi-reconcile-max-inline-size - Largest width of the screen. Default `72rem`.
 * @cssproperty --losi-color-accent - Links, selected decisions and the progress bar.
 * @cssproperty --losi-color-surface-raised - Background of the summary and of each assessor's answer.
 */
export class LosiReconcile extends LosiElement {
  static override styles = reconcileStyles;

  static override properties = {
    assessments: { converter: jsonAttribute('assessments') },
    reviewer: { type: String, reflect: true },
    maxDisagreement: { type: Number, attribute: 'max-disagreement' },
    storageKey: { type: String, attribute: 'storage-key' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    indicatorSet: { attribute: false },
  };

  /**
   * The assessments of one portal and edition: `{ assessor, assessment }` objects (or bare assessments, labelled
   * A, B, C… in order), two or three side by side. Also accepted as a JSON attribute.
   */
  declare assessments: readonly AgreementInput[] | undefined;

  /** Who decides: recorded in every decision (`decidedBy`). The reviewer can also type it in the screen. */
  declare reviewer: string | undefined;

  /** The disagreement rate above which the portal needs reconciliation, from 0 to 1 (default 0.05). */
  declare maxDisagreement: number;

  /** The `localStorage` key decisions are saved under and restored from. Without it nothing is saved. */
  declare storageKey: string | undefined;

  /** Level of the title, 1 to 5 (default 2); items use the next level. */
  declare headingLevel: number;

  /**
   * A country project's indicator set (`@losi/indicators/indicator-set`, parsed with `parseIndicatorSet`), as a
   * property: the assessments answer by its ids and are compared and reconciled by it (`reconcile`'s
   * `indicatorSet` option); titles and groups are the set's, and the value range is the set's, never a LOSI value.
   */
  declare indicatorSet: IndicatorSet | undefined;

  #drafts = new Map<string, Draft>();
  /** Agreed indicators the reviewer opened for a decision. */
  #overrides = new Set<string>();
  /** Items whose reason field the reviewer has left, so a missing reason is shown as an error. */
  #touched = new Set<string>();
  #inputs: readonly AgreementInput[] = [];
  #portal = '';
  #preview: ReconciliationPreview<string> | undefined;
  #result: Reconciliation<string> | undefined;
  #decisionsGiven = false;
  #restoredKey: string | undefined;
  #notice: { kind: 'unreadable'; key: string } | { kind: 'unavailable' } | undefined;
  #texts: EditionTexts | undefined;
  #textsKey = '';
  #loading: Promise<void> | undefined;
  #focusItem: string | undefined;

  constructor() {
    super();
    this.maxDisagreement = 0.05;
    this.headingLevel = 2;
  }

  /** The decisions taken so far (a new list each time). Set it to load decisions; `reconcile` takes the same list. */
  get decisions(): ReconcileDecision[] {
    const decisions: ReconcileDecision[] = [];
    for (const [indicator, draft] of this.#drafts) {
      const decision = decisionOf(indicator, draft, this.reviewer?.trim() || undefined);
      if (decision) decisions.push(decision);
    }
    return decisions;
  }

  set decisions(input: readonly unknown[] | null | undefined) {
    this.#decisionsGiven = true;
    this.#loadDecisions(Array.isArray(input) ? input : []);
    this.requestUpdate();
  }

  /** The reconciled assessment and its record, once every disagreement has a valid decision; else undefined. */
  get result(): Reconciliation<string> | undefined {
    return this.#result;
  }

  /** Where reconciliation stands (undecided disagreements, problems, value range), or undefined for invalid input. */
  get preview(): ReconciliationPreview<string> | undefined {
    return this.#preview;
  }

  override connectedCallback(): void {
    // Properties set before the element was defined are own properties that hide the accessors: re-apply them.
    if (Object.hasOwn(this, 'decisions')) {
      const early = (this as { decisions?: unknown[] }).decisions;
      delete (this as { decisions?: unknown }).decisions;
      this.decisions = early;
    }
    super.connectedCallback();
  }

  #loadDecisions(list: readonly unknown[]): void {
    this.#drafts = new Map();
    this.#overrides = new Set();
    for (const item of list) {
      const parsed = draftOf(item);
      if (!parsed) continue;
      this.#drafts.set(parsed.indicator, parsed.draft);
      if (parsed.decidedBy && !this.reviewer) this.reviewer = parsed.decidedBy;
    }
    // Overrides are decisions on agreed indicators; which ones is known once the inputs are compared (prepare).
    this.#overrides = new Set([...this.#drafts.keys()]);
  }

  get #strings(): ReconcileStrings {
    return RECONCILE_STRINGS[this.language];
  }

  protected override prepare(changed: PropertyValues<this>): string | undefined {
    this.#preview = undefined;
    this.#result = undefined;
    const inputs = this.assessments;
    if (inputs instanceof InvalidJson) return String(inputs);
    if (inputs == null) return 'set the assessments property: two or more { assessor, assessment } of one portal';
    if (!Array.isArray(inputs)) return mustBe('assessments', 'a list of { assessor, assessment }', inputs);
    if (!(typeof this.maxDisagreement === 'number' && this.maxDisagreement >= 0 && this.maxDisagreement <= 1)) {
      return mustBe('max-disagreement', 'a share from 0 to 1', this.maxDisagreement);
    }
    if (!(Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 5)) {
      return mustBe('heading-level', 'a whole number from 1 to 5', this.headingLevel);
    }
    const set = this.indicatorSet ?? undefined;
    const invalidSet = set === undefined ? undefined : checkIndicatorSet(set, 'indicatorSet');
    if (invalidSet) return invalidSet;
    this.#inputs = inputs;
    try {
      this.#compute();
    } catch (error) {
      return `assessments cannot be reconciled: ${error instanceof Error ? error.message : String(error)}`;
    }
    const first = this.#preview!.agreement;
    // Decisions saved for a set are keyed by its ids: never restored for the edition, nor for another set.
    const portal = portalOf({ schemaVersion: 1, edition: first.edition, city: first.city, answers: {} });
    this.#portal = set ? `${portal}|set:${set.id}` : portal;
    if (changed.has('storageKey') || changed.has('assessments') || changed.has('indicatorSet')) this.#restore();
    this.#loadTexts();
    return undefined;
  }

  /** Compares the inputs with the decisions so far; keeps only overrides of indicators that are agreed. */
  #compute(): void {
    const set = this.indicatorSet ?? undefined;
    const options = { decidedAt: localToday(), ...(set ? { indicatorSet: set } : {}) };
    const preview = previewReconciliation(this.#inputs, this.decisions, options);
    const agreedIds = new Set(preview.agreement.indicators.filter((item) => item.agreed).map((item) => item.indicator));
    for (const id of this.#overrides) if (!agreedIds.has(id)) this.#overrides.delete(id);
    this.#preview = preview;
    this.#result = preview.ready ? reconcile(this.#inputs, this.decisions, options) : undefined;
  }

  #restore(): void {
    const key = this.storageKey;
    if (!key || key === this.#restoredKey || this.#decisionsGiven) return;
    this.#restoredKey = key;
    const saved = readSaved(key);
    if (saved === 'unavailable') {
      this.#notice = { kind: 'unavailable' };
      return;
    }
    if (saved === null) return;
    const copy = readSavedDecisions(saved);
    if (copy === undefined || copy.portal !== this.#portal) {
      const aside = keepAside(key, saved);
      this.#notice = { kind: 'unreadable', key: aside ?? key };
      console.warn(
        `[losi] <${this.localName}>: the decisions saved under "${key}" ${copy === undefined ? 'could not be read' : `are about another portal (${copy.portal})`}. ` +
          (aside ? `They were moved to "${aside}".` : 'They were left in place.'),
      );
      return;
    }
    if (copy.reviewer && !this.reviewer) this.reviewer = copy.reviewer;
    this.#loadDecisions(copy.decisions);
    this.#compute();
  }

  #save(): void {
    const key = this.storageKey;
    if (!key) return;
    const decisions = this.decisions;
    const reviewer = this.reviewer?.trim();
    const copy: SavedDecisions = { losiReconcile: 1, portal: this.#portal, ...(reviewer ? { reviewer } : {}), decisions };
    const ok = decisions.length === 0 && !reviewer ? removeSaved(key) : writeSaved(key, JSON.stringify(copy));
    if (!ok) this.#notice = { kind: 'unavailable' };
  }

  #loadTexts(): void {
    const edition = this.#preview?.agreement.edition;
    if (edition === undefined) return;
    const key = `${this.language}:${edition}`;
    if (key === this.#textsKey) return;
    this.#textsKey = key;
    const loading = loadIndicatorTexts(this.language, edition)
      .then((texts) => {
        if (this.#textsKey === key) {
          this.#texts = texts;
          this.requestUpdate();
        }
      })
      .catch((error: unknown) => {
        // The screen still works with indicator ids when the texts chunk cannot be fetched.
        console.warn(`[losi] <losi-reconcile>: indicator texts could not be loaded (${String(error)})`);
      });
    this.#loading = loading;
    void loading.finally(() => {
      if (this.#loading === loading) this.#loading = undefined;
    });
  }

  /** Resolves once rendered with the indicator texts of the current language (they load lazily). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#loading !== undefined) {
      await this.#loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusItem !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(`#title-${this.#focusItem}`)?.focus();
      this.#focusItem = undefined;
    }
  }

  /** After every change of the reviewer's: recompute, save, tell listeners, re-render. */
  #changed(): void {
    try {
      this.#compute();
    } catch {
      // The inputs were valid when rendered; prepare() reports it if they no longer are.
    }
    this.#save();
    const preview = this.#preview;
    if (preview) {
      const decisions = this.decisions;
      this.emit('losi-decision', { decisions, undecided: preview.undecided, valueRange: preview.valueRange, ready: preview.ready });
      if (this.#result) this.emit('losi-reconciled', { assessment: this.#result.assessment, record: this.#result.record, decisions });
    }
    this.requestUpdate();
  }

  #draft(indicator: string): Draft {
    return this.#drafts.get(indicator) ?? EMPTY_DRAFT;
  }

  #choose(indicator: string, choice: Choice): void {
    const draft = this.#draft(indicator);
    this.#drafts.set(indicator, { ...draft, choice, decidedAt: localToday() });
    this.#changed();
  }

  #type(indicator: string, field: 'reason' | 'evidence', text: string): void {
    this.#drafts.set(indicator, { ...this.#draft(indicator), [field]: text });
    this.#changed();
  }

  #typeReviewer(text: string): void {
    this.reviewer = text;
    this.#changed();
  }

  #openOverride(indicator: string): void {
    this.#overrides.add(indicator);
    this.#focusItem = indicator;
    this.requestUpdate();
  }

  #removeOverride(indicator: string): void {
    this.#overrides.delete(indicator);
    this.#drafts.delete(indicator);
    this.#touched.delete(indicator);
    this.#changed();
  }

  #export(): void {
    const preview = this.#preview;
    if (!preview) return;
    const { city, edition } = preview.agreement;
    const document = { decisions: this.decisions, ...(this.#result ? { assessment: this.#result.assessment, record: this.#result.record } : {}) };
    downloadText(this.renderRoot, `losi-${edition}-${fileNamePart(city.name) || 'portal'}-reconciliation.json`, `${JSON.stringify(document, null, 2)}\n`, 'application/json');
  }

  // ——— rendering ———

  #answerName(value: AnswerValue | null): string {
    return this.#strings.answers[value ?? 'unanswered'];
  }

  #number(value: number): string {
    return formatNumber(this.language, value, 4);
  }

  protected override renderContent(): unknown {
    const preview = this.#preview;
    if (!preview) return nothing;
    const strings = this.#strings;
    const { agreement } = preview;
    const level = this.headingLevel;
    const overrides = agreement.indicators.filter((item) => item.agreed && this.#overrides.has(item.indicator));
    const agreed = agreement.indicators.filter((item) => item.agreed && !this.#overrides.has(item.indicator));
    return html`<header part="header" class="header">
        <div class="title" role="heading" aria-level=${level}>${strings.title(agreement.city.name, agreement.edition)}</div>
        ${agreement.indicatorSet
          ? html`<p class="meta set-name" lang="en">${adaptedLabel(this.language, agreement.indicatorSet.name, agreement.edition)}</p>`
          : nothing}
        <p class="meta">${strings.assessors(agreement.assessors.join(', '))}</p>
      </header>
      ${this.#renderNotice()} ${this.#renderSummary(preview)} ${this.#renderToolbar(preview)}
      <section class="section" aria-labelledby="disagreements-title">
        <div class="section-title" id="disagreements-title" role="heading" aria-level=${level + 1}>${strings.disagreements}</div>
        ${agreement.disagreements.length === 0
          ? html`<p>${strings.none}</p>`
          : html`<ol class="items">
              ${agreement.disagreements.map((item) => this.#renderItem(item, preview, level + 2, false))}
            </ol>`}
      </section>
      ${overrides.length > 0
        ? html`<section class="section" aria-labelledby="overrides-title">
            <div class="section-title" id="overrides-title" role="heading" aria-level=${level + 1}>${strings.overrides}</div>
            <ol class="items">
              ${overrides.map((item) => this.#renderItem(item, preview, level + 2, true))}
            </ol>
          </section>`
        : nothing}
      ${agreed.length > 0
        ? html`<details part="agreed" class="agreed">
            <summary>${strings.agreed(formatInteger(this.language, agreed.length))}</summary>
            <ul class="agreed-list">
              ${agreed.map(
                (item) => html`<li class="agreed-item">
                  <span class="agreed-title">${this.#title(item.indicator)}</span>
                  <span class="agreed-value">${this.#answerName(item.answers[0]!.value)}</span>
                  <button
                    part="button"
                    class="button override"
                    type="button"
                    aria-label=${`${strings.override}: ${this.#title(item.indicator)}`}
                    @click=${() => this.#openOverride(item.indicator)}
                  >
                    ${strings.override}
                  </button>
                </li>`,
              )}
            </ul>
          </details>`
        : nothing}`;
  }

  #renderNotice(): unknown {
    const notice = this.#notice;
    if (!notice) return nothing;
    const text = notice.kind === 'unavailable' ? this.#strings.storageUnavailable : this.#strings.savedUnreadable(notice.key);
    return html`<p part="notice" class="notice" role="status">${text}</p>`;
  }

  #renderSummary(preview: ReconciliationPreview<string>): TemplateResult {
    const strings = this.#strings;
    const lang = this.language;
    const { agreement } = preview;
    const total = agreement.disagreements.length;
    const decidedDisagreements = total - preview.undecided.length;
    const threshold = formatPercent(lang, this.maxDisagreement);
    const above = needsReconciliation(agreement, { maxDisagreement: this.maxDisagreement });
    const range = preview.valueRange;
    const kappa = agreement.kappa === null ? strings.kappaUndefined : strings.kappa(formatNumber(lang, agreement.kappa), agreement.kappaMethod);
    const agreementText = agreement.agreementRate === null ? '' : strings.agreement(formatInteger(lang, agreement.agreed), formatInteger(lang, agreement.compared), new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(agreement.agreementRate));
    const decidedText = strings.decided(formatInteger(lang, decidedDisagreements), formatInteger(lang, total));
    return html`<section part="summary" class="summary" aria-label=${strings.disagreements}>
      <p class="figures">${agreementText} · ${kappa}</p>
      <p class=${above ? 'verdict above' : 'verdict'}>${above ? strings.above(threshold) : strings.within(threshold)}</p>
      ${agreement.evidenceRule && agreement.missingEvidence.length > 0
        ? html`<p class="evidence-count">${strings.missingEvidence(formatInteger(lang, agreement.missingEvidence.length))}</p>`
        : nothing}
      <div class="live" role="status">
        <p class="decided">${decidedText}</p>
        <p class="range">${this.#rangeText(range, agreement.indicatorSet !== undefined)}</p>
        ${preview.ready ? html`<p class="ready">${strings.ready}</p>` : nothing}
      </div>
      <progress part="progress" class="progress" max=${Math.max(total, 1)} .value=${total === 0 ? 1 : decidedDisagreements} aria-label=${decidedText}></progress>
    </section>`;
  }

  #rangeText(range: ValueRange, ofSet: boolean): string {
    const strings = this.#strings;
    const [min, max] = [this.#number(range.min), this.#number(range.max)];
    if (ofSet) return range.min === range.max ? strings.setFixed(min) : strings.setRange(min, max);
    return range.min === range.max ? strings.fixed(min) : strings.range(min, max);
  }

  #renderToolbar(preview: ReconciliationPreview<string>): TemplateResult {
    const strings = this.#strings;
    const missing = preview.problems.some((problem) => problem.path.endsWith('.decidedBy'));
    return html`<div part="toolbar" class="toolbar">
      <div class="field-group">
        <label for="reviewer">${strings.reviewer}</label>
        <input
          part="field"
          id="reviewer"
          class="field"
          type="text"
          autocomplete="name"
          .value=${this.reviewer ?? ''}
          aria-invalid=${missing ? 'true' : 'false'}
          aria-describedby=${missing ? 'reviewer-error' : nothing}
          @input=${(event: Event) => this.#typeReviewer((event.target as HTMLInputElement).value)}
        />
        ${missing ? html`<p part="field-error" class="field-error" id="reviewer-error">${strings.reviewerMissing}</p>` : nothing}
      </div>
      <button part="button" class="button export-json" type="button" @click=${this.#export}>${strings.exportJson}</button>
    </div>`;
  }

  /** The indicator texts shown: the edition's, or the set's built from them (its titles, under its ids). */
  get #shownTexts(): EditionTexts | undefined {
    const texts = this.#texts;
    const set = this.indicatorSet;
    return texts && set ? setTexts(texts, set) : texts;
  }

  /** An indicator's criterion, or its group in the set, by name. */
  #criterionName(id: string): string {
    const set = this.indicatorSet;
    return set ? groupName(set, id, this.language).name : CRITERION_LABELS[this.language][id as keyof (typeof CRITERION_LABELS)['en']];
  }

  #title(indicator: string): string {
    return this.#shownTexts?.indicators.get(indicator)?.title ?? indicator;
  }

  #renderItem(item: IndicatorAgreement<string>, preview: ReconciliationPreview<string>, level: number, override: boolean): TemplateResult {
    const strings = this.#strings;
    const id = item.indicator;
    const text = this.#shownTexts?.indicators.get(id);
    const draft = this.#draft(id);
    const decisions = this.decisions;
    const position = decisions.findIndex((decision) => decision.indicator === id);
    const problems = position === -1 ? [] : preview.problems.filter((problem) => problem.path.startsWith(`decisions[${position}].`));
    const finalValue = draft.choice === undefined ? undefined : draft.choice.startsWith('assessor:') ? item.answers.find((answer) => `assessor:${answer.assessor}` === draft.choice)?.value : (draft.choice.slice(6) as AnswerValue);
    const reasonNeeded = finalValue !== undefined && item.answers.some((answer) => answer.value !== finalValue);
    const reasonError = problems.some((problem) => problem.path.endsWith('.reason')) && (this.#touched.has(id) || draft.reason !== '');
    const settingValue = draft.choice?.startsWith('value:') === true;
    const evidenceError = settingValue && draft.evidence.trim() !== '' && !isHttpUrl(draft.evidence.trim());
    const choices: { choice: Choice; label: string }[] = [
      ...item.answers.filter((answer) => answer.value !== null).map((answer) => ({ choice: `assessor:${answer.assessor}` as Choice, label: strings.take(answer.assessor, this.#answerName(answer.value)) })),
      ...VALUES.map((value) => ({ choice: `value:${value}` as Choice, label: strings.set(this.#answerName(value)) })),
    ];
    const describedBy = [reasonNeeded ? `reason-hint-${id}` : '', reasonError ? `reason-error-${id}` : ''].filter(Boolean).join(' ');
    return html`<li part="item" class="item" data-indicator=${id}>
      <div class="item-title" id=${`title-${id}`} role="heading" aria-level=${level} tabindex="-1" lang=${text?.untranslated.has('title') ? 'en' : nothing}>
        ${text?.title ?? id}
      </div>
      <p class="item-meta">${this.#criterionName(item.criterion)} · <code>${id}</code></p>
      ${text?.description ? html`<p class="description" lang=${text.untranslated.has('description') ? 'en' : nothing}>${text.description}</p>` : nothing}
      <ul part="answers" class="answers">
        ${item.answers.map(
          (answer) => html`<li part="answer" class="answer">
            <span class="assessor">${answer.assessor}</span>
            <span class=${`value value-${answer.value ?? 'unanswered'}`}>${this.#answerName(answer.value)}</span>
            ${answer.evidence !== undefined && isSafeLink(answer.evidence)
              ? html`<span class="evidence">${strings.evidence}: <a href=${answer.evidence} rel="noopener noreferrer" target="_blank">${answer.evidence}</a></span>`
              : answer.value === 'yes'
                ? html`<span class="evidence missing">${strings.noEvidence}</span>`
                : nothing}
            ${answer.note ? html`<span class="note">${strings.note}: ${answer.note}</span>` : nothing}
          </li>`,
        )}
      </ul>
      ${text ? renderGuidance(text, strings) : nothing}
      <fieldset part="choices" class="choices">
        <legend>${strings.decision}</legend>
        ${choices.map(
          ({ choice, label }) => html`<label class="choice">
            <input
              type="radio"
              name=${`decision-${id}`}
              .value=${choice}
              .checked=${draft.choice === choice}
              @change=${() => this.#choose(id, choice)}
            />
            <span>${label}</span>
          </label>`,
        )}
      </fieldset>
      <div class="field-group">
        <label for=${`reason-${id}`}>${strings.reason}</label>
        <textarea
          part="field"
          class="field reason"
          id=${`reason-${id}`}
          rows="2"
          ?required=${reasonNeeded}
          aria-invalid=${reasonError ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          .value=${draft.reason}
          @input=${(event: Event) => this.#type(id, 'reason', (event.target as HTMLTextAreaElement).value)}
          @blur=${() => {
            if (!this.#touched.has(id)) {
              this.#touched.add(id);
              this.requestUpdate();
            }
          }}
        ></textarea>
        ${reasonNeeded ? html`<p class="hint" id=${`reason-hint-${id}`}>${strings.reasonRequired}</p>` : nothing}
        ${reasonError ? html`<p part="field-error" class="field-error" id=${`reason-error-${id}`}>${strings.reasonMissing}</p>` : nothing}
      </div>
      ${settingValue
        ? html`<div class="field-group">
            <label for=${`evidence-${id}`}>${strings.reviewerEvidence}</label>
            <input
              part="field"
              class="field evidence-field"
              id=${`evidence-${id}`}
              type="url"
              inputmode="url"
              .value=${draft.evidence}
              aria-invalid=${evidenceError ? 'true' : 'false'}
              aria-describedby=${evidenceError ? `evidence-error-${id}` : nothing}
              @change=${(event: Event) => this.#type(id, 'evidence', (event.target as HTMLInputElement).value)}
            />
            ${evidenceError ? html`<p part="field-error" class="field-error" id=${`evidence-error-${id}`}>${strings.urlInvalid}</p>` : nothing}
          </div>`
        : nothing}
      ${override
        ? html`<button part="button" class="button remove-override" type="button" @click=${() => this.#removeOverride(id)}>${strings.removeOverride}</button>`
        : nothing}
    </li>`;
  }
}
