/**
 * @losi/widgets: accessible LOSI web components (Lit). Importing this entry registers every element;
 * import `@losi/widgets/<name>` (e.g. `@losi/widgets/badge`) to register only one.
 */
export { LosiBadge, type BadgeResult, type BadgeSource, type BadgeVariant } from './components/badge/losi-badge.js';
export { LosiReport } from './components/report/losi-report.js';
export { LosiCriteriaChart, type ChartResult } from './components/criteria-chart/losi-criteria-chart.js';
export { LosiAssessment, type AssessmentChangeDetail, type ProposalDecisionDetail } from './components/assessment/losi-assessment.js';
export { LosiCatalogue } from './components/catalogue/losi-catalogue.js';
export { LosiRanking, type RankingSortDirection, type RankingSortKey } from './components/ranking/losi-ranking.js';
export { LosiReconcile, type ReconcileChangeDetail, type ReconciledDetail } from './components/reconcile/losi-reconcile.js';
export { LosiCaseForm, type CaseExportDetail } from './components/case-form/losi-case-form.js';
export { LosiElement, type EventDetail, type LosiErrorDetail, type Theme } from './internal/losi-element.js';
