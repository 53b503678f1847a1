import type { ScoreOptions } from '@losi/scoring';
import type { Colors } from '../io/terminal.js';
import type { Problem } from '../problems.js';
import type { ScoreStore } from '../score-store.js';
import { decodeWhere, rescore } from '../score-stream.js';
import { CLI_VERSION as version } from '../version.js';
import { columnLine, fitColumns } from './columns.js';
import { csvLine } from './csv-cell.js';
import { describeBatchOf, SCORE_CSV_COLUMNS, scoreCsvRow, scoreTableAligns, scoreTableFooter, scoreTableHead, scoreTableRow } from './score-formats.js';

/** Takes the output piece by piece, in order; awaiting it is the back-pressure. */
export type Sink = (piece: string) => Promise<void>;

/** Groups small pieces into writes of about this many characters. */
const BATCH_CHARS = 1 << 16;

/** A sink that passes pieces on in batches; `flush` at the end. */
export function batched(sink: Sink): { write(piece: string): Promise<void> | undefined; flush(): Promise<void> } {
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (parts.length === 0) return;
    const piece = parts.join('');
    parts = [];
    size = 0;
    await sink(piece);
  };
  return {
    write(piece) {
      parts.push(piece);
      size += piece.length;
      return size >= BATCH_CHARS ? flush() : undefined;
    },
    flush,
  };
}

/** The ranked rows of the store to write, and where each came from. */
export interface Ranking {
  readonly store: ScoreStore;
  readonly files: readonly string[];
  readonly order: Uint32Array;
  readonly ranks: Uint32Array;
}

function source(ranking: Ranking, i: number): { file: string; where: string } {
  return { file: ranking.files[ranking.store.file[i]!]!, where: decodeWhere(ranking.store.where[i]!) };
}

function sourceText(ranking: Ranking, i: number): string {
  const { file, where } = source(ranking, i);
  return where ? `${file}:${where}` : file;
}

/** `losi score --format csv`, row by row: the same text as `scoresToCsv`. */
export async function writeScoreCsv(ranking: Ranking, sink: Sink): Promise<void> {
  const out = batched(sink);
  await out.write(`${csvLine(SCORE_CSV_COLUMNS)}\r\n`);
  for (let position = 0; position < ranking.order.length; position++) {
    const i = ranking.order[position]!;
    await out.write(`${scoreCsvRow(ranking.store.view(i, ranking.ranks[position]!), sourceText(ranking, i))}\r\n`);
  }
  await out.flush();
}

/**
 * `losi score --format json`, one result at a time: the same text as `scoresToJson` (`JSON.stringify(document, null, 2)`).
 * Each result is scored again from the store, written, and dropped, so the document never exists whole in memory.
 */
export async function writeScoreJson(
  ranking: Ranking,
  sink: Sink,
  details: { readonly problems: readonly Problem[]; readonly unlisted: number; readonly invalid: number; readonly scoreOptions: ScoreOptions },
): Promise<void> {
  const out = batched(sink);
  const head = JSON.stringify({ tool: { name: '@losi/cli', version }, scored: ranking.order.length, invalid: details.invalid }, null, 2);
  // The head without its closing brace; the document goes on with the results.
  await out.write(`${head.slice(0, -2)},\n  "results": [`);
  for (let position = 0; position < ranking.order.length; position++) {
    const i = ranking.order[position]!;
    const result = rescore(ranking.store, i, details.scoreOptions) as ReturnType<typeof rescore> & { rank: number };
    result.rank = ranking.ranks[position]!;
    // Nested two levels deep: JSON.stringify with indentation 2 gives the same text once every line is indented by 4.
    const text = JSON.stringify({ ...result, source: source(ranking, i) }, null, 2).replaceAll('\n', '\n    ');
    await out.write(`${position > 0 ? ',' : ''}\n    ${text}`);
  }
  // An empty list is `[]`, as JSON.stringify writes it.
  await out.write(`${ranking.order.length > 0 ? '\n  ' : ''}],\n  "problems": ${JSON.stringify(details.problems, null, 2).replaceAll('\n', '\n  ')}`);
  // Only when the list was cut: how many more problems there were.
  if (details.unlisted > 0) await out.write(`,\n  "problemsNotListed": ${details.unlisted}`);
  await out.write('\n}\n');
  await out.flush();
}

/**
 * `losi score --format table` in two passes over the ranking, one to measure the columns and one to write them:
 * the same text as `scoresToTable`, with only one row's cells in memory at a time.
 */
export async function writeScoreTable(ranking: Ranking, sink: Sink, colors: Colors): Promise<void> {
  const { store, order, ranks } = ranking;
  const used = new Set<number>();
  for (let i = 0; i < store.length; i++) used.add(store.variant[i]!);
  const variants = [...used].map((id) => store.variants[id]!);
  const mixed = new Set(variants.map((variant) => variant.edition)).size > 1;
  const head = scoreTableHead(colors, mixed);
  const aligns = scoreTableAligns(mixed);
  const widths: number[] = [];
  fitColumns(widths, head);
  let provisional = 0;
  const methods: string[] = [];
  const modes: string[] = [];
  const seen = new Set<number>();
  for (let position = 0; position < order.length; position++) {
    const i = order[position]!;
    fitColumns(widths, scoreTableRow(store.view(i, ranks[position]!), colors, mixed));
    if (store.complete[i] === 0) provisional++;
    const variant = store.variant[i]!;
    if (!seen.has(variant)) {
      seen.add(variant);
      methods.push(store.variants[variant]!.methodology);
      modes.push(store.variants[variant]!.mode);
    }
  }
  const out = batched(sink);
  await out.write(columnLine(head, widths, aligns));
  for (let position = 0; position < order.length; position++) {
    await out.write(`\n${columnLine(scoreTableRow(store.view(order[position]!, ranks[position]!), colors, mixed), widths, aligns)}`);
  }
  await out.write(`\n${scoreTableFooter(colors, provisional, order.length, describeBatchOf(order.length, methods, modes))}`);
  await out.flush();
}
