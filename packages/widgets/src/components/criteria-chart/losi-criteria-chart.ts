import { define } from '../../internal/define.js';
import { LosiCriteriaChart } from './losi-criteria-chart.component.js';

export { LosiCriteriaChart };
export type { ChartResult } from './losi-criteria-chart.component.js';

define('losi-criteria-chart', LosiCriteriaChart);

declare global {
  interface HTMLElementTagNameMap {
    'losi-criteria-chart': LosiCriteriaChart;
  }
}
