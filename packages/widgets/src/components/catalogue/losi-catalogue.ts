import { define } from '../../internal/define.js';
import { LosiCatalogue } from './losi-catalogue.component.js';

export { LosiCatalogue };

define('losi-catalogue', LosiCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'losi-catalogue': LosiCatalogue;
  }
}
