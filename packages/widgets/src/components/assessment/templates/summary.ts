import { html, type TemplateResult } from 'lit';
import type { Language, LevelId } from '@losi/indicators/labels';
import { formatInteger, formatNumber } from '../../../internal/format.js';
import { levelShape } from '../../../internal/level-shape-template.js';
import type { AssessmentStrings } from '../losi-assessment.strings.js';

/**
 * The live LOSI value, its level and how many indicators are answered. `shown.level` is the level's name and the UN
 * level it is drawn as (a scheme's band borrows one); `shown.label` replaces "LOSI value" (a country set's adapted label).
 */
export function summaryTemplate(
  s: AssessmentStrings,
  language: Language,
  result: { readonly value: number },
  answered: number,
  total: number,
  shown: { readonly level: { readonly name: string; readonly look: LevelId }; readonly label?: string | undefined },
): TemplateResult {
  const count = (n: number) => formatInteger(language, n);
  return html`<div part="summary" class="summary level-${shown.level.look}">
    <p class="score">
      ${levelShape(shown.level.look)}
      <span part="value-label" class="score-label">${shown.label ?? s.losiValue}</span>
      <strong part="value" class="value">${formatNumber(language, result.value)}</strong>
      <span part="level" class="level">${shown.level.name}</span>
    </p>
    <p class="progress">
      <progress part="progress" max=${total} .value=${answered} aria-labelledby="progress-label"></progress>
      <span id="progress-label">${s.answered(count(answered), count(total))}</span>
    </p>
  </div>`;
}
