/** The outputs of `losi agreement`: a terminal table, CSV, JSON. */
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { CRITERION_LABELS } from '@losi/indicators/labels';
import { roundValue } from '@losi/scoring';
import type { Agreement, AgreementFigures, StudyAgreement } from '@losi/scoring/agreement';
import { csvLine } from '../format/csv-cell.js';
import type { Colors } from '../io/terminal.js';
import type { Problem } from '../problems.js';
import { CLI_VERSION as version } from '../version.js';
import type { PortalGroup } from './load-portals.js';
import { terminalText } from '../io/terminal-text.js';
import { adaptedName } from '../set-results.js';

/** The study as the command computed it, with where each assessment came from. */
export interface AgreementRun {
  /** Per criterion; with an indicator set, per group of the set. */
  readonly study: StudyAgreement<string>;
  readonly groups: readonly PortalGroup[];
  readonly maxDisagreement: number;
  readonly problems: readonly Problem[];
  /** `--indicator-set`: the set the portals were compared by. */
  readonly set?: IndicatorSet;
}

/** The English name of a criterion, or of a group of the run's set. */
function criterionName(run: AgreementRun, id: string): string {
  if (run.set) return run.set.groups.find((group) => group.id === id)?.name ?? id;
  return CRITERION_LABELS.en[id as keyof typeof CRITERION_LABELS.en] ?? id;
}

/** What the value range is of: "LOSI value", or the set's value. */
function valueLabel(run: AgreementRun): string {
  return run.set ? 'Set value' : 'LOSI value';
}

const PLAIN_CHARS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};

/** A share as a percentage with one decimal: `92.6 %`; an em dash for null. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)} %`;
}

function kappaText(figures: Pick<AgreementFigures, 'kappa'>): string {
  return figures.kappa === null ? '—' : roundValue(figures.kappa, 2).toFixed(2);
}

function value4(value: number): string {
  return roundValue(value).toFixed(4);
}

function rangeText(range: { min: number; max: number }): string {
  return range.min === range.max ? value4(range.min) : `${value4(range.min)} to ${value4(range.max)}`;
}

function cityName(agreement: Agreement<string>): string {
  return terminalText(agreement.city.country ? `${agreement.city.name} ${agreement.city.country}` : agreement.city.name);
}

function sourceOf(group: PortalGroup, position: number): string {
  const item = group.assessments[position]!;
  return item.where ? `${item.file}:${item.where}` : item.file;
}

async function newTable(head: string[], colAligns: ('left' | 'right')[], colors: Colors) {
  const { default: Table } = await import('cli-table3');
  return new Table({
    head: head.map((text) => colors.bold(text)),
    colAligns,
    chars: PLAIN_CHARS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
  });
}

function verdict(needs: boolean, colors: Colors): string {
  return needs ? colors.red(colors.bold('needs reconciliation')) : colors.green('within the threshold');
}

/** The detailed report of one portal: figures, per criterion, the disagreements. */
async function portalTable(run: AgreementRun, index: number, colors: Colors): Promise<string> {
  const { agreement, needsReconciliation } = run.study.portals[index]!;
  const group = run.groups[index]!;
  const lines: string[] = [];
  const assessors = terminalText(agreement.assessors.map((label, position) => `${label} (${sourceOf(group, position)})`).join(', '));
  lines.push(colors.bold(`${cityName(agreement)}, ${run.set ? terminalText(adaptedName(run.set)) : `LOSI ${agreement.edition}`}`));
  if (run.set) lines.push(`Set           ${terminalText(run.set.id)}: its ${run.set.indicators.length} indicators and groups, not the official LOSI ones`);
  lines.push(`Assessors     ${assessors}`);
  lines.push(
    `Agreement     ${agreement.agreed} of ${agreement.compared} indicators compared (${percent(agreement.agreementRate)}); disagreement ${percent(agreement.disagreementRate)}, threshold ${percent(run.maxDisagreement)}: ${verdict(needsReconciliation, colors)}`,
  );
  lines.push(`Kappa         ${kappaText(agreement)} (${agreement.kappaMethod === 'cohen' ? "Cohen's" : "Fleiss'"}, over the ${agreement.kappaItems} indicators every assessor answered)`);
  lines.push(`${valueLabel(run).padEnd(13)} ${rangeText(agreement.valueRange)}, depending on how the ${agreement.disagreed} disagreement${agreement.disagreed === 1 ? ' is' : 's are'} settled`);
  if (agreement.unanswered > 0) lines.push(`Unanswered    ${agreement.unanswered} indicator${agreement.unanswered === 1 ? '' : 's'} nobody answered (left out of the rates)`);
  if (agreement.evidenceRule) {
    const missing = agreement.missingEvidence.length;
    lines.push(`Evidence      ${missing === 0 ? 'every "yes" has an evidence URL' : colors.yellow(`${missing} "yes" answer${missing === 1 ? '' : 's'} without an evidence URL`)}`);
  }
  const criteria = await newTable([run.set ? 'Group' : 'Criterion', 'Compared', 'Agreed', 'Rate', 'Kappa', 'Value range'], ['left', 'right', 'right', 'right', 'right', 'left'], colors);
  for (const [id, figures] of Object.entries(agreement.criteria) as [string, AgreementFigures][]) {
    criteria.push([terminalText(criterionName(run, id)), String(figures.compared), String(figures.agreed), percent(figures.agreementRate), kappaText(figures), rangeText(figures.valueRange)]);
  }
  lines.push('', criteria.toString());
  if (agreement.disagreements.length > 0) {
    const table = await newTable(['Indicator', run.set ? 'Group' : 'Criterion', ...agreement.assessors, 'Effect'], ['left', 'left', ...agreement.assessors.map(() => 'left' as const), 'right'], colors);
    for (const item of agreement.disagreements) {
      table.push([
        item.indicator,
        terminalText(criterionName(run, item.criterion)),
        ...item.answers.map((answer) => (answer.value === null ? colors.dim('unanswered') : answer.value === 'yes' && answer.evidence === undefined && agreement.evidenceRule ? `yes ${colors.yellow('(no evidence)')}` : answer.value)),
        item.effect === 0 ? '0' : `±${value4(item.effect)}`,
      ]);
    }
    lines.push('', colors.bold(`Disagreements (${agreement.disagreements.length}, ${run.set ? "the set's order" : 'catalogue order'})`), table.toString());
  }
  return lines.join('\n');
}

/** The study report: one line per portal, then per indicator, per assessor pair and per criterion. */
async function studyTable(run: AgreementRun, colors: Colors): Promise<string> {
  const { study } = run;
  const portals = await newTable(['City', 'Edition', 'Assessors', 'Agreement', 'Kappa', 'Disagreements', valueLabel(run), 'Verdict'], ['left', 'left', 'left', 'right', 'right', 'right', 'left', 'left'], colors);
  for (const { agreement, needsReconciliation } of study.portals) {
    portals.push([cityName(agreement), agreement.edition, terminalText(agreement.assessors.join(', ')), percent(agreement.agreementRate), kappaText(agreement), String(agreement.disagreed), rangeText(agreement.valueRange), verdict(needsReconciliation, colors)]);
  }
  const setLine = run.set ? [`Indicator set ${terminalText(run.set.id)}: ${terminalText(adaptedName(run.set))}, not the official LOSI indicators`] : [];
  const lines = [...setLine, colors.bold(`Study: ${study.portals.length} portals, ${study.toReconcile} above the ${percent(run.maxDisagreement)} threshold; agreement ${percent(study.agreementRate)} over ${study.compared} indicator answers`), portals.toString()];
  const disputed = study.indicators.filter((entry) => entry.disagreed > 0);
  if (disputed.length > 0) {
    const indicators = await newTable(['Indicator', 'Edition', run.set ? 'Group' : 'Criterion', 'Disagreed', 'Compared', 'Rate'], ['left', 'left', 'left', 'right', 'right', 'right'], colors);
    for (const entry of disputed) indicators.push([entry.indicator, entry.edition, terminalText(criterionName(run, entry.criterion)), String(entry.disagreed), String(entry.compared), percent(entry.disagreementRate)]);
    lines.push('', colors.bold('Indicators assessors disagree on, most first (their guidance may need work)'), indicators.toString());
  }
  const pairs = await newTable(['Assessors', 'Portals', 'Compared', 'Agreement', 'Kappa'], ['left', 'right', 'right', 'right', 'right'], colors);
  for (const pair of study.pairs) pairs.push([pair.assessors.join(' & '), String(pair.portals), String(pair.compared), percent(pair.agreementRate), kappaText(pair)]);
  lines.push('', colors.bold("Assessor pairs (Cohen's kappa pooled over their portals)"), pairs.toString());
  const criteria = await newTable([run.set ? 'Group' : 'Criterion', 'Compared', 'Agreed', 'Agreement'], ['left', 'right', 'right', 'right'], colors);
  for (const entry of study.criteria) criteria.push([terminalText(criterionName(run, entry.criterion)), String(entry.compared), String(entry.agreed), percent(entry.agreementRate)]);
  lines.push('', colors.bold(run.set ? 'Groups of the set' : 'Criteria'), criteria.toString());
  return lines.join('\n');
}

/** The terminal report: in detail for one portal, as a study for several. */
export async function agreementToTable(run: AgreementRun, colors: Colors): Promise<string> {
  if (run.study.portals.length === 1) return `${await portalTable(run, 0, colors)}\n`;
  return `${await studyTable(run, colors)}\n`;
}

/** Columns of the CSV of one portal: one row per indicator. */
export function indicatorCsv(run: AgreementRun): string {
  const { agreement } = run.study.portals[0]!;
  const lines = [csvLine(['indicator', run.set ? 'group' : 'criterion', 'status', ...agreement.assessors, ...agreement.assessors.map((label) => `${label} evidence`), 'effect'])];
  for (const item of agreement.indicators) {
    lines.push(csvLine([item.indicator, item.criterion, item.status, ...item.answers.map((answer) => answer.value ?? ''), ...item.answers.map((answer) => answer.evidence ?? ''), value4(item.effect)]));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The CSV of a study: one row per portal. */
export function portalCsv(run: AgreementRun): string {
  const header = ['city', 'country', 'edition', ...(run.set ? ['indicator_set'] : []), 'assessors', 'compared', 'agreed', 'disagreed', 'agreement_rate', 'disagreement_rate', 'kappa', 'kappa_method', 'value_min', 'value_max', 'missing_evidence', 'needs_reconciliation', 'sources'];
  const lines = [csvLine(header)];
  run.study.portals.forEach(({ agreement, needsReconciliation }, index) => {
    const group = run.groups[index]!;
    lines.push(
      csvLine([
        agreement.city.name,
        agreement.city.country ?? '',
        agreement.edition,
        ...(run.set ? [run.set.id] : []),
        agreement.assessors.join(' '),
        agreement.compared,
        agreement.agreed,
        agreement.disagreed,
        agreement.agreementRate === null ? '' : value4(agreement.agreementRate),
        agreement.disagreementRate === null ? '' : value4(agreement.disagreementRate),
        agreement.kappa === null ? '' : value4(agreement.kappa),
        agreement.kappaMethod,
        value4(agreement.valueRange.min),
        value4(agreement.valueRange.max),
        agreement.missingEvidence.length,
        needsReconciliation,
        group.assessments.map((_, position) => sourceOf(group, position)).join(' '),
      ]),
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** CSV: per indicator for one portal, per portal for a study. */
export function agreementToCsv(run: AgreementRun): string {
  return run.study.portals.length === 1 ? indicatorCsv(run) : portalCsv(run);
}

/** The JSON document: the whole study (also for one portal), with each assessment's source and every problem. */
export function agreementToJson(run: AgreementRun): string {
  const document = {
    tool: { name: '@losi/cli', version },
    ...(run.set
      ? {
          indicatorSet: run.study.indicatorSet,
          official: false,
          note: `${adaptedName(run.set)}: compared by a country's indicator set; its value ranges are not official LOSI values.`,
        }
      : {}),
    maxDisagreement: run.maxDisagreement,
    toReconcile: run.study.toReconcile,
    portals: run.study.portals.map((portal, index) => ({
      ...portal,
      sources: run.groups[index]!.assessments.map((item) => ({ assessor: item.assessor, file: item.file, where: item.where })),
    })),
    pairs: run.study.pairs,
    indicators: run.study.indicators,
    criteria: run.study.criteria,
    problems: run.problems,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
