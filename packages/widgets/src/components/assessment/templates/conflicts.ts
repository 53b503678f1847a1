import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentStrings } from '../losi-assessment.strings.js';
import type { AnswerFields, CityFields } from '../assessment-model.js';
import type { MergeConflict } from '../assessment-merge.js';

export interface ConflictActions {
  readonly keepMine: (conflict: MergeConflict) => void;
  readonly useTheirs: (conflict: MergeConflict) => void;
}

const CITY_LABEL: Record<keyof CityFields, 'cityName' | 'country' | 'portalUrl' | 'assessedAt'> = {
  name: 'cityName',
  country: 'country',
  portalUrl: 'portalUrl',
  assessedAt: 'assessedAt',
};

/** One side of a conflict in words: the answer, then the evidence and the note as typed. */
function describeAnswer(s: AssessmentStrings, fields: AnswerFields): string {
  const parts = [fields.value ? s[fields.value] : s.notAnswered];
  if (fields.evidence) parts.push(`${s.evidence}: ${fields.evidence}`);
  if (fields.note) parts.push(`${s.note}: ${fields.note}`);
  return parts.join(' · ');
}

/**
 * The places two tabs changed differently, each with this tab's version as it now stands, the other tab's, and a
 * choice. `title` names an indicator in the element's language.
 */
export function conflictsTemplate(
  s: AssessmentStrings,
  conflicts: readonly MergeConflict[],
  title: (id: string) => string,
  actions: ConflictActions,
): TemplateResult | typeof nothing {
  if (conflicts.length === 0) return nothing;
  return html`<section part="notice" class="notice problem conflicts" role="alert" aria-labelledby="conflicts-title">
    <h2 id="conflicts-title">${s.conflictsTitle}</h2>
    <p>${s.conflictsIntro}</p>
    <ul>
      ${conflicts.map((conflict) => {
        const name = conflict.kind === 'answer' ? title(conflict.field) : s[CITY_LABEL[conflict.field]];
        const mine = conflict.kind === 'answer' ? describeAnswer(s, conflict.mine) : conflict.mine || s.notAnswered;
        const theirs = conflict.kind === 'answer' ? describeAnswer(s, conflict.theirs) : conflict.theirs || s.notAnswered;
        const nameId = `conflict-${conflict.kind}-${conflict.field}`;
        return html`<li class="conflict" data-field=${conflict.field}>
          <strong class="conflict-name" id=${nameId}>${name}</strong>
          <dl>
            <dt>${s.thisTab}</dt>
            <dd class="mine">${mine}</dd>
            <dt>${s.otherTab}</dt>
            <dd class="theirs">${theirs}</dd>
          </dl>
          <button part="button" type="button" class="keep-mine" aria-describedby=${nameId} @click=${() => actions.keepMine(conflict)}>${s.keepMine}</button>
          <button part="button" type="button" class="use-theirs" aria-describedby=${nameId} @click=${() => actions.useTheirs(conflict)}>${s.useTheirs}</button>
        </li>`;
      })}
    </ul>
  </section>`;
}
