import { define } from '../../internal/define.js';
import { LosiReconcile, type ReconcileChangeDetail, type ReconciledDetail } from './losi-reconcile.component.js';

export { LosiReconcile, type ReconcileChangeDetail, type ReconciledDetail };

define('losi-reconcile', LosiReconcile);

declare global {
  interface HTMLElementTagNameMap {
    'losi-reconcile': LosiReconcile;
  }
  interface HTMLElementEventMap {
    'losi-decision': CustomEvent<ReconcileChangeDetail>;
    'losi-reconciled': CustomEvent<ReconciledDetail>;
  }
}
