/** fast-check arbitraries shared by the property tests (not part of the package's API). */
import fc from 'fast-check';
import type { Answer, Assessment } from '../assessment.js';
import { EDITION_IDS, getStructure } from '../structure.js';
import type { EditionId } from '../types.js';
import { isHttpUrl } from '../schema/rules.js';

/** Characters that stress CSV and JSON: delimiters, quotes, line ends, NUL, right-to-left and wide characters, a lone surrogate. */
const AWKWARD = [',', ';', '\t', '"', "'", '\n', '\r', '\r\n', ' ', '\u0000', '\uFEFF', 'é', 'ﻉ', '中', '😀', '\uD800', '=', '\\', '{', '}'];

/** Any text, weighted towards characters that break naive CSV and JSON handling. */
export const awkwardText = (maxLength = 20): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...AWKWARD, 'a', 'b', '1'), maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ maxLength }),
  );

export const httpUrl: fc.Arbitrary<string> = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }).filter(isHttpUrl);

export const isoDate: fc.Arbitrary<string> = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const answerValue = fc.constantFrom('yes', 'no', 'na') as fc.Arbitrary<'yes' | 'no' | 'na'>;

export const answer: fc.Arbitrary<Answer> = fc.oneof(
  answerValue,
  fc.record({ value: answerValue, evidence: httpUrl, note: awkwardText(30) }, { requiredKeys: ['value'] }),
);

export const editionId: fc.Arbitrary<EditionId> = fc.constantFrom(...EDITION_IDS);

function ids(edition: EditionId): string[] {
  return getStructure(edition)?.criteria.flatMap((criterion) => criterion.indicators) ?? [];
}

/** A valid assessment of a random edition with a random subset of its indicators answered. */
export const assessment: fc.Arbitrary<Assessment> = editionId.chain((edition) =>
  fc
    .record(
      {
        name: awkwardText().filter((name) => /\S/.test(name)),
        country: fc.stringMatching(/^[A-Z]{3}$/),
        portalUrl: httpUrl,
        assessedAt: isoDate,
        answers: fc.subarray(ids(edition)).chain((keys) =>
          fc.tuple(...keys.map(() => answer)).map((values) => Object.fromEntries(keys.map((key, k) => [key, values[k]!]))),
        ),
      },
      { requiredKeys: ['name', 'answers'] },
    )
    .map(({ name, country, portalUrl, assessedAt, answers }): Assessment => ({
      schemaVersion: 1,
      edition,
      city: country === undefined ? { name } : { name, country },
      ...(portalUrl !== undefined ? { portalUrl } : {}),
      ...(assessedAt !== undefined ? { assessedAt } : {}),
      answers,
    })),
);

/** JSON-like values with keys that have tripped parsers before: prototype keys, empty and unicode keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'answers', 'value', 'edition', ''), fc.string()),
  maxDepth: 4,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withSparseArray: true,
});
