/**
 * `--format table`: the audit report for a terminal. A header (portal, outcome, pages, time, tools), one row per
 * verdict in catalogue order (status, indicator, code, reason and the first evidence), then the pages that did not
 * load. Every string that comes from the portal or the report goes through `terminalSafe`.
 */
import type { AuditReport, Verdict, VerdictStatus } from '@losi/indicators/audit-report';
import type { Colors } from '../../io/terminal.js';
import { terminalSafe, truncate, wrapText } from './terminal-text.js';

const PLAIN_CHARS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};

const STATUS_TEXT: Readonly<Record<VerdictStatus, string>> = {
  pass: 'pass',
  fail: 'fail',
  'needs-review': 'review',
  'not-applicable': 'n/a',
  error: 'error',
  unreachable: 'unreachable',
};

function statusText(status: VerdictStatus, colors: Colors): string {
  const text = STATUS_TEXT[status];
  if (status === 'pass') return colors.green(text);
  if (status === 'fail') return colors.red(text);
  if (status === 'needs-review') return colors.yellow(text);
  return colors.dim(text);
}

/** Wrapped to `width`, then coloured line by line. */
function block(text: string, width: number, paint: (line: string) => string = (line) => line): string[] {
  return wrapText(terminalSafe(text), width).map(paint);
}

function finding(verdict: Verdict, colors: Colors, width: number): string {
  const lines = block(verdict.reason, width);
  const first = verdict.evidence[0];
  if (first) {
    lines.push(...block(first.url, width, colors.dim));
    if (first.selector) lines.push(...block(truncate(first.selector, 160), width, colors.dim));
    if (first.snippet) lines.push(...block(`“${truncate(first.snippet, 120)}”`, width));
    if (verdict.evidence.length > 1) lines.push(colors.dim(`+${verdict.evidence.length - 1} more evidence`));
  }
  return lines.join('\n');
}

/** A header line: the bold label, then the value wrapped under itself. */
function headerLine(label: string, value: string, columns: number, colors: Colors): string {
  const indent = 9;
  const lines = wrapText(terminalSafe(value), columns - indent);
  return lines.map((line, index) => `${index === 0 ? `${colors.bold(label)}${' '.repeat(indent - label.length)}` : ' '.repeat(indent)}${line}`).join('\n');
}

function seconds(report: AuditReport): string {
  const ms = Math.max(0, Date.parse(report.finishedAt) - Date.parse(report.startedAt));
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Counts per status, in the order of the format, e.g. `3 pass, 1 fail, 5 review`. */
export function statusCounts(report: Pick<AuditReport, 'verdicts'>): string {
  const counts = new Map<VerdictStatus, number>();
  for (const verdict of report.verdicts) counts.set(verdict.status, (counts.get(verdict.status) ?? 0) + 1);
  const parts = (Object.keys(STATUS_TEXT) as VerdictStatus[]).filter((status) => counts.has(status)).map((status) => `${counts.get(status)} ${STATUS_TEXT[status]}`);
  return parts.length > 0 ? parts.join(', ') : 'no verdicts';
}

/** The report as text for a terminal of `width` columns (80 when unknown). */
export async function auditReportToTable(report: AuditReport, colors: Colors, width = 80): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const columns = Math.max(60, Math.min(width, 200));
  const header = [
    headerLine('Portal', `${report.portal.requestedUrl}${report.portal.finalUrl ? ` → ${report.portal.finalUrl}` : ''}`, columns, colors),
    headerLine('Outcome', `${report.outcome}${report.reason ? `: ${report.reason}` : ''}`, columns, colors),
    headerLine('Pages', `${report.pages.length} requested in ${seconds(report)}; ${report.tool.name} ${report.tool.version}${report.tool.browser ? `, ${report.tool.browser}` : ''}`, columns, colors),
    headerLine('Verdicts', `${statusCounts(report)} (LOSI ${report.edition}; proposals for a person to accept, not answers)`, columns, colors),
  ];
  const parts = [header.join('\n')];
  if (report.verdicts.length > 0) {
    // Status, indicator id, code, then the rest of the line; two spaces between columns.
    const fixed = [11, 24, 5];
    const rest = Math.max(20, columns - fixed.reduce((sum, value) => sum + value, 0) - 2 * fixed.length);
    const widths = [...fixed, rest];
    const table = new Table({
      head: ['Status', 'Indicator', 'Code', 'Reason and first evidence'].map((text) => colors.bold(text)),
      colWidths: widths,
      chars: PLAIN_CHARS,
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    });
    for (const verdict of report.verdicts) {
      table.push([
        statusText(verdict.status, colors),
        block(verdict.indicator, fixed[1]!).join('\n'),
        block(verdict.code ?? '', fixed[2]!).join('\n'),
        finding(verdict, colors, rest),
      ]);
    }
    parts.push(table.toString().split('\n').map((line) => line.trimEnd()).join('\n'));
  }
  const troubled = report.pages.filter((page) => page.outcome !== 'ok');
  if (troubled.length > 0) {
    const lines = troubled.flatMap((page) => [
      ...wrapText(terminalSafe(`${page.outcome}${page.httpStatus !== null ? ` ${page.httpStatus}` : ''} ${page.url}`), columns - 2).map((line) => `  ${line}`),
      ...(page.reason ? wrapText(terminalSafe(truncate(page.reason, 300)), columns - 4).map((line) => colors.dim(`    ${line}`)) : []),
    ]);
    parts.push(`${colors.bold(`Pages that did not load (${troubled.length} of ${report.pages.length})`)}\n${lines.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
