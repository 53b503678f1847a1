/** `parseReconciliationRecord`: reads a reconciliation record from unknown input; never throws, names the path of every problem. */
import type { z } from 'zod';
import { EDITION_IDS } from '../structure.js';
import { indicatorIds, isIndicatorId, setIndicatorHint, unknownIndicatorMessage } from '../schema/indicator-ids.js';
import { findJsonSyntaxError } from '../schema/json-syntax.js';
import { describeValue, formatPath, listAnd, listOr, quote } from '../schema/messages.js';
import type { Problem } from '../schema/parse.js';
import type { IndicatorSet } from '../indicator-set/types.js';
import { RECORD_KEYS, reconciliationRecordSchema } from './record-schema.js';
import { FINAL_ANSWER_SOURCES, type ReconciliationRecord } from './record.js';

/** The outcome of `parseReconciliationRecord`. */
export type RecordParseResult =
  | { readonly ok: true; readonly record: ReconciliationRecord; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type Key = PropertyKey;

const ENTRY_KEYS = ['indicator', 'value', 'source', 'assessor', 'answers', 'override', 'reason', 'decidedBy', 'decidedAt'];
const VALUES = listOr(['"yes"', '"no"', '"na"', 'null']);

/** What a field must be, by its path pattern. */
function requirement(path: readonly Key[]): string {
  const [first, second, third] = path;
  switch (first) {
    case undefined:
      return 'must be a JSON object with recordVersion, edition, city, assessors, agreement and entries';
    case 'recordVersion':
      return 'must be the number 1 (the version of the reconciliation record format)';
    case 'edition':
      return `must be the LOSI edition, ${listOr(EDITION_IDS.map((id) => `"${id}"`))}`;
    case 'indicatorSet':
      if (second === 'id') return 'must be the id of the indicator set, in kebab-case';
      if (second === 'name') return 'must be the name of the indicator set (text that is not blank)';
      if (second === 'basedOn') return `must be the LOSI edition the set adapts, ${listOr(EDITION_IDS.map((id) => `"${id}"`))}`;
      if (second === 'country') return 'must be an ISO 3166-1 alpha-3 country code in capitals, such as "ARG"';
      return 'must be an object such as {"id": "…", "name": "…", "basedOn": "2024"}';
    case 'city':
      if (second === 'name') return "must be the city's name (text that is not blank)";
      if (second === 'country') return 'must be an ISO 3166-1 alpha-3 country code in capitals, such as "EST"';
      return 'must be an object such as {"name": "Tallinn", "country": "EST"}';
    case 'portalUrl':
      return 'must be the web address of the portal, starting with http:// or https://';
    case 'assessors':
      if (path.length === 1) return 'must be a list of at least two assessors such as [{"label": "A"}, {"label": "B"}]';
      if (third === 'label') return 'must be the assessor\'s label (text that is not blank)';
      if (third === 'assessedAt') return 'must be a date written YYYY-MM-DD';
      return 'must be an object such as {"label": "A", "assessedAt": "2026-03-01"}';
    case 'agreement':
      if (second === 'compared' || second === 'agreed') return 'must be a whole number of indicators, 0 or more';
      if (second === 'agreementRate') return 'must be a number from 0 to 1, or null';
      if (second === 'kappa') return 'must be a number from -1 to 1, or null';
      if (second === 'kappaMethod') return 'must be "cohen" or "fleiss"';
      return 'must be an object with compared, agreed, agreementRate, kappa and kappaMethod';
    case 'entries':
      if (path.length === 1) return 'must be a list with one entry per indicator';
      switch (third) {
        case undefined:
          return 'must be an object such as {"indicator": "…", "value": "yes", "source": "agreed", "answers": ["yes", "yes"], "override": false}';
        case 'indicator':
          return 'must be an indicator id';
        case 'value':
          return `must be ${VALUES}`;
        case 'source':
          return `must be ${listOr(FINAL_ANSWER_SOURCES.map((source) => `"${source}"`))}`;
        case 'answers':
          return path.length === 4 ? `must be a list of answers, ${VALUES} each` : `must be ${VALUES}`;
        case 'override':
          return 'must be true or false';
        case 'decidedAt':
          return 'must be a date (YYYY-MM-DD) or a date-time with a time zone (2026-03-01T10:00:00Z)';
        default:
          return 'must be text that is not blank';
      }
    default:
      return 'is not valid here';
  }
}

function valueAt(root: unknown, path: readonly Key[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return { found: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

function knownKeys(path: readonly Key[]): readonly string[] {
  if (path.length === 0) return RECORD_KEYS.filter((key) => key !== '$schema');
  if (path[0] === 'city') return ['name', 'country'];
  if (path[0] === 'indicatorSet') return ['id', 'name', 'basedOn', 'country'];
  if (path[0] === 'assessors') return ['label', 'assessedAt'];
  if (path[0] === 'agreement') return ['compared', 'agreed', 'agreementRate', 'kappa', 'kappaMethod'];
  return ENTRY_KEYS;
}

function problemsFor(issue: z.core.$ZodIssue, root: unknown): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...path, key]),
      message: `${quote(key)} is not a field here, which has only ${listAnd(knownKeys(path).map((k) => `"${k}"`))}.`,
    }));
  }
  const name = path.length === 0 ? 'The record' : formatPath(path);
  const { found, value } = valueAt(root, path);
  if (!found) return [{ path: formatPath(path), message: `${name} is missing: it ${requirement(path)}.` }];
  return [{ path: formatPath(path), message: `${name} ${requirement(path)}; got ${describeValue(value)}.` }];
}

/** Options of `parseReconciliationRecord`. */
export interface RecordParseOptions {
  /**
   * The indicator set the record was reconciled by (checked with `parseIndicatorSet`): the record must name it
   * (`indicatorSet.id`, edition = the set's `basedOn`) and have one entry per indicator of the set, keyed by its ids.
   * Without it, a record that names a set is refused.
   */
  readonly indicatorSet?: IndicatorSet;
}

/** How the entries' ids are checked: against the edition's catalogue, or the set's ids. */
interface IdRules {
  readonly ids: readonly string[];
  readonly has: (id: string) => boolean;
  readonly unknown: (id: string) => string;
  readonly whose: string;
}

function idRules(record: ReconciliationRecord, set: IndicatorSet | undefined): IdRules {
  if (set === undefined) {
    return { ids: indicatorIds(record.edition), has: (id) => isIndicatorId(id, record.edition), unknown: (id) => unknownIndicatorMessage(id, record.edition), whose: `LOSI ${record.edition}` };
  }
  const ids = set.indicators.map((indicator) => indicator.id);
  const known = new Set(ids);
  const whose = `the indicator set ${quote(set.id)}`;
  return {
    ids,
    has: (id) => known.has(id),
    unknown: (id) => `is ${quote(id)}, which is not an indicator of ${whose}.${setIndicatorHint(id, set, ids)}`,
    whose,
  };
}

/** Whether the record's `indicatorSet` and `edition` match the set given (or that none is given for a record of none). */
function setProblems(record: ReconciliationRecord, set: IndicatorSet | undefined, add: (path: readonly Key[], message: string) => void): boolean {
  const named = record.indicatorSet;
  if (set === undefined) {
    if (named === undefined) return true;
    add(['indicatorSet'], `names the indicator set ${quote(named.id)}: its entries are keyed by the set's ids, so read the record with that set (the indicatorSet option, --indicator-set on the command line).`);
    return false;
  }
  if (named === undefined) {
    add(['indicatorSet'], `is missing: the record is read with the indicator set ${quote(set.id)}, but it names no set (it was reconciled by LOSI ${record.edition}).`);
    return false;
  }
  let ok = true;
  if (named.id !== set.id) {
    add(['indicatorSet', 'id'], `is ${quote(named.id)}, but the record is read with the indicator set ${quote(set.id)}.`);
    ok = false;
  }
  if (named.basedOn !== record.edition) add(['indicatorSet', 'basedOn'], `is "${named.basedOn}", but the record's edition is "${record.edition}"; a set's record is of the edition the set adapts.`);
  if (record.edition !== set.basedOn) {
    add(['edition'], `is "${record.edition}", but the indicator set ${quote(set.id)} adapts LOSI ${set.basedOn}.`);
    ok = false;
  }
  return ok;
}

/** The rules between fields: labels, entries matching the edition (or the set), provenance that holds together. */
function crossFieldProblems(record: ReconciliationRecord, set: IndicatorSet | undefined): Problem[] {
  const problems: Problem[] = [];
  const add = (path: readonly Key[], message: string) => problems.push({ path: formatPath(path), message: `${formatPath(path)} ${message}` });
  const checkIds = setProblems(record, set, add);
  const rules = idRules(record, set);
  const labels = record.assessors.map((assessor) => assessor.label);
  labels.forEach((label, index) => {
    if (labels.indexOf(label) !== index) add(['assessors', index, 'label'], `repeats the label ${quote(label)}; each assessor needs its own.`);
  });
  const seen = new Set<string>();
  record.entries.forEach((entry, index) => {
    const at = (...keys: Key[]) => ['entries', index, ...keys];
    if (!checkIds) {
      // The ids are of another catalogue than the one given: the problem at indicatorSet says so once.
    } else if (!rules.has(entry.indicator)) add(at('indicator'), rules.unknown(entry.indicator));
    else if (seen.has(entry.indicator)) add(at('indicator'), `repeats ${quote(entry.indicator)}; each indicator has one entry.`);
    seen.add(entry.indicator);
    if (entry.answers.length !== labels.length) {
      add(at('answers'), `has ${entry.answers.length} answers but the record has ${labels.length} assessors; give one answer (or null) per assessor.`);
    }
    const decided = entry.source === 'assessor' || entry.source === 'reviewer';
    if (entry.source === 'agreed' && (entry.value === null || entry.answers.some((answer) => answer !== entry.value))) {
      add(at('source'), 'is "agreed", but not every assessor gave the final answer; a decision needs source "assessor" or "reviewer".');
    }
    if (entry.source === 'unanswered' && (entry.value !== null || entry.answers.some((answer) => answer !== null))) {
      add(at('source'), 'is "unanswered", which needs value null and no assessor answer.');
    }
    if (entry.source === 'assessor') {
      const position = entry.assessor === undefined ? -1 : labels.indexOf(entry.assessor);
      if (position === -1) add(at('assessor'), `must name one of the assessors (${listOr(labels.map((l) => quote(l)))}) for source "assessor".`);
      else if (entry.answers[position] !== entry.value) add(at('value'), `must be the answer of assessor ${quote(entry.assessor!)}, whose answer it says it took.`);
    }
    if (decided) {
      if (entry.decidedBy === undefined) add(at('decidedBy'), 'is missing: every decision says who took it.');
      if (entry.decidedAt === undefined) add(at('decidedAt'), 'is missing: every decision says when it was taken.');
      if (entry.reason === undefined && entry.answers.some((answer) => answer !== entry.value)) {
        add(at('reason'), 'is missing: a decision that overrides an assessor needs its reason.');
      }
    } else if (entry.override) {
      add(at('override'), 'is true, but an override is a decision: source must be "assessor" or "reviewer".');
    }
  });
  const missing = checkIds ? rules.ids.filter((id) => !seen.has(id)) : [];
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).map((id) => quote(id));
    add(['entries'], `lacks ${missing.length} indicator${missing.length === 1 ? '' : 's'} of ${rules.whose}: ${shown.join(', ')}${missing.length > 5 ? ', …' : ''}.`);
  }
  return problems;
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/**
 * Reads a reconciliation record (format version 1) from any input (a JSON string or a value) and never throws.
 * Every problem comes with its path (`entries[3].reason`) and a plain message: wrong or unknown fields, an entry
 * for an id the edition lacks or repeats, a missing indicator, an `agreed` entry the answers contradict, a decision
 * without who, when, or (where it overrides an assessor) why. With `options.indicatorSet`, the entries are checked
 * against the set's ids instead of the edition's (a record of a set is refused without it).
 */
export function parseReconciliationRecord(input: unknown, options: RecordParseOptions = {}): RecordParseResult {
  try {
    let value = input;
    if (typeof input === 'string') {
      const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
      try {
        value = JSON.parse(text);
      } catch {
        const error = findJsonSyntaxError(text);
        return {
          ok: false,
          problems: [
            error
              ? { path: '', message: `The text is not valid JSON: line ${error.line}, column ${error.column}: ${error.message}`, line: error.line, column: error.column }
              : { path: '', message: 'The text could not be read as JSON.' },
          ],
        };
      }
    }
    const result = reconciliationRecordSchema.safeParse(value);
    if (!result.success) return { ok: false, problems: result.error.issues.flatMap((issue) => problemsFor(issue, value)) };
    const { $schema: _schema, ...record } = result.data;
    const problems = crossFieldProblems(record as ReconciliationRecord, options.indicatorSet);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, record: record as ReconciliationRecord, problems: [] };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `The record could not be read: ${describeError(error)}.` }] };
  }
}

