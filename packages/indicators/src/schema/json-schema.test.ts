import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { renderAssessmentJsonSchema } from '../../scripts/render-json-schema.js';
import { assessment as assessmentArbitrary } from '../testing/arbitraries.js';
import { createAssessmentJsonSchema, parseAssessment } from './index.js';

// Property tests run hundreds of cases; on a loaded machine they can pass 5 s. Speed is measured by benchmarks, not here.
vi.setConfig({ testTimeout: 60_000 });

const committedText = readFileSync(new URL('../../schema/assessment.schema.json', import.meta.url), 'utf8');
const committed = JSON.parse(committedText) as Record<string, unknown>;

// Strict mode makes ajv reject unknown keywords, so a schema mistake fails here rather than being ignored.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(committed);

const validFile = {
  $schema: 'https://unpkg.com/@losi/indicators/schema/assessment.schema.json',
  schemaVersion: 1,
  edition: '2024',
  city: { name: 'Tallinn', country: 'EST' },
  portalUrl: 'https://www.tallinn.ee',
  assessedAt: '2026-03-01',
  answers: { 'privacy-policy': 'yes', 'official-portal': { value: 'no', note: 'only in the national portal' } },
};

describe('schema/assessment.schema.json', () => {
  it('is generated from the current zod schema and catalogue (run `pnpm --filter @losi/indicators generate`)', () => {
    expect(committedText).toBe(renderAssessmentJsonSchema());
    expect(committed).toEqual(createAssessmentJsonSchema());
  });

  it('accepts a valid file and rejects an invalid one with a real JSON Schema validator', () => {
    expect(validate(validFile), JSON.stringify(validate.errors)).toBe(true);
    const invalidFile = {
      schemaVersion: 1,
      edition: '2024',
      city: { name: 'Tallinn', country: 'est' },
      assessedAt: '2023-02-29',
      answers: { 'privacy-polcy': 'yes', 'official-portal': { value: 'maybe', evidence: 'javascript:alert(1)' } },
      extra: true,
    };
    expect(validate(invalidFile)).toBe(false);
    const failing = new Set(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`));
    expect(failing).toEqual(
      new Set([
        ' additionalProperties',
        '/city/country pattern',
        '/assessedAt format',
        '/assessedAt pattern',
        '/answers/official-portal type',
        '/answers/official-portal enum',
        '/answers/official-portal/value enum',
        '/answers/official-portal/evidence pattern',
        '/answers/official-portal anyOf',
        '/answers propertyNames',
        '/answers enum',
        ' if',
      ]),
    );
  });

  it('rejects indicator ids of the other edition, like the zod schema', () => {
    expect(validate({ ...validFile, edition: '2022' })).toBe(false);
    expect(validate({ ...validFile, edition: '2022', answers: { 'e-voting': 'na' } })).toBe(true);
  });

  it('agrees with parseAssessment on random valid assessments and on random mutations of them', () => {
    fc.assert(
      fc.property(assessmentArbitrary, (assessment) => {
        expect(validate(assessment)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const fields = ['schemaVersion', 'edition', 'city', 'portalUrl', 'assessedAt', 'answers', 'unknownField'] as const;
    fc.assert(
      fc.property(assessmentArbitrary, fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 3 }), (assessment, field, value) => {
        const mutated = JSON.parse(JSON.stringify({ ...assessment, [field]: value })) as unknown;
        // The one rule JSON Schema cannot state: an http(s) address must parse as a URL with a host.
        expect(validate(mutated)).toBe(parseAssessment(mutated).ok);
      }),
      { numRuns: 500 },
    );
  });
});
