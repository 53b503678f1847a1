import { define } from '../../internal/define.js';
import { LosiRanking } from './losi-ranking.component.js';

export { LosiRanking };
export type { RankingSortDirection, RankingSortKey } from './losi-ranking.component.js';

define('losi-ranking', LosiRanking);

declare global {
  interface HTMLElementTagNameMap {
    'losi-ranking': LosiRanking;
  }
}
