import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '@losi/indicators/labels';
import { formatInteger } from '../../../internal/format.js';
import { renderGuidance } from '../../../internal/indicator-guidance.js';
import type { IndicatorTexts } from '../../../internal/indicator-texts.js';
import type { AssessmentStrings } from '../losi-assessment.strings.js';
import { ANSWER_VALUES, isHttpUrl, type AnswerFields } from '../assessment-model.js';

/** What an indicator's controls can change. */
export interface AnswerActions {
  readonly editAnswer: (id: string, change: Partial<AnswerFields>) => void;
  readonly checkField: (key: string, valid: boolean, leaving: boolean) => void;
  /** Shows the evidence and note fields of an indicator (they open on demand, or when they hold text). */
  readonly openFields: (id: string) => void;
}

/** The title and description of an indicator, with `lang="en"` on fields that fell back to English. */
function heading(text: IndicatorTexts, language: Language, number: number) {
  const en = (field: 'title' | 'description') => (text.untranslated.has(field) ? 'en' : nothing);
  return {
    title: html`<span class="number">${formatInteger(language, number)}.</span> <span lang=${en('title')}>${text.title}</span>`,
    description: html`<p class="description" id="description-${text.id}" lang=${en('description')}>${text.description}</p>`,
  };
}

/** An indicator answered read-only: the answer as text, with the saved evidence and note. */
export function indicatorReadOnlyTemplate(
  s: AssessmentStrings,
  language: Language,
  text: IndicatorTexts,
  number: number,
  fields: AnswerFields,
  saved: { readonly evidence: string | undefined; readonly note: string | undefined },
): TemplateResult {
  const { id } = text;
  const { title, description } = heading(text, language, number);
  const answer = fields.value ? s[fields.value] : s.notAnswered;
  return html`<section part="indicator" class="indicator readonly" aria-labelledby="title-${id}">
    <h3 id="title-${id}" class="title">${title}</h3>
    ${description} ${renderGuidance(text, s)}
    <p class="answer answer-${fields.value ?? 'none'}"><span class="answer-label">${s.answer}:</span> <strong>${answer}</strong></p>
    ${saved.evidence
      ? html`<p class="evidence"><span class="answer-label">${s.evidence}:</span> <a href=${saved.evidence} rel="noopener noreferrer" target="_blank"
            >${saved.evidence}</a
          ></p>`
      : nothing}
    ${saved.note ? html`<p class="note"><span class="answer-label">${s.note}:</span> ${saved.note}</p>` : nothing}
  </section>`;
}

/** An indicator to answer: yes / no / not applicable radios, an evidence address and a note. */
export function indicatorTemplate(
  s: AssessmentStrings,
  language: Language,
  text: IndicatorTexts,
  number: number,
  fields: AnswerFields,
  shownErrors: ReadonlySet<string>,
  actions: AnswerActions,
  /** An audit proposal waiting beside the answer, if any. */
  proposal: unknown = nothing,
  /** True once the user asked for the evidence and note fields. */
  fieldsOpen = false,
): TemplateResult {
  const { id } = text;
  const { title, description } = heading(text, language, number);
  const evidenceKey = `evidence:${id}`;
  const evidenceInvalid = shownErrors.has(evidenceKey);
  const noteKept = fields.value === undefined && fields.note.trim() !== '';
  const checkEvidence = (value: string, leaving: boolean) => actions.checkField(evidenceKey, value.trim() === '' || isHttpUrl(value.trim()), leaving);
  return html`<fieldset part="indicator" class="indicator" aria-describedby="description-${id}" data-id=${id}>
    <legend class="title">${title}</legend>
    ${description} ${renderGuidance(text, s)}
    <div part="choices" class="choices">
      ${ANSWER_VALUES.map(
        (value) => html`<label class="choice choice-${value}"
          ><input type="radio" name="answer-${id}" value=${value} .checked=${fields.value === value} @change=${() => actions.editAnswer(id, { value })} /><span
            >${s[value]}</span
          ></label
        >`,
      )}
    </div>
    ${fields.source ? html`<p class="from-audit">${s.fromAudit}</p>` : nothing} ${proposal}
    ${fieldsOpen || fields.evidence !== '' || fields.note !== '' || evidenceInvalid
      ? answerFields()
      : html`<button part="button" type="button" class="more-fields" data-id=${id} aria-expanded="false" @click=${() => actions.openFields(id)}>
          ${s.addEvidence}
        </button>`}
  </fieldset>`;

  function answerFields(): TemplateResult {
    return html`<div class="answer-fields" id="answer-fields-${id}">
      <div class="field">
        <label for="evidence-${id}">${s.evidence}</label>
        <input
          part="field"
          id="evidence-${id}"
          type="url"
          autocomplete="off"
          aria-invalid=${evidenceInvalid ? 'true' : 'false'}
          aria-describedby=${evidenceInvalid ? `evidence-error-${id} evidence-kept-${id}` : nothing}
          .value=${fields.evidence}
          @input=${(event: Event) => {
            const evidence = (event.target as HTMLInputElement).value;
            actions.editAnswer(id, { evidence });
            checkEvidence(evidence, false);
          }}
          @change=${(event: Event) => checkEvidence((event.target as HTMLInputElement).value, true)}
        />
        ${evidenceInvalid
          ? html`<p part="field-error" class="field-error" id="evidence-error-${id}">${s.urlInvalid}</p>
              <p class="hint not-valid-yet" id="evidence-kept-${id}">${s.notValidYet}</p>`
          : nothing}
      </div>
      <div class="field">
        <label for="note-${id}">${s.note}</label>
        <textarea
          part="field"
          id="note-${id}"
          rows="2"
          aria-describedby=${noteKept ? `note-kept-${id}` : nothing}
          .value=${fields.note}
          @input=${(event: Event) => actions.editAnswer(id, { note: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${noteKept ? html`<p class="hint note-kept" id="note-kept-${id}">${s.noteWithoutAnswer}</p>` : nothing}
      </div>
    </div>`;
  }
}
