import { define } from '../../internal/define.js';
import { LosiBadge } from './losi-badge.component.js';

export { LosiBadge };
export type { BadgeResult, BadgeSource, BadgeVariant } from './losi-badge.component.js';

define('losi-badge', LosiBadge);

declare global {
  interface HTMLElementTagNameMap {
    'losi-badge': LosiBadge;
  }
}
