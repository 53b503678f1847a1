import type { ParseAssessmentOptions, ParseResult } from '@losi/indicators/schema';
import type { AuditReport, AuditReportParseResult, Proposal } from '@losi/indicators/audit-report';
import type { CaseSubmissionParseResult } from '@losi/indicators/case-submission';

/** zod 4 keeps its global settings on `globalThis`, so they can be set without importing zod itself. */
interface ZodGlobal {
  __zod_globalConfig?: { jitless?: boolean };
}

let parser: Promise<(input: unknown, options?: ParseAssessmentOptions) => ParseResult> | undefined;

/**
 * `parseAssessment` from `@losi/indicators/schema`, imported on first use: the schema carries zod, far larger than
 * a component, and is needed only to check a value, a saved copy or an imported file.
 *
 * Under a strict Content-Security-Policy, zod's probe for `new Function` (used for its fast object parsers) is
 * blocked and reported as a violation even though zod recovers. So the schema module is evaluated with zod's
 * documented `jitless` setting on, which skips the probe; the page's own setting is restored afterwards, so
 * schemas the page builds itself are not affected.
 */
export function loadAssessmentParser(): Promise<(input: unknown, options?: ParseAssessmentOptions) => ParseResult> {
  parser ??= withoutEvalProbe(async () => (await import('@losi/indicators/schema')).parseAssessment);
  // A failed chunk load may succeed later (the network came back).
  parser.catch(() => {
    parser = undefined;
  });
  return parser;
}

/** What `<losi-assessment>` needs to read an audit report: its parser and the proposals it makes. */
export interface AuditReportTools {
  readonly parseAuditReport: (input: unknown) => AuditReportParseResult;
  readonly proposalsFromReport: (report: Pick<AuditReport, 'verdicts'>) => ReadonlyMap<string, Proposal>;
}

let auditTools: Promise<AuditReportTools> | undefined;

/** `@losi/indicators/audit-report` (zod as well), imported on first use, the same way as the assessment parser. */
export function loadAuditReportTools(): Promise<AuditReportTools> {
  auditTools ??= withoutEvalProbe(async () => {
    const { parseAuditReport, proposalsFromReport } = await import('@losi/indicators/audit-report');
    return { parseAuditReport, proposalsFromReport };
  });
  auditTools.catch(() => {
    auditTools = undefined;
  });
  return auditTools;
}

let caseParser: Promise<(input: unknown) => CaseSubmissionParseResult> | undefined;

/** `parseCaseSubmission` from `@losi/indicators/case-submission` (zod), imported on first use, like the assessment parser. */
export function loadCaseSubmissionParser(): Promise<(input: unknown) => CaseSubmissionParseResult> {
  caseParser ??= withoutEvalProbe(async () => (await import('@losi/indicators/case-submission')).parseCaseSubmission);
  caseParser.catch(() => {
    caseParser = undefined;
  });
  return caseParser;
}

/** Evaluates a module that builds zod schemas with zod's `jitless` setting on, then restores the page's setting. */
async function withoutEvalProbe<T>(load: () => Promise<T>): Promise<T> {
  const global = globalThis as ZodGlobal;
  const config = (global.__zod_globalConfig ??= {});
  const previous = Object.hasOwn(config, 'jitless') ? config.jitless : undefined;
  config.jitless = true;
  try {
    return await load();
  } finally {
    if (previous === undefined) delete config.jitless;
    else config.jitless = previous;
  }
}
