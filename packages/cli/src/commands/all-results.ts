/**
 * `losi report --all` and `losi badge --all`: one file per municipality of a study, and an index page listing them,
 * written into a temporary folder next to `--out-dir` and renamed into place at the end, so an interrupted run leaves
 * no half-written file in the folder.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { LEVEL_NAMES } from '@losi/indicators/labels';
import type { RankedResult, ScoreOptions } from '@losi/scoring';
import type { LevelScheme } from '@losi/indicators/structure';
import type { CliContext } from '../context.js';
import { inputError, usageError } from '../exit-codes.js';
import { describeWriteError } from '../io/output.js';
import { loadAssessments } from '../load.js';
import { formatProblem, type Problem } from '../problems.js';
import type { SingleResultOptions } from '../program.js';
import { scoreBatch, type ScoredEntry } from '../score-batch.js';
import { escapeAttribute, escapeHtml as esc } from '../report/escape.js';

/** Every valid result of a file, ranked, with the problems of the others. */
export interface AllResults {
  readonly entries: readonly ScoredEntry[];
  readonly problems: readonly Problem[];
}

/** `--all` needs `--out-dir` and goes with neither `--city` nor `--out`; `--out-dir` needs `--all`. */
export function checkAllOptions(options: SingleResultOptions, example: string): void {
  if (options.outDir !== undefined && !options.all) throw usageError(`--out-dir is for --all (one file per city): add --all, or write one city with --out. Nothing was written.`);
  if (!options.all) return;
  if (options.outDir === undefined) throw usageError(`--all writes one file per city into a folder: add --out-dir, e.g. ${example}. Nothing was written.`);
  if (options.city !== undefined) throw usageError('--all writes every city: drop --city (or drop --all to write that one city). Nothing was written.');
  if (options.out !== undefined) throw usageError('--all writes into --out-dir, not --out: drop --out. Nothing was written.');
}

/** Reads a study and scores every assessment; the invalid ones are reported by the caller and left out. */
export async function loadAllResults(context: CliContext, file: string, options: SingleResultOptions, scheme?: LevelScheme): Promise<AllResults> {
  const loaded = await loadAssessments(context, [file], options.edition ? { edition: options.edition } : {});
  const unread = loaded.counts[0]?.readable === false ? loaded.problems[0] : undefined;
  if (unread) throw inputError(`${formatProblem(unread)}. Nothing was written.`);
  const scoreOptions: ScoreOptions = {
    mode: options.applicableOnly ? 'applicable-only' : 'official',
    ...(options.scoredPoints !== undefined ? { scoredPoints: options.scoredPoints } : {}),
    // Typed with the UN level ids; a scheme's own band ids are handled where levels are shown (table, report, badge).
    ...(scheme ? { levels: scheme as ScoreOptions['levels'] } : {}),
  };
  const batch = await scoreBatch(loaded.assessments, scoreOptions);
  return { entries: batch.scored, problems: [...loaded.problems, ...batch.problems] };
}

// Names Windows keeps for devices, whatever the extension: a file "con.html" cannot be created there.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/**
 * A file name stem for each result, from its city and country: ASCII letters and digits joined by dashes (accents
 * dropped, so "São Paulo" gives sao-paulo-bra), at most 60 characters; a name with no such letter (東京) gets a short
 * hash of the name instead, so it is stable. Stems are unique without regard to case (-2, -3 … for duplicates).
 */
export function fileStems(cities: readonly { readonly name: string; readonly country?: string }[]): string[] {
  const taken = new Set<string>();
  return cities.map((city) => {
    const ascii = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    let base = ascii(city.name).slice(0, 60).replace(/-+$/, '');
    if (base === '') base = `city-${createHash('sha256').update(city.name).digest('hex').slice(0, 8)}`;
    if (RESERVED.test(base)) base = `${base}-city`;
    const country = city.country ? ascii(city.country) : '';
    const stem = country ? `${base}-${country}` : base;
    let unique = stem;
    for (let n = 2; taken.has(unique); n++) unique = `${stem}-${n}`;
    taken.add(unique);
    return unique;
  });
}

/** One file to write into the folder. */
export interface FolderFile {
  readonly name: string;
  readonly content: string;
}

/**
 * Writes the files into `outDir`, whole or not at all: into a hidden temporary folder beside it, then renamed into
 * place (an existing empty folder, or with `force` a non-empty one, is replaced). A non-empty folder without `force`
 * is refused before anything is written.
 * @throws CliError (usage) for a non-empty folder without --force, or a folder that cannot be written.
 */
export async function writeFolder(context: CliContext, outDir: string, files: readonly FolderFile[], force: boolean): Promise<void> {
  const target = resolve(context.resolvePath(outDir));
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw usageError(`--out-dir ${outDir}: this is a file, not a folder. Give a folder name. Nothing was written.`);
  if (existing && !force && (await readdir(target)).length > 0) {
    throw usageError(`--out-dir ${outDir}: the folder is not empty. Choose a new or empty folder, or add --force to replace what is in it. Nothing was written.`);
  }
  const suffix = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temporary = join(dirname(target), `.${basename(target)}.${suffix}.tmp`);
  const previous = join(dirname(target), `.${basename(target)}.${suffix}.old`);
  let placed = false;
  try {
    await mkdir(temporary);
    for (const file of files) await writeFile(join(temporary, file.name), file.content, { flag: 'wx' });
    if (existing) await rename(target, previous);
    try {
      await rename(temporary, target);
      placed = true;
    } catch (error) {
      // Put the old folder back: nothing is lost when the last step fails.
      if (existing) await rename(previous, target);
      throw error;
    }
    if (existing) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    if ((error as { name?: string }).name === 'CliError') throw error;
    throw usageError(describeWriteError(outDir, target, error).replace('--out ', '--out-dir '));
  } finally {
    if (!placed) await rm(temporary, { recursive: true, force: true });
  }
}

/** A value as the UN prints it: 4 decimals. */
const value4 = (value: number) => (Math.round(value * 10_000) / 10_000).toFixed(4);

const INDEX_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1f; --muted: #4a4a55; --line: #c9c9d3; --accent: #0b5cad;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif; line-height: 1.5; }
@media (prefers-color-scheme: dark) { :root { --bg: #121317; --fg: #ececf1; --muted: #b9b9c6; --line: #474a55; --accent: #8cc4ff; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
.page { max-inline-size: 60rem; margin-inline: auto; padding: 2rem 1.25rem 3rem; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.note { color: var(--muted); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; inline-size: 100%; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.5rem; }
th, td { text-align: start; padding: 0.4rem 0.6rem; border-block-end: 1px solid var(--line); vertical-align: middle; }
td.num { font-variant-numeric: tabular-nums; }
td svg { display: block; max-inline-size: 100%; block-size: auto; }
@media (forced-colors: active) { a { color: LinkText; } }
@media print { a { color: inherit; } }
`;

/** The contents of `<style>` elements in embedded SVG, which the page's CSP allows by hash too. */
function styleBlocks(svg: string): string[] {
  return [...svg.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
}

/** One line of the index: the result and the file written for it. */
export interface IndexRow {
  readonly result: Pick<RankedResult, 'rank' | 'city' | 'value' | 'complete' | 'answered' | 'total'> & { readonly level: string };
  readonly file: string;
  /** The badge, embedded in the row (badge index). */
  readonly svg?: string;
}

/**
 * The index page of a folder of reports or badges: a table of the cities (rank, city, country, value, level, how many
 * indicators answered, provisional when incomplete), each linking to its file by a relative address. No script and no
 * external request (a Content-Security-Policy allows only its own style sheet and the badges' ones, by hash); city
 * names are isolated (`<bdi>`) so that right-to-left names do not reorder the row.
 */
export function renderIndexHtml(input: {
  readonly title: string;
  readonly kind: 'report' | 'badge';
  readonly rows: readonly IndexRow[];
  readonly source: string;
  readonly note?: string;
  /** The scheme of the levels shown (its band names), when not the UN levels. */
  readonly levels?: LevelScheme;
  /** For a country's indicator set: "<set> (adapted from LOSI 2024)", which names the values instead of "LOSI value". */
  readonly adapted?: string;
}): string {
  const styles = [...new Set([INDEX_CSS, ...input.rows.flatMap((row) => (row.svg ? styleBlocks(row.svg) : []))])];
  const policy = [
    "default-src 'none'",
    `style-src ${styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`).join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const valueName = input.adapted ? `Value, ${input.adapted}` : 'LOSI value';
  const head = ['Rank', 'City', 'Country', valueName, 'Level', 'Indicators answered', input.kind === 'badge' ? 'Badge' : 'Report'];
  const rows = input.rows.map(({ result, file, svg }) => {
    const provisional = result.complete ? '' : ` <strong>(provisional: ${result.answered} of ${result.total} answered)</strong>`;
    const cells = [
      `<td class="num">${result.rank}</td>`,
      `<th scope="row"><bdi>${esc(result.city.name)}</bdi></th>`,
      `<td>${esc(result.city.country ?? '')}</td>`,
      `<td class="num">${value4(result.value)}${provisional}</td>`,
      `<td>${esc(input.levels?.bands.find((band) => band.id === result.level)?.labels?.en ?? LEVEL_NAMES.en[result.level as keyof (typeof LEVEL_NAMES)['en']] ?? result.level)}</td>`,
      `<td class="num">${result.answered} of ${result.total}</td>`,
      // The file name is the link's text: unique, and what a reader saves or shares; the row names the city.
      `<td>${input.kind === 'badge' ? (svg ?? '') : ''}<a href="${escapeAttribute(encodeURIComponent(file))}">${esc(file)}</a></td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return [
    '<!doctype html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(input.title)}</title>`,
    `<style>${INDEX_CSS}</style>`,
    '</head>',
    '<body>',
    '<main class="page">',
    `<h1>${esc(input.title)}</h1>`,
    `<p class="note">${esc(`${input.rows.length} ${input.rows.length === 1 ? 'city' : 'cities'} from ${input.source}, ranked by ${input.adapted ? `value (${input.adapted}, not official LOSI values)` : 'LOSI value'}.`)}${input.note ? ` ${esc(input.note)}` : ''}</p>`,
    '<div class="scroll">',
    '<table>',
    `<caption>${esc(input.title)}</caption>`,
    `<thead><tr>${head.map((cell) => `<th scope="col">${esc(cell)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</div>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
