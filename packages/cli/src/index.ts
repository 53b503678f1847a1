/**
 * @losi/cli: the `losi` command, and the same as functions for Node scripts.
 * `run(args)` runs a command line in-process; the other exports are the building blocks the commands use.
 */
export { run } from './run.js';
export type { CliIo } from './context.js';
export { CliError, ExitCode, type ExitCodeValue } from './exit-codes.js';
export { writeFileAtomic } from './io/atomic-write.js';
export { colorEnabled } from './io/terminal.js';
export { scoresToCsv, scoresToJson, SCORE_CSV_COLUMNS, type ScoreJson } from './format/score-formats.js';
export type { ScoredEntry } from './score-batch.js';
export { renderReportHtml, renderSetReportHtml, type ReportInput, type SetReportInput } from './report/render-report.js';
export { REPORT_MESSAGES, type ReportMessages } from './report/messages.js';
export { formatProblem, type Problem } from './problems.js';
