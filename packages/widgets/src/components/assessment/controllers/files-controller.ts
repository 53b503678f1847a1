import type { Assessment, EditionId } from '@losi/indicators/structure';
import type { LosiElement } from '../../../internal/losi-element.js';
import { loadAssessmentParser } from '../../../internal/assessment-parser.js';
import { downloadText, fileNamePart } from '../../../internal/download.js';

/** A country indicator set as the readers need it: its id and the ids its answers are keyed by. */
export interface ImportSet {
  readonly id: string;
  readonly ids: readonly string[];
}

/** A problem with an imported file, and where it is (a row and column, a line, or a path). */
export interface ImportProblem {
  readonly where: string;
  readonly message: string;
  /** The messages of `@losi/indicators` are in English. */
  readonly english: boolean;
}

/** The outcome of the last import, shown in the element. */
export type ImportOutcome =
  | { readonly kind: 'failed'; readonly file: string; readonly problems: readonly ImportProblem[] }
  | { readonly kind: 'done'; readonly file: string }
  /** An audit report was read: `count` proposals (formatted for the language) wait beside their indicators. */
  | { readonly kind: 'audit'; readonly file: string; readonly count: string };

/** How places in a file are written, in the element's language (numbers already formatted). */
export interface ImportTexts {
  readonly row: (row: number) => string;
  readonly rowColumn: (row: number, column: string) => string;
  readonly lineColumn: (line: number, column: number) => string;
  readonly csvCount: (count: number) => string;
  readonly editionMismatch: (file: string, edition: string) => string;
  readonly unreadableFile: string;
  /** The file is `size` bytes, more than `limit`. */
  readonly tooLarge: (size: number, limit: number) => string;
}

/** Largest file imported by default: a single assessment in JSON or CSV is a few kilobytes, even with long notes. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** A file read and checked: the assessment it holds, an audit report (checked by the proposals), or every problem found. */
export type ReadFile = { readonly assessment: Assessment } | { readonly auditReport: string } | { readonly problems: readonly ImportProblem[] };

/** True for the JSON of an audit report of `@losi/audit` (its format version field), rather than an assessment. */
function isAuditReportJson(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof json === 'object' && json !== null && Object.hasOwn(json, 'reportVersion') && Object.hasOwn(json, 'verdicts');
  } catch {
    return false;
  }
}

/** A file name made from the assessment's edition and city (`losi-2024-sao-paulo.json`). */
function fileName(assessment: Assessment, extension: string): string {
  const city = fileNamePart(assessment.city.name);
  return `losi-${assessment.edition}${city ? `-${city}` : ''}.${extension}`;
}

/**
 * Import and export of `<losi-assessment>`: reads a JSON or CSV file (one city) through `@losi/indicators`
 * (loaded only now), reports every problem with its place, and offers the assessment as a JSON or CSV download.
 * The outcome of the last import stays in `outcome` until the element clears it. It has no lifecycle of its
 * own, so it is a plain helper of the host rather than a registered reactive controller.
 */
export class FilesController {
  readonly #host: LosiElement;
  #outcome: ImportOutcome | undefined;

  constructor(host: LosiElement) {
    this.#host = host;
  }

  get outcome(): ImportOutcome | undefined {
    return this.#outcome;
  }

  set outcome(outcome: ImportOutcome | undefined) {
    this.#outcome = outcome;
    this.#host.requestUpdate();
  }

  /**
   * Reads `file` as an assessment of `edition` (keyed by `set`'s ids when the questionnaire answers a country set); a file with problems sets a failed outcome. A file larger than
   * `maxSize` bytes is refused from its `size` alone, before any of it is read (reading 200 MB crashes a tab).
   */
  async read(file: File, edition: EditionId, texts: ImportTexts, maxSize = DEFAULT_MAX_FILE_SIZE, set?: ImportSet): Promise<ReadFile> {
    const outcome =
      file.size > maxSize
        ? { problems: [{ where: '', message: texts.tooLarge(file.size, maxSize), english: false }] }
        : await this.#check(file, edition, texts, set);
    if ('problems' in outcome) this.outcome = { kind: 'failed', file: file.name, problems: outcome.problems };
    return outcome;
  }

  async #check(file: File, edition: EditionId, texts: ImportTexts, set: ImportSet | undefined): Promise<ReadFile> {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { problems: [{ where: '', message: texts.unreadableFile, english: false }] };
    }
    const isCsv = /\.csv$/i.test(file.name) || (!/\.json$/i.test(file.name) && !/^\s*[{[]/.test(text.replace(/^\uFEFF/, '')));
    let assessment: Assessment | undefined;
    let problems: ImportProblem[] = [];
    if (isCsv) {
      const { parseAssessmentsCsv } = await import('@losi/indicators/csv');
      const parsed = parseAssessmentsCsv(text, set ? { edition, indicators: set.ids } : { edition });
      problems = parsed.problems.map((problem) => ({
        where: problem.column === null ? texts.row(problem.row) : texts.rowColumn(problem.row, problem.column),
        message: problem.message,
        english: true,
      }));
      if (problems.length === 0 && parsed.assessments.length !== 1) {
        problems.push({ where: '', message: texts.csvCount(parsed.assessments.length), english: false });
      }
      assessment = parsed.assessments[0]?.assessment;
    } else if (isAuditReportJson(text)) {
      return { auditReport: text };
    } else {
      const parsed = (await loadAssessmentParser())(text, set ? { indicatorSet: set } : {});
      if (parsed.ok) assessment = parsed.assessment;
      else {
        problems = parsed.problems.map((problem) => ({
          where: problem.line !== undefined && problem.column !== undefined ? texts.lineColumn(problem.line, problem.column) : problem.path,
          message: problem.message,
          english: true,
        }));
      }
    }
    if (problems.length === 0 && assessment && assessment.edition !== edition) {
      problems.push({ where: '', message: texts.editionMismatch(assessment.edition, edition), english: false });
    }
    if (problems.length > 0 || !assessment) return { problems };
    return { assessment };
  }

  exportJson(assessment: Assessment): void {
    downloadText(this.#host.renderRoot, fileName(assessment, 'json'), `${JSON.stringify(assessment, null, 2)}\n`, 'application/json');
  }

  /** Exports as CSV; the CSV module loads only now. */
  exportCsv(assessment: Assessment): Promise<void> {
    return import('@losi/indicators/csv').then(({ assessmentsToCsv }) => {
      downloadText(this.#host.renderRoot, fileName(assessment, 'csv'), assessmentsToCsv([assessment]), 'text/csv');
    });
  }
}
