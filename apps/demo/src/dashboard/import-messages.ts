import type { EditionId } from '@losi/indicators/structure';
import type { RankedResult, Summary } from '@losi/scoring';
import type { AnalysisProblem } from './analyse.js';

/** What the page sends the import worker: the chosen file (read in the worker) or a text already read. */
export interface ImportRequest {
  readonly source: File | string;
}

/** What the worker sends back: progress, the results in batches, then the rest; or that the file cannot be read. */
export type ImportReply =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'results'; readonly results: RankedResult[] }
  | { readonly type: 'done'; readonly problems: AnalysisProblem[]; readonly edition: EditionId; readonly summary: Summary | null }
  | { readonly type: 'unreadable' };
