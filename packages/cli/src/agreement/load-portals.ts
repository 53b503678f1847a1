/**
 * Reads the assessments of `losi agreement` and `losi reconcile`: files or study folders, each assessment labelled
 * with its assessor, grouped by portal (edition and city).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Assessment } from '@losi/indicators';
import type { EditionId } from '@losi/indicators/structure';
import { defaultLabel } from '@losi/scoring/agreement';
import type { CliContext } from '../context.js';
import { usageError } from '../exit-codes.js';
import { loadAssessments, type LoadedAssessment, type LoadOptions } from '../load.js';
import type { Problem } from '../problems.js';

/** One assessment with its assessor's label and where it came from. */
export interface LabelledAssessment extends LoadedAssessment {
  readonly assessor: string;
}

/** The assessments of one portal, in the order read. */
export interface PortalGroup {
  readonly assessments: readonly LabelledAssessment[];
}

/** What was read: portals with two or more assessments, and every problem. */
export interface LoadedPortals {
  readonly portals: readonly PortalGroup[];
  readonly problems: Problem[];
}

const ASSESSMENT_EXTENSIONS = ['.json', '.csv'];

/** Every .json and .csv file under a folder, sorted, with the label its place gives: `<folder>/<assessor>/…` or `<folder>/<assessor>.json`. */
async function studyFiles(folder: string, shown: string): Promise<{ file: string; assessor: string }[]> {
  const found: { file: string; assessor: string }[] = [];
  const walk = async (path: string): Promise<void> => {
    const entries = await readdir(path, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && ASSESSMENT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
        const inside = relative(folder, full).split(sep);
        const assessor = inside.length > 1 ? inside[0]! : basename(entry.name, extname(entry.name));
        found.push({ file: join(shown, ...inside), assessor });
      }
    }
  };
  await walk(folder);
  return found;
}

async function isFolder(context: CliContext, name: string): Promise<boolean> {
  if (name === '-') return false;
  try {
    return (await stat(context.resolvePath(name))).isDirectory();
  } catch {
    return false;
  }
}

function portalKey(assessment: Assessment): string {
  return `${assessment.edition}\u0000${assessment.city.name.trim().toLowerCase()}\u0000${assessment.city.country ?? ''}`;
}

function cityText(assessment: Assessment): string {
  return `${assessment.city.name}${assessment.city.country ? ` (${assessment.city.country})` : ''}, LOSI ${assessment.edition}`;
}

/**
 * Reads the inputs: a file gives its assessments the label of its position (A, B, C…, or `labels`), a folder gives
 * each file under it the name of its first subfolder (`study/ana/alpha.json` is Ana's) or its own name
 * (`study/ana.csv`). Groups by portal; a portal with one assessment, or two by one assessor, is a problem.
 */
export async function loadPortals(
  context: CliContext,
  names: readonly string[],
  options: { readonly labels?: readonly string[]; readonly edition?: EditionId; readonly indicatorSet?: LoadOptions['indicatorSet'] },
): Promise<LoadedPortals> {
  const problems: Problem[] = [];
  const sources: { file: string; assessor: string }[] = [];
  let position = 0;
  for (const name of names) {
    if (await isFolder(context, name)) {
      const files = await studyFiles(context.resolvePath(name), name);
      if (files.length === 0) problems.push({ file: name, where: '', message: 'this folder holds no .json or .csv assessment file.' });
      sources.push(...files);
    } else {
      const label = options.labels?.[position] ?? defaultLabel(position);
      sources.push({ file: name, assessor: label });
      position++;
    }
  }
  if (options.labels && options.labels.length !== position) {
    throw usageError(`--assessors names ${options.labels.length} assessor${options.labels.length === 1 ? '' : 's'} but ${position} file${position === 1 ? ' is' : 's are'} given; name one per file, in order.`);
  }
  const loaded = await loadAssessments(context, sources.map((source) => source.file), {
    ...(options.edition ? { edition: options.edition } : {}),
    ...(options.indicatorSet ? { indicatorSet: options.indicatorSet } : {}),
  });
  problems.push(...loaded.problems);
  const labelOf = new Map(sources.map((source) => [source.file, source.assessor]));
  const groups = new Map<string, LabelledAssessment[]>();
  for (const item of loaded.assessments) {
    const labelled: LabelledAssessment = { ...item, assessor: labelOf.get(item.file) ?? item.file };
    const key = portalKey(item.assessment);
    const group = groups.get(key);
    if (!group) groups.set(key, [labelled]);
    else if (group.some((other) => other.assessor === labelled.assessor)) {
      const other = group.find((entry) => entry.assessor === labelled.assessor)!;
      problems.push({
        file: item.file,
        where: item.where,
        message: `a second assessment of ${cityText(item.assessment)} by assessor "${labelled.assessor}" (the first is in ${other.file}${other.where ? `:${other.where}` : ''}); it is left out. Give each assessor's files their own folder or name.`,
      });
    } else group.push(labelled);
  }
  const portals: PortalGroup[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) {
      const [only] = group as [LabelledAssessment];
      problems.push({ file: only.file, where: only.where, message: `the only assessment of ${cityText(only.assessment)}: agreement needs two or more assessors of the same portal and edition; it is left out.` });
    } else portals.push({ assessments: group });
  }
  return { portals, problems };
}
