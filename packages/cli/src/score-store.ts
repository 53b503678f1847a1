import { CRITERION_IDS } from '@losi/indicators/structure';
import type { CriterionId, IndicatorStatus, LosiResult } from '@losi/scoring';
import type { Assessment } from '@losi/indicators';
import type { ResultView } from './format/score-formats.js';

/** What is shared by every result of one edition and method: stored once, not per city. */
export interface ResultVariant {
  readonly edition: LosiResult['edition'];
  readonly methodology: LosiResult['methodology'];
  readonly mode: LosiResult['mode'];
  /** The edition's catalogued indicators, in the order of `result.indicators`. */
  readonly indicatorIds: readonly string[];
}

const STATUS_CODES: Readonly<Record<IndicatorStatus, number>> = { unanswered: 0, met: 1, unmet: 2, na: 3 };
const ANSWER_OF_CODE = [undefined, 'yes', 'no', 'na'] as const;
/** A text field that the result does not have (as opposed to an empty one). */
const ABSENT = 0xffffffff;
const TEXT_FIELDS = 4; // city name, country, portal URL, assessment date
const COUNT_FIELDS = 5; // met, na, unanswered, answered, total
const CRITERIA = CRITERION_IDS.length;

/**
 * The results of `losi score`, kept compact so that a million cities fit in a few hundred megabytes: per city a
 * few numbers in typed arrays (value, level, counts, the five criterion values, where it came from) and its texts
 * (city and country; for JSON also portal and date) as UTF-8 bytes in one shared buffer, about 150 bytes per city. Everything
 * else (edition, method, mode, engine fields) is shared per `ResultVariant`. The per-indicator statuses, needed only
 * for the JSON output, are one byte per indicator when `keepIndicators` is set; the JSON writer scores each city
 * again from them (the engine is deterministic), so no full result is ever held for more than one city at a time.
 *
 * Copying the texts also matters for memory: a string cut from a piece of input would keep the whole piece alive.
 */
export class ScoreStore {
  length = 0;
  private capacity = 0;
  readonly variants: ResultVariant[] = [];
  readonly levels: string[] = [];
  private readonly variantIndex = new Map<string, number>();
  private readonly levelIndex = new Map<string, number>();

  file = new Uint16Array(0);
  /** `row n` as n > 0, `[n]` as -(n + 2), no location as -1. */
  where = new Int32Array(0);
  variant = new Uint8Array(0);
  level = new Uint8Array(0);
  complete = new Uint8Array(0);
  value = new Float64Array(0);
  denominator = new Float64Array(0);
  counts = new Uint16Array(0);
  criteria = new Float64Array(0);
  private textStart = new Float64Array(0);
  private textLength = new Uint32Array(0);
  private text = Buffer.alloc(0);
  private textUsed = 0;
  private statuses = new Uint8Array(0);
  private statusWidth = 0;

  constructor(readonly keepIndicators: boolean) {}

  /** Adds a scored result; `file` is the input's index, `where` its location as encoded in `where`. */
  add(file: number, where: number, result: LosiResult): void {
    const variantId = this.variantOf(result);
    const indicatorIds = this.variants[variantId]!.indicatorIds;
    if (this.keepIndicators && indicatorIds.length > this.statusWidth) this.widenStatuses(indicatorIds.length);
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.file[i] = file;
    this.where[i] = where;
    this.variant[i] = variantId;
    this.level[i] = this.levelOf(result.level);
    this.complete[i] = result.complete ? 1 : 0;
    this.value[i] = result.value;
    this.denominator[i] = result.denominator;
    const counts = i * COUNT_FIELDS;
    this.counts[counts] = result.counts.met;
    this.counts[counts + 1] = result.counts.na;
    this.counts[counts + 2] = result.counts.unanswered;
    this.counts[counts + 3] = result.answered;
    this.counts[counts + 4] = result.total;
    CRITERION_IDS.forEach((id, k) => {
      const criterion = result.criteria[id];
      this.criteria[i * CRITERIA + k] = criterion.value;
    });
    this.textStart[i] = this.textUsed;
    this.putText(i, 0, result.city.name);
    this.putText(i, 1, result.city.country);
    // The portal and the date appear only in the JSON output.
    this.putText(i, 2, this.keepIndicators ? result.portalUrl : undefined);
    this.putText(i, 3, this.keepIndicators ? result.assessedAt : undefined);
    if (this.keepIndicators) {
      const base = i * this.statusWidth;
      indicatorIds.forEach((id, k) => {
        this.statuses[base + k] = STATUS_CODES[result.indicators[id]!];
      });
    }
  }

  /** Forgets every result from `length` on (the results of an input that turned out unreadable half-way). */
  truncate(length: number): void {
    if (length >= this.length) return;
    this.length = length;
    this.textUsed = length > 0 ? this.textEnd(length - 1) : 0;
  }

  /** The city name of result `i`. */
  cityName(i: number): string {
    return this.getText(i, 0) ?? '';
  }

  /** The parts of result `i` the CSV and the table show, with its rank. */
  view(i: number, rank: number): ResultView {
    const variant = this.variants[this.variant[i]!]!;
    const counts = i * COUNT_FIELDS;
    const country = this.getText(i, 1);
    const criteria = {} as Record<CriterionId, { value: number }>;
    CRITERION_IDS.forEach((id, k) => {
      criteria[id] = { value: this.criteria[i * CRITERIA + k]! };
    });
    return {
      rank,
      city: country === undefined ? { name: this.cityName(i) } : { name: this.cityName(i), country },
      value: this.value[i]!,
      level: this.levels[this.level[i]!]! as ResultView['level'],
      counts: { met: this.counts[counts]!, unmet: this.counts[counts + 3]! - this.counts[counts]! - this.counts[counts + 1]!, na: this.counts[counts + 1]!, unanswered: this.counts[counts + 2]! },
      denominator: this.denominator[i]!,
      criteria,
      complete: this.complete[i] === 1,
      edition: variant.edition,
      methodology: variant.methodology,
      mode: variant.mode,
      answered: this.counts[counts + 3]!,
      total: this.counts[counts + 4]!,
    };
  }

  /**
   * The assessment result `i` was scored from, as far as the score depends on it (city, portal, date, answer values):
   * scoring it again gives the same result. Needs `keepIndicators`.
   */
  assessment(i: number): Assessment {
    const variant = this.variants[this.variant[i]!]!;
    const base = i * this.statusWidth;
    const answers: Record<string, 'yes' | 'no' | 'na'> = {};
    variant.indicatorIds.forEach((id, k) => {
      const answer = ANSWER_OF_CODE[this.statuses[base + k]!];
      if (answer !== undefined) answers[id] = answer;
    });
    const country = this.getText(i, 1);
    const portalUrl = this.getText(i, 2);
    const assessedAt = this.getText(i, 3);
    return {
      schemaVersion: 1,
      edition: variant.edition,
      city: country === undefined ? { name: this.cityName(i) } : { name: this.cityName(i), country },
      ...(portalUrl !== undefined ? { portalUrl } : {}),
      ...(assessedAt !== undefined ? { assessedAt } : {}),
      answers,
    } as Assessment;
  }

  private variantOf(result: LosiResult): number {
    const key = `${result.edition}|${result.methodology}|${result.mode}`;
    let id = this.variantIndex.get(key);
    if (id === undefined) {
      if (this.variants.length === 255) throw new Error('too many editions and methods in one run');
      id = this.variants.length;
      this.variants.push({ edition: result.edition, methodology: result.methodology, mode: result.mode, indicatorIds: Object.keys(result.indicators) });
      this.variantIndex.set(key, id);
    }
    return id;
  }

  private levelOf(level: string): number {
    let id = this.levelIndex.get(level);
    if (id === undefined) {
      id = this.levels.length;
      this.levels.push(level);
      this.levelIndex.set(level, id);
    }
    return id;
  }

  private textEnd(i: number): number {
    let end = this.textStart[i]!;
    for (let k = 0; k < TEXT_FIELDS; k++) {
      const length = this.textLength[i * TEXT_FIELDS + k]!;
      if (length !== ABSENT) end += length;
    }
    return end;
  }

  private putText(i: number, field: number, value: string | undefined): void {
    if (value === undefined) {
      this.textLength[i * TEXT_FIELDS + field] = ABSENT;
      return;
    }
    const bytes = Buffer.byteLength(value, 'utf8');
    if (this.textUsed + bytes > this.text.length) {
      const next = Buffer.allocUnsafe(Math.max(this.text.length * 2, this.textUsed + bytes, 1 << 16));
      this.text.copy(next, 0, 0, this.textUsed);
      this.text = next;
    }
    this.text.write(value, this.textUsed, bytes, 'utf8');
    this.textUsed += bytes;
    this.textLength[i * TEXT_FIELDS + field] = bytes;
  }

  private getText(i: number, field: number): string | undefined {
    const length = this.textLength[i * TEXT_FIELDS + field]!;
    if (length === ABSENT) return undefined;
    let start = this.textStart[i]!;
    for (let k = 0; k < field; k++) {
      const before = this.textLength[i * TEXT_FIELDS + k]!;
      if (before !== ABSENT) start += before;
    }
    return this.text.toString('utf8', start, start + length);
  }

  private grow(): void {
    const capacity = Math.max(1024, this.capacity * 2);
    const widen = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(old: T, per: number): T => {
      const next = new (old.constructor as new (length: number) => T)(capacity * per);
      next.set(old.subarray(0, this.length * per) as never);
      return next;
    };
    this.file = widen(this.file, 1);
    this.where = widen(this.where, 1);
    this.variant = widen(this.variant, 1);
    this.level = widen(this.level, 1);
    this.complete = widen(this.complete, 1);
    this.value = widen(this.value, 1);
    this.denominator = widen(this.denominator, 1);
    this.counts = widen(this.counts, COUNT_FIELDS);
    this.criteria = widen(this.criteria, CRITERIA);
    this.textStart = widen(this.textStart, 1);
    this.textLength = widen(this.textLength, TEXT_FIELDS);
    if (this.keepIndicators) this.statuses = widen(this.statuses, this.statusWidth);
    this.capacity = capacity;
  }

  private widenStatuses(width: number): void {
    // A second edition with more indicators: re-lay the rows already kept at the new width.
    const next = new Uint8Array(this.capacity * width);
    for (let i = 0; i < this.length; i++) next.set(this.statuses.subarray(i * this.statusWidth, (i + 1) * this.statusWidth), i * width);
    this.statuses = next;
    this.statusWidth = width;
  }
}
