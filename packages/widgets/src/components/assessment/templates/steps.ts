import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '@losi/indicators/labels';
import type { CriterionStructure } from '@losi/indicators/structure';
import { formatInteger } from '../../../internal/format.js';
import type { AssessmentStrings } from '../losi-assessment.strings.js';

/** The list of steps: the city step, then one per criterion with how many of its indicators are answered. */
export function stepsTemplate(
  s: AssessmentStrings,
  language: Language,
  criteria: readonly CriterionStructure[],
  /** A step's name from its criterion id (or a country set's group id). */
  nameOf: (id: string) => string,
  current: number,
  answeredIn: (criterion: CriterionStructure) => number,
  goTo: (step: number) => void,
): TemplateResult {
  const count = (n: number) => formatInteger(language, n);
  const button = (criterion: CriterionStructure | undefined, index: number) => {
    const name = criterion ? nameOf(criterion.id) : s.aboutStep;
    let progress: unknown = nothing;
    if (criterion && criterion.indicators.length > 0) {
      const answered = answeredIn(criterion);
      const total = criterion.indicators.length;
      progress = html`<span class="step-count" aria-hidden="true">${count(answered)}/${count(total)}</span
        ><span class="visually-hidden">${s.answered(count(answered), count(total))}</span>`;
    }
    return html`<li>
      <button part="step-button" type="button" class="step-button" aria-current=${index === current ? 'step' : nothing} @click=${() => goTo(index)}>
        <span class="step-number" aria-hidden="true">${count(index + 1)}</span>
        <span class="step-name">${name}</span>
        ${progress}
      </button>
    </li>`;
  };
  return html`<nav part="steps" class="steps" aria-label=${s.steps}>
    <ol>
      ${[undefined, ...criteria].map((criterion, index) => button(criterion, index))}
    </ol>
  </nav>`;
}
