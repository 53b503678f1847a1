import { html, type TemplateResult } from 'lit';
import { LEVEL_NAMES, type Language } from '@losi/indicators/labels';
import type { LosiResult } from '@losi/scoring';
import { formatInteger, formatNumber } from '../../../internal/format.js';
import { levelShape } from '../../../internal/level-shape-template.js';
import type { AssessmentStrings } from '../losi-assessment.strings.js';

/** The live LOSI value, its level and how many indicators are answered. */
export function summaryTemplate(s: AssessmentStrings, language: Language, result: LosiResult, answered: number, total: number): TemplateResult {
  const count = (n: number) => formatInteger(language, n);
  return html`<div part="summary" class="summary level-${result.level}">
    <p class="score">
      ${levelShape(result.level)}
      <span class="score-label">${s.losiValue}</span>
      <strong part="value" class="value">${formatNumber(language, result.value)}</strong>
      <span part="level" class="level">${LEVEL_NAMES[language][result.level]}</span>
    </p>
    <p class="progress">
      <progress part="progress" max=${total} .value=${answered} aria-labelledby="progress-label"></progress>
      <span id="progress-label">${s.answered(count(answered), count(total))}</span>
    </p>
  </div>`;
}
