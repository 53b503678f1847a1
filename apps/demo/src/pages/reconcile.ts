// Reconciliation: <losi-reconcile> with two fictional assessments of one portal that disagree; once every
// disagreement is decided, the reconciled assessment is scored by @losi/scoring and shown with <losi-report>.
import '@losi/widgets/reconcile';
import '@losi/widgets/report';
import type { Assessment } from '@losi/indicators/structure';
import { score } from '@losi/scoring';
import { byId, element } from '../dom.js';
import { reconcileSample } from '../samples/reconcile-sample.js';
import { startShell } from '../shell.js';

const reconciler = byId('reconcile') as HTMLElementTagNameMap['losi-reconcile'];
const pending = byId('result-pending');
const panel = byId('result-panel');

function showResult(assessment: Assessment | undefined): void {
  pending.hidden = assessment !== undefined;
  if (assessment === undefined) {
    panel.replaceChildren();
    return;
  }
  const report = panel.querySelector('losi-report') ?? panel.appendChild(element('losi-report', { 'heading-level': '3' }));
  report.result = score(assessment);
}

await startShell();
reconciler.assessments = reconcileSample();
reconciler.addEventListener('losi-decision', (event) => {
  if (!event.detail.ready) showResult(undefined);
});
reconciler.addEventListener('losi-reconciled', (event) => showResult(event.detail.assessment));
await reconciler.updateComplete;
// Decisions restored from an earlier visit may already settle everything.
showResult(reconciler.result?.assessment);
