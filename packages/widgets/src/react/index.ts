/**
 * @losi/widgets/react: React components wrapping the LOSI elements (`@lit/react`). Importing this entry
 * registers the elements. Properties such as `result` are passed as React props.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LosiErrorDetail } from '../internal/losi-element.js';
import { LosiBadge as LosiBadgeElement } from '../components/badge/losi-badge.js';
import { LosiReport as LosiReportElement } from '../components/report/losi-report.js';
import { LosiCriteriaChart as LosiCriteriaChartElement } from '../components/criteria-chart/losi-criteria-chart.js';
import { LosiAssessment as LosiAssessmentElement, type AssessmentChangeDetail, type ProposalDecisionDetail } from '../components/assessment/losi-assessment.js';
import { LosiCatalogue as LosiCatalogueElement } from '../components/catalogue/losi-catalogue.js';
import { LosiRanking as LosiRankingElement } from '../components/ranking/losi-ranking.js';

/** Every element fires `losi-error` when a property is invalid; each wrapper exposes it as `onLosiError`. */
const onLosiError = 'losi-error' as EventName<CustomEvent<LosiErrorDetail>>;

/** `<losi-badge>` as a React component. */
export const LosiBadge = createComponent({
  react: React,
  tagName: 'losi-badge',
  elementClass: LosiBadgeElement,
  events: { onLosiError },
});

/** `<losi-report>` as a React component. */
export const LosiReport = createComponent({
  react: React,
  tagName: 'losi-report',
  elementClass: LosiReportElement,
  events: { onLosiError },
});

/** `<losi-criteria-chart>` as a React component. */
export const LosiCriteriaChart = createComponent({
  react: React,
  tagName: 'losi-criteria-chart',
  elementClass: LosiCriteriaChartElement,
  events: { onLosiError },
});

/** `<losi-assessment>` as a React component (`onLosiChange`, `onLosiComplete`, `onLosiProposalAccept`, `onLosiProposalReject`). */
export const LosiAssessment = createComponent({
  react: React,
  tagName: 'losi-assessment',
  elementClass: LosiAssessmentElement,
  events: {
    onLosiChange: 'losi-change' as EventName<CustomEvent<AssessmentChangeDetail>>,
    onLosiComplete: 'losi-complete' as EventName<CustomEvent<AssessmentChangeDetail>>,
    onLosiProposalAccept: 'losi-proposal-accept' as EventName<CustomEvent<ProposalDecisionDetail>>,
    onLosiProposalReject: 'losi-proposal-reject' as EventName<CustomEvent<ProposalDecisionDetail>>,
    onLosiError,
  },
});

/** `<losi-catalogue>` as a React component. */
export const LosiCatalogue = createComponent({
  react: React,
  tagName: 'losi-catalogue',
  elementClass: LosiCatalogueElement,
  events: { onLosiError },
});

/** `<losi-ranking>` as a React component. */
export const LosiRanking = createComponent({
  react: React,
  tagName: 'losi-ranking',
  elementClass: LosiRankingElement,
  events: { onLosiError },
});
