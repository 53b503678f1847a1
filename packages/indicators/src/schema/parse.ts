/** `parseAssessment`: reads an assessment from unknown input and reports every problem in plain words. Never throws. */
import type { z } from 'zod';
import { ASSESSMENT_SCHEMA_VERSION } from '../assessment.js';
import type { Assessment } from '../assessment.js';
import { EDITION_IDS } from '../structure.js';
import type { EditionId } from '../types.js';
import { ASSESSMENT_KEYS, assessmentShapeSchema } from './assessment-schema.js';
import { isIndicatorId, unknownIndicatorMessage } from './indicator-ids.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { normalizeCountryCode, PROBLEM_LIMIT, tooLongMessage } from './rules.js';
import { closestMatch, describeValue, formatPath, listAnd, listOr, quote } from './messages.js';

/** One thing wrong with an input: where (`answers.privacy-policy.evidence`, `city.name`, '' for the root) and what, in plain words. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  /** For text that is not valid JSON: the 1-based line and column of the error. */
  readonly line?: number;
  readonly column?: number;
}

/** The outcome of `parseAssessment`: the assessment, or every problem found. */
export type ParseResult =
  | { readonly ok: true; readonly assessment: Assessment; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

// Beyond this many unknown ids, messages skip the closest-id search so hostile input stays fast.
const SUGGESTION_LIMIT = 200;
const VALUES_TEXT = listOr(['"yes"', '"no"', '"na"']);
const EDITIONS_TEXT = listOr(EDITION_IDS.map((id) => `"${id}"`));

type Key = PropertyKey;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a field must be, in words, keyed by its path pattern (`*` = any indicator id). */
function requirement(path: readonly Key[]): string {
  const [first, , third] = path;
  if (path.length === 0) return 'must be a JSON object such as {"schemaVersion": 1, "edition": "2024", "city": {"name": "…"}, "answers": {}}';
  switch (first) {
    case '$schema':
      return 'must be text (the address of the JSON Schema)';
    case 'schemaVersion':
      return `must be the number ${ASSESSMENT_SCHEMA_VERSION} (the version of the assessment format)`;
    case 'edition':
      return `must be the LOSI edition, ${EDITIONS_TEXT}`;
    case 'city':
      if (path[1] === 'name') return "must be the city's name (text that is not blank)";
      if (path[1] === 'country') return 'must be an ISO 3166-1 alpha-3 country code: three letters, such as "EST" (any case; kept in capitals)';
      return 'must be an object such as {"name": "Tallinn", "country": "EST"}';
    case 'portalUrl':
      return 'must be the web address of the portal, starting with http:// or https:// and without spaces';
    case 'assessedAt':
      return 'must be a date written YYYY-MM-DD that exists in the calendar, such as "2026-03-01"';
    case 'answers':
      if (path.length === 1) return 'must be an object from indicator id to answer ({} when nothing is answered yet)';
      if (path.length === 2) return `must be ${VALUES_TEXT} or an object such as {"value": "yes", "evidence": "https://…"}`;
      if (third === 'value') return `must be ${VALUES_TEXT}`;
      if (third === 'evidence') return 'must be a web address starting with http:// or https:// and without spaces';
      if (third === 'note') return 'must be text';
      if (third === 'source') {
        return 'must be the record of an accepted audit proposal, such as {"kind": "audit", "check": "privacy-policy", "ruleVersion": 1, "status": "pass"}';
      }
      return 'is not valid here';
    default:
      return 'is not valid here';
  }
}

/** A hint for common slips, added after the main message. */
function hint(path: readonly Key[], input: unknown): string {
  const [first, second, third] = path;
  if (first === 'edition' && typeof input === 'number' && EDITION_IDS.includes(String(input) as EditionId)) {
    return ` Write it as text in quotes: "${input}".`;
  }
  if (first === 'schemaVersion' && typeof input === 'number' && input > ASSESSMENT_SCHEMA_VERSION) {
    return ` This file uses a newer version of the format than this version of @losi/indicators reads.`;
  }
  if (first === 'city' && second === 'country' && typeof input === 'string') {
    if (/^[a-zA-Z]{3}$/.test(input)) return ` Write it in capitals: "${input.toUpperCase()}".`;
    if (/^[a-zA-Z]{2}$/.test(input)) return ' That looks like a two-letter code; use the three-letter one.';
  }
  const isValueField = first === 'answers' && (path.length === 2 || third === 'value');
  if (isValueField && typeof input === 'string' && ['yes', 'no', 'na'].includes(input.trim().toLowerCase())) {
    return ` Write it in lower case without spaces: "${input.trim().toLowerCase()}".`;
  }
  if ((first === 'portalUrl' || third === 'evidence') && typeof input === 'string' && /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(input)) {
    return ` Add the scheme: "https://${input}".`;
  }
  return '';
}

function fieldName(path: readonly Key[]): string {
  return path.length === 0 ? 'The assessment' : formatPath(path);
}

function invalid(path: readonly Key[], input: unknown): Problem {
  return { path: formatPath(path), message: `${fieldName(path)} ${requirement(path)}; got ${describeValue(input)}.${hint(path, input)}` };
}

function missing(path: readonly Key[]): Problem {
  return { path: formatPath(path), message: `${fieldName(path)} is missing: it ${requirement(path)}.` };
}

function knownKeys(path: readonly Key[]): readonly string[] {
  if (path.length === 0) return ASSESSMENT_KEYS.filter((key) => key !== '$schema');
  if (path[0] === 'city') return ['name', 'country'];
  if (path[0] === 'answers' && path[2] === 'source') return ['kind', 'check', 'ruleVersion', 'status', 'auditedAt', 'acceptedAt'];
  return ['value', 'evidence', 'note', 'source'];
}

function unknownKey(objectPath: readonly Key[], key: string): Problem {
  const known = knownKeys(objectPath);
  const where =
    objectPath.length === 0 ? 'an assessment' : objectPath[0] === 'city' ? 'city' : objectPath[2] === 'source' ? 'an answer source' : 'an answer';
  const closest = closestMatch(key, known);
  const suggestion = closest !== undefined ? ` Did you mean "${closest}"?` : '';
  return {
    path: formatPath([...objectPath, key]),
    message: `${quote(key)} is not a field of ${where}, which has only ${listAnd(known.map((k) => `"${k}"`))}.${suggestion}`,
  };
}

/** The value at `path` inside `root`, read with own-property checks only. */
function valueAt(root: unknown, path: readonly Key[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return { found: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

/** Plain-word problems for one zod issue (an invalid answer can give several). */
function problemsFor(issue: z.core.$ZodIssue, root: unknown, prefix: readonly Key[] = []): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownKey(path, key));
  const { found, value } = valueAt(root, path);
  if (issue.code === 'invalid_union' && path[0] === 'answers' && path.length === 2 && isPlainObject(value)) {
    // The value is an object, so the object branch's issues are the ones that explain what is wrong.
    const objectBranch = issue.errors[1] ?? [];
    return objectBranch.flatMap((inner) => problemsFor(inner, root, path));
  }
  if (!found) return [missing(path)];
  if (issue.code === 'too_big' && typeof value === 'string') {
    return [{ path: formatPath(path), message: `${tooLongMessage(fieldName(path), value.length, Number(issue.maximum))}: shorten it.` }];
  }
  return [invalid(path, value)];
}

function jsonProblem(text: string): Problem {
  const error = findJsonSyntaxError(text);
  if (error === null) return { path: '', message: 'The text could not be read as JSON.' };
  return {
    path: '',
    message: `The text is not valid JSON: line ${error.line}, column ${error.column}: ${error.message}`,
    line: error.line,
    column: error.column,
  };
}

/** Problems for answer keys that are not catalogued ids of the edition, read from the raw input (zod drops `__proto__`). */
function unknownIdProblems(input: Record<string, unknown>, problems: Problem[], options: ParseAssessmentOptions): number {
  const edition = input['edition'];
  const answers = input['answers'];
  if (typeof edition !== 'string' || !EDITION_IDS.includes(edition as EditionId) || !isPlainObject(answers)) return 0;
  let unknown = 0;
  let uncounted = 0;
  const set = options.indicatorSet;
  const setIds = set && new Set(set.ids);
  for (const id of Object.keys(answers)) {
    if (setIds ? setIds.has(id) : isIndicatorId(id, edition as EditionId)) continue;
    if (setIds) {
      if (problems.length > PROBLEM_LIMIT) uncounted++;
      else problems.push({ path: formatPath(['answers', id]), message: `"${id}" is not an indicator of the indicator set "${set.id}".` });
      continue;
    }
    // Beyond the listed ones only a count is kept: building 150,000 messages (or spreading them into push()) is wasted.
    if (problems.length > PROBLEM_LIMIT) {
      uncounted++;
      continue;
    }
    const suggest = unknown++ < SUGGESTION_LIMIT;
    problems.push({ path: formatPath(['answers', id]), message: unknownIndicatorMessage(id, edition as EditionId, suggest) });
  }
  return uncounted;
}

/** Keeps the first PROBLEM_LIMIT problems and says how many more there are. */
function capProblems(problems: Problem[], uncounted: number): Problem[] {
  if (problems.length + uncounted <= PROBLEM_LIMIT) return problems;
  const rest = problems.length + uncounted - PROBLEM_LIMIT;
  return [
    ...problems.slice(0, PROBLEM_LIMIT),
    { path: '', message: `${rest.toLocaleString('en')} more ${rest === 1 ? 'problem' : 'problems'} not listed (only the first ${PROBLEM_LIMIT} are).` },
  ];
}

/** Removes problems repeated with the same path and message (the URL rules fail twice: pattern, then parse). */
function dropRepeats(problems: Problem[]): void {
  const seen = new Set<string>();
  let kept = 0;
  for (const problem of problems) {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems[kept++] = problem;
  }
  problems.length = kept;
}

function parseText(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(withoutBom) };
  } catch {
    return { ok: false, problem: jsonProblem(withoutBom) };
  }
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/** The input with `city.country` in capitals when it is three letters in any case (copied, never changed in place). */
function withCountryInCapitals(value: unknown): unknown {
  if (!isPlainObject(value) || !Object.hasOwn(value, 'city')) return value;
  const city = value['city'];
  if (!isPlainObject(city) || !Object.hasOwn(city, 'country')) return value;
  const country = normalizeCountryCode(city['country']);
  return country === city['country'] ? value : { ...value, city: { ...city, country } };
}

function toAssessment(data: z.output<typeof assessmentShapeSchema>): Assessment {
  const { $schema: _schema, ...assessment } = data;
  return assessment;
}

/** Options of `parseAssessment`. */
export interface ParseAssessmentOptions {
  /**
   * The indicator set the answers follow (a country project's, `@losi/indicators/indicator-set`): answer keys are then
   * checked against its ids instead of the edition's catalogue ids. Only `id` and the ids are read.
   */
  readonly indicatorSet?: { readonly id: string; readonly ids: readonly string[] };
}

/**
 * Reads an assessment (the JSON format of DESIGN.md, version 1) from any input and never throws.
 * A string is parsed as JSON first (a leading byte-order mark is ignored; a syntax error is reported with its line and column).
 * Every problem is reported, each with its path and a plain message: unknown or misspelt fields (unknown keys are rejected,
 * except `$schema`, which is accepted and dropped), wrong values, non-http(s) evidence, an unknown edition or schemaVersion,
 * and answer keys that are not catalogued indicator ids of the edition (with the closest id when one is close).
 */
export function parseAssessment(input: unknown, options: ParseAssessmentOptions = {}): ParseResult {
  try {
    let value = input;
    if (typeof input === 'string') {
      const parsed = parseText(input);
      if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
      value = parsed.value;
    }
    value = withCountryInCapitals(value);
    const result = assessmentShapeSchema.safeParse(value);
    const problems: Problem[] = [];
    if (!result.success) for (const issue of result.error.issues) for (const problem of problemsFor(issue, value)) problems.push(problem);
    dropRepeats(problems);
    const uncounted = isPlainObject(value) ? unknownIdProblems(value, problems, options) : 0;
    if (result.success && problems.length === 0) return { ok: true, assessment: toAssessment(result.data), problems: [] };
    return { ok: false, problems: problems.length > 0 ? capProblems(problems, uncounted) : [{ path: '', message: 'The assessment is not valid.' }] };
  } catch (error) {
    // Only hostile objects get here (throwing getters, revoked proxies): report, never throw.
    return { ok: false, problems: [{ path: '', message: `The assessment could not be read: ${describeError(error)}.` }] };
  }
}
