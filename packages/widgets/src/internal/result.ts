import { CRITERION_IDS } from '@losi/indicators/structure';
import { LEVEL_IDS } from '@losi/indicators/labels';
import { LosiScoringError, score, type LosiResult, type ScoringMode } from '@losi/scoring';
import type { Assessment } from '@losi/indicators/structure';
import { InvalidJson } from './json-attribute.js';
import { mustBe } from './validate.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What is wrong with a value that should be a `LosiResult` from `@losi/scoring`, or undefined. Checks what the
 * components read: value and level, edition, and `{ met, total, value }` for each of the five criteria
 * (`indicators`, `answered` and `total` too when `withIndicators`). `name` is the property's name for the message (`results[2]`).
 */
export function checkResult(value: unknown, name: string, withIndicators = false): string | undefined {
  if (value instanceof InvalidJson) return String(value);
  if (!isRecord(value)) return mustBe(name, 'a LOSI result from @losi/scoring', value);
  if (typeof value.value !== 'number' || !(value.value >= 0 && value.value <= 1)) return mustBe(`${name}.value`, 'a number from 0 to 1', value.value);
  if (!(LEVEL_IDS as readonly unknown[]).includes(value.level)) return mustBe(`${name}.level`, LEVEL_IDS.join(', '), value.level);
  if (typeof value.edition !== 'string') return mustBe(`${name}.edition`, 'an edition such as "2024"', value.edition);
  if (!isRecord(value.criteria)) return mustBe(`${name}.criteria`, 'an object keyed by criterion id', value.criteria);
  for (const id of CRITERION_IDS) {
    const criterion = value.criteria[id];
    if (!isRecord(criterion) || typeof criterion.met !== 'number' || typeof criterion.total !== 'number' || typeof criterion.value !== 'number') {
      return mustBe(`${name}.criteria.${id}`, '{ met, total, value }', criterion);
    }
  }
  if (withIndicators) {
    if (!isRecord(value.indicators)) return mustBe(`${name}.indicators`, 'an object keyed by indicator id', value.indicators);
    for (const field of ['answered', 'total'] as const) {
      if (typeof value[field] !== 'number') return mustBe(`${name}.${field}`, 'a number', value[field]);
    }
  }
  return undefined;
}

/** A result, or the problem that kept an assessment from being scored. */
export type Scored = { readonly result: LosiResult; readonly problem?: undefined } | { readonly result?: undefined; readonly problem: string };

/**
 * Scores an assessment with `@losi/scoring` (components never compute a score themselves). Never throws: a
 * malformed assessment comes back as a problem naming where it is (`assessment.answers.e-voting: ...`).
 */
export function scoreAssessment(assessment: unknown, name: string, mode: ScoringMode = 'official'): Scored {
  if (assessment instanceof InvalidJson) return { problem: String(assessment) };
  if (!isRecord(assessment)) return { problem: mustBe(name, 'a LOSI assessment object', assessment) };
  try {
    return { result: score(assessment as unknown as Assessment, { mode }) };
  } catch (error) {
    if (error instanceof LosiScoringError) {
      // The engine's message starts with its path ("answers.e-voting: ..."); put our property name in front of it.
      const detail = error.path ? error.message.slice(error.path.length + 2) : error.message;
      return { problem: `${error.path ? `${name}.${error.path}` : name}: ${detail}` };
    }
    return { problem: `${name}: ${String(error)}` };
  }
}
