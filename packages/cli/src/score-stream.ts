import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { extname } from 'node:path';
import { LosiScoringError, score, scoreMany, type ScoreOptions } from '@losi/scoring';
import type { CliContext } from './context.js';
import { usageError } from './exit-codes.js';
import { describeReadError, detectKind, STDIN } from './io/read-input.js';
import type { Progress } from './io/progress.js';
import { parseJsonArrayItem, parseJsonInput, rowLabel, type LoadedAssessment, type LoadOutcome } from './load.js';
import type { Problem } from './problems.js';
import { locateProblem, optionMessage, SCORE_CHUNK } from './score-batch.js';
import { ScoreStore } from './score-store.js';

/** Bytes read from an input at a time. */
const READ_BYTES = 1 << 18;
/**
 * Problems kept in memory for the output (the first ones); the rest are only counted. The terminal lists fewer
 * still (`MAX_LISTED_PROBLEMS`), so a broken million-row file costs neither memory nor a flooded screen.
 */
export const KEPT_PROBLEMS = 10_000;

/** What `readAndScore` found. */
export interface ScoredInputs {
  readonly store: ScoreStore;
  /** The input names, indexed by `store.file`. */
  readonly files: readonly string[];
  /** The first `KEPT_PROBLEMS` problems found reading the inputs, in input order. */
  readonly problems: Problem[];
  /** All of them, kept or not. */
  problemCount: number;
  /** The first `KEPT_PROBLEMS` assessments the engine refused (listed after the reading problems, as before). */
  readonly scoreProblems: Problem[];
  scoreProblemCount: number;
  /** Assessments (CSV rows, JSON entries) that were not scored because of a problem. */
  invalid: number;
  /** Inputs that could not be read at all. */
  unreadable: number;
}

/** A problem list that keeps the first `KEPT_PROBLEMS` and counts the rest. */
function addProblem(outcome: ScoredInputs, problem: Problem): void {
  if (outcome.problems.length < KEPT_PROBLEMS) outcome.problems.push(problem);
  outcome.problemCount++;
}

function addScoreProblem(outcome: ScoredInputs, problem: Problem): void {
  if (outcome.scoreProblems.length < KEPT_PROBLEMS) outcome.scoreProblems.push(problem);
  outcome.scoreProblemCount++;
}

/** The bytes of an input, piece by piece; the first read happens before this returns, so a missing file is reported up front. */
async function openInput(context: CliContext, name: string): Promise<{ label: string; pieces: AsyncIterable<Uint8Array> } | { label: string; message: string }> {
  if (name === STDIN) {
    if (context.stdin.isTTY === true) {
      return {
        label: 'stdin',
        message: 'standard input is a terminal, not a file: pipe a file in (losi score - < cities.csv) or name the file instead of "-"',
      };
    }
    const stdin = context.stdin;
    return {
      label: 'stdin',
      pieces: (async function* () {
        for await (const chunk of stdin) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
      })(),
    };
  }
  let handle;
  let first;
  try {
    handle = await open(context.resolvePath(name), 'r');
    first = await handle.read(Buffer.allocUnsafe(READ_BYTES), 0, READ_BYTES, null);
  } catch (error) {
    await handle?.close();
    return { label: name, message: describeReadError(name, error) };
  }
  const opened = handle;
  return {
    label: name,
    pieces: (async function* () {
      try {
        let read = first;
        while (read.bytesRead > 0) {
          yield read.buffer.subarray(0, read.bytesRead);
          read = await opened.read(Buffer.allocUnsafe(READ_BYTES), 0, READ_BYTES, null);
        }
      } finally {
        await opened.close();
      }
    })(),
  };
}

/** An Excel workbook (`.xlsx`): by its extension, or by the zip signature its bytes start with (stdin). */
function isWorkbook(name: string, first: Uint8Array | undefined): boolean {
  if (name !== STDIN && extname(name).toLowerCase() === '.xlsx') return true;
  return first !== undefined && first.length >= 4 && first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04;
}

/** An input that stopped being readable half-way (a read error, invalid UTF-8 late in the file). */
class InputFailure extends Error {
  constructor(
    message: string,
    /** Where in the input, when known (`line 3, column 7`). */
    readonly where = '',
    /** How the input is counted: unreadable, or (a JSON syntax error, as a whole read counts it) one invalid entry. */
    readonly countsAs: 'unreadable' | 'invalid' = 'unreadable',
  ) {
    super(message);
  }
}

/**
 * Reads every input as a stream and scores it as it comes, keeping only compact results (`ScoreStore`): CSV row by
 * row (UTF-8 decoded piece by piece), a JSON array item by item (`JsonArrayReader`), one JSON assessment whole. Problems are
 * collected with their file and row or path, as `loadAssessments` and `scoreBatch` report them; an input that turns
 * out unreadable half-way counts as not read, and what was kept of it is dropped.
 * @throws CliError (usage) when the scoring options are refused.
 */
export async function readAndScore(
  context: CliContext,
  names: readonly string[],
  options: {
    readonly edition?: string;
    readonly scoreOptions: ScoreOptions;
    readonly keepIndicators: boolean;
    readonly progress?: Progress;
    /** Whether `progress` counts bytes read (when every input is a file of known size) or inputs. */
    readonly progressInBytes?: boolean;
  },
): Promise<ScoredInputs> {
  const outcome: ScoredInputs = { store: new ScoreStore(options.keepIndicators), files: names.map((name) => (name === STDIN ? 'stdin' : name)), problems: [], problemCount: 0, scoreProblems: [], scoreProblemCount: 0, invalid: 0, unreadable: 0 };
  const { TextChunkDecoder, AssessmentsCsvReader } = await import('@losi/indicators/csv');
  const schema = await import('@losi/indicators/schema');
  for (let fileIndex = 0; fileIndex < names.length; fileIndex++) {
    const name = names[fileIndex]!;
    const input = await openInput(context, name);
    if ('message' in input) {
      addProblem(outcome, { file: input.label, where: '', message: input.message });
      outcome.unreadable++;
      if (!options.progressInBytes) options.progress?.advance();
      continue;
    }
    const mark = { results: outcome.store.length, problems: outcome.problems.length, problemCount: outcome.problemCount, scoreProblems: outcome.scoreProblems.length, scoreProblemCount: outcome.scoreProblemCount };
    const label = input.label;
    let pending: LoadedAssessment[] = [];
    let found = 0;
    let invalid = 0;
    const flush = async () => {
      const batch = pending;
      pending = [];
      if (batch.length === 0) return;
      let entries;
      try {
        entries = scoreMany(
          batch.map((entry) => entry.assessment),
          options.scoreOptions,
        );
      } catch (error) {
        if (error instanceof LosiScoringError) throw usageError(optionMessage(error));
        throw error;
      }
      for (const entry of entries) {
        const source = batch[entry.index]!;
        if (entry.ok) outcome.store.add(fileIndex, encodeWhere(source.where), entry.result);
        else {
          invalid++;
          addScoreProblem(outcome, locateProblem(source, entry.path, entry.message));
        }
      }
      // Let timers run between chunks: the progress bar redraws.
      await new Promise((resolve) => setImmediate(resolve));
    };
    const take = async (entry: LoadedAssessment) => {
      found++;
      pending.push(entry);
      if (pending.length >= SCORE_CHUNK) await flush();
    };

    const decoder = new TextChunkDecoder();
    const byName = extname(name === STDIN ? '' : name).toLowerCase();
    let kind: 'json' | 'csv' | undefined = byName === '.json' ? 'json' : byName === '.csv' ? 'csv' : undefined;
    let sniffed = '';
    const json: string[] = [];
    // A JSON array is read item by item; any other JSON value (one assessment) is read whole.
    let jsonArray: InstanceType<typeof schema.JsonArrayReader> | undefined;
    const jsonStep = async (step: ReturnType<InstanceType<typeof schema.JsonArrayReader>['push']>) => {
      for (const item of step.items) {
        const sink: Pick<LoadOutcome, 'assessments' | 'problems'> = { assessments: [], problems: [] };
        const result = parseJsonArrayItem(schema, label, item, sink);
        if (typeof result !== 'number') throw new InputFailure(result.message, result.where, 'invalid');
        invalid += result;
        for (const problem of sink.problems) addProblem(outcome, problem);
        for (const entry of sink.assessments) await take(entry);
      }
      if (!step.ok) throw new InputFailure(`not valid JSON: ${step.message[0]!.toUpperCase()}${step.message.slice(1)}`, `line ${step.line}, column ${step.column}`, 'invalid');
    };
    let csv: InstanceType<typeof AssessmentsCsvReader> | undefined;
    let lastBadRow = 0;
    const csvStep = async (step: ReturnType<InstanceType<typeof AssessmentsCsvReader>['push']>) => {
      for (const problem of step.problems) {
        // Row 1 is the header: its problems concern the file, not one city. A row's problems come together.
        if (problem.row > 1 && problem.row !== lastBadRow) {
          invalid++;
          lastBadRow = problem.row;
        }
        addProblem(outcome, { file: label, where: problem.row > 0 ? rowLabel(problem.row) : '', message: problem.message });
      }
      for (const { row, assessment } of step.assessments) await take({ file: label, where: rowLabel(row), assessment });
    };
    const feed = async (text: string) => {
      if (kind === undefined) {
        sniffed += text;
        // The kind is settled by the first character that is not white space.
        if (!/\S/.test(sniffed)) return;
        kind = detectKind(name === STDIN ? '' : name, sniffed);
        text = sniffed;
        sniffed = '';
      }
      if (kind === 'json') {
        if (jsonArray === undefined && json.length === 0 && /^\s*\[/.test(text)) jsonArray = new schema.JsonArrayReader();
        if (jsonArray) await jsonStep(jsonArray.push(text));
        else json.push(text);
      } else {
        csv ??= new AssessmentsCsvReader(options.edition ? { edition: options.edition as never } : {});
        await csvStep(csv.push(text));
      }
    };
    const iterator = input.pieces[Symbol.asyncIterator]();
    const nextPiece = async (): Promise<Uint8Array | undefined> => {
      let next;
      try {
        next = await iterator.next();
      } catch (error) {
        throw new InputFailure(describeReadError(name, error));
      }
      return next.done ? undefined : next.value;
    };
    try {
      const firstPiece = await nextPiece();
      const workbook = isWorkbook(name, firstPiece);
      if (workbook) {
        // A workbook: its first sheet, read as CSV text by the same reader (rows and cells as the spreadsheet shows them).
        kind = 'csv';
        const { xlsxAsCsv } = await import('./format/xlsx.js');
        const progress = options.progressInBytes ? options.progress : undefined;
        const bytes = Readable.from(
          (async function* () {
            for (let piece = firstPiece; piece !== undefined; piece = await nextPiece()) {
              yield piece;
              progress?.advance(piece.length);
            }
          })(),
        );
        csv = new AssessmentsCsvReader(options.edition ? { edition: options.edition as never } : {});
        try {
          for await (const text of xlsxAsCsv(bytes)) await csvStep(csv.push(text));
        } catch (error) {
          if (error instanceof InputFailure) throw error;
          throw new InputFailure(`${name === STDIN ? 'stdin' : name} is not a workbook that can be read (${error instanceof Error ? error.message : String(error)}); save it again as .xlsx, or as CSV.`);
        }
      }
      for (let piece = workbook ? undefined : firstPiece; piece !== undefined; piece = await nextPiece()) {
        const decoded = decoder.push(piece);
        if (!decoded.ok) throw new InputFailure(decoded.message);
        await feed(decoded.text);
        if (options.progressInBytes) options.progress?.advance(piece.length);
      }
      const last = decoder.end();
      if (!last.ok) throw new InputFailure(last.message);
      await feed(last.text);
      kind ??= detectKind(name === STDIN ? '' : name, sniffed);
      if (kind === 'csv') {
        csv ??= new AssessmentsCsvReader(options.edition ? { edition: options.edition as never } : {});
        if (sniffed) await csvStep(csv.push(sniffed));
        await csvStep(csv.end());
      } else if (jsonArray) {
        if (sniffed) await jsonStep(jsonArray.push(sniffed));
        await jsonStep(jsonArray.end());
      } else {
        // One JSON value that is not an array (a single assessment) is parsed whole.
        const loaded: LoadOutcome = { assessments: [], problems: [], counts: [] };
        const text = json.join('') + sniffed;
        json.length = 0;
        invalid += await parseJsonInput({ label, text, kind: 'json' }, loaded);
        for (const problem of loaded.problems) addProblem(outcome, problem);
        for (const entry of loaded.assessments) await take(entry);
      }
      await flush();
      if (found === 0 && outcome.problemCount === mark.problemCount && outcome.scoreProblemCount === mark.scoreProblemCount) {
        addProblem(outcome, {
          file: label,
          where: '',
          message: 'holds no assessment: add at least one city (a JSON object, or a CSV row under the header).',
        });
      }
      outcome.invalid += invalid;
    } catch (error) {
      if (!(error instanceof InputFailure)) throw error;
      // As if the file had not been read: nothing of it is kept, only why.
      outcome.store.truncate(mark.results);
      outcome.problems.length = Math.min(outcome.problems.length, mark.problems);
      outcome.problemCount = mark.problemCount;
      outcome.scoreProblems.length = Math.min(outcome.scoreProblems.length, mark.scoreProblems);
      outcome.scoreProblemCount = mark.scoreProblemCount;
      addProblem(outcome, { file: label, where: error.where, message: error.message });
      if (error.countsAs === 'invalid') outcome.invalid++;
      else outcome.unreadable++;
      // Read no further: the rest of stdin or of the file is of no use.
      await iterator.return?.(undefined);
    }
    if (!options.progressInBytes) options.progress?.advance();
  }
  return outcome;
}

/** A location as `ScoreStore.where` keeps it: `row n` as n, `[n]` as -(n + 2), none as -1. */
export function encodeWhere(where: string): number {
  if (where.startsWith('row ')) return Number(where.slice(4));
  if (where.startsWith('[')) return -(Number(where.slice(1, -1)) + 2);
  return -1;
}

/** The location back as text. */
export function decodeWhere(code: number): string {
  if (code > 0) return rowLabel(code);
  if (code === -1) return '';
  return `[${-code - 2}]`;
}

// One collator for the whole sort: creating one per comparison (String#localeCompare) is slow on large batches.
const cityOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The ranking: positions into the store, sorted by edition (newest first), rank, then city name, with each one's
 * competition rank (per edition, ties share: 1, 1, 3), as `scoreBatch` sorts. Ties are sorted by name group by
 * group, so names are decoded only where values are equal.
 */
export function rankStore(store: ScoreStore): { order: Uint32Array; ranks: Uint32Array } {
  const n = store.length;
  const editionKey = new Uint8Array(store.variants.length);
  const editions = [...new Set(store.variants.map((variant) => variant.edition))].sort().reverse();
  store.variants.forEach((variant, id) => {
    editionKey[id] = editions.indexOf(variant.edition);
  });
  const edition = (i: number) => editionKey[store.variant[i]!]!;
  const value = store.value;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => edition(a) - edition(b) || value[b]! - value[a]! || a - b);
  const ranks = new Uint32Array(n);
  let groupStart = 0;
  for (let position = 0; position < n; position++) {
    const i = order[position]!;
    const previous = position > 0 ? order[position - 1]! : -1;
    if (previous === -1 || edition(previous) !== edition(i)) {
      groupStart = position;
      ranks[position] = 1;
    } else {
      ranks[position] = value[previous] === value[i] ? ranks[position - 1]! : position - groupStart + 1;
    }
  }
  // Equal values (same edition, same rank): order by city name, then input order.
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && ranks[end] === ranks[start] && edition(order[end]!) === edition(order[start]!)) end++;
    if (end - start > 1) {
      const group = Array.from(order.subarray(start, end));
      const names = new Map(group.map((i) => [i, store.cityName(i)]));
      group.sort((a, b) => cityOrder.compare(names.get(a)!, names.get(b)!) || a - b);
      order.set(group, start);
    }
    start = end;
  }
  return { order, ranks };
}

/** A result scored again from the store, for the JSON output: the same object `score` gave the first time. */
export function rescore(store: ScoreStore, i: number, options: ScoreOptions) {
  return score(store.assessment(i), options);
}
