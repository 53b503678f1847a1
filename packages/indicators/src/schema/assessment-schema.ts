/** The zod schemas of the assessment format (version 1). The rules themselves live in rules.ts, shared with the CSV reader. */
import * as z from 'zod';
import { ASSESSMENT_SCHEMA_VERSION } from '../assessment.js';
import type { Assessment } from '../assessment.js';
import { EDITION_IDS } from '../structure.js';
import type { EditionId } from '../types.js';
import { isIndicatorId, unknownIndicatorMessage } from './indicator-ids.js';
import { ANSWER_VALUES, COUNTRY_CODE_PATTERN, HTTP_URL_PATTERN, isHttpUrl, NON_BLANK_PATTERN, TEXT_LIMITS } from './rules.js';

const httpUrlSchema = z
  .string()
  .max(TEXT_LIMITS.url)
  .regex(HTTP_URL_PATTERN)
  .refine(isHttpUrl)
  .meta({ description: 'An http:// or https:// address without spaces.' });

/** `yes` (the feature is there), `no` (it is not) or `na` (not applicable to this city). */
export const answerValueSchema = z
  .enum(ANSWER_VALUES as ['yes', 'no', 'na'])
  .meta({ description: 'yes: the feature is on the portal; no: it is not; na: it does not apply to this city.' });

/** The record of an accepted audit proposal (see AnswerSource). */
export const answerSourceSchema = z
  .strictObject({
    kind: z.literal('audit'),
    check: z.string().min(1).meta({ description: 'The id of the audit check that proposed the value.' }),
    ruleVersion: z.number().int().positive().meta({ description: "The version of the check's rule." }),
    status: z.enum(['pass', 'fail', 'not-applicable']).meta({ description: 'The verdict that proposed the value.' }),
    auditedAt: z.iso.datetime({ offset: true }).optional().meta({ description: 'When the audit ran.' }),
    acceptedAt: z.iso.datetime({ offset: true }).optional().meta({ description: 'When a person accepted the proposal.' }),
  })
  .meta({ description: 'Present when the answer is an accepted audit proposal: which check proposed it and when it was accepted.' });

/** An answer with its evidence: `{ value, evidence?, note?, source? }`. Unknown keys are rejected. */
export const answerDetailSchema = z
  .strictObject({
    value: answerValueSchema,
    evidence: httpUrlSchema.optional().meta({ description: 'Where the feature can be seen: an http(s) address.' }),
    note: z.string().max(TEXT_LIMITS.note).optional().meta({ description: `The assessor's remark, at most ${TEXT_LIMITS.note} characters.` }),
    source: answerSourceSchema.optional(),
  })
  .meta({ description: 'An answer with the evidence for it.' });

/** An answer: a bare value or `{ value, evidence?, note? }`. */
export const answerSchema = z.union([answerValueSchema, answerDetailSchema]);

/** Top-level keys of an assessment; `$schema` is accepted (for editors) and dropped by `parseAssessment`. */
export const ASSESSMENT_KEYS = ['$schema', 'schemaVersion', 'edition', 'city', 'portalUrl', 'assessedAt', 'answers'] as const;

/** The assessment object without the per-edition indicator-id check; `parseAssessment` runs that check on the raw input. */
export const assessmentShapeSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The address of this JSON Schema, for editors; ignored by LOSI Kit.' }),
    schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION).meta({ description: 'The version of this format: 1.' }),
    edition: z.enum(EDITION_IDS as [EditionId, ...EditionId[]]).meta({ description: 'The LOSI edition the answers follow.' }),
    city: z
      .strictObject({
        name: z.string().max(TEXT_LIMITS.cityName).regex(NON_BLANK_PATTERN).meta({ description: `The city's name, at most ${TEXT_LIMITS.cityName} characters.` }),
        country: z
          .string()
          .regex(COUNTRY_CODE_PATTERN)
          .optional()
          .meta({ description: 'ISO 3166-1 alpha-3 country code in capitals, e.g. EST.' }),
      })
      .meta({ description: 'The city whose portal was assessed.' }),
    portalUrl: httpUrlSchema.optional().meta({ description: 'The portal assessed: an http(s) address.' }),
    assessedAt: z.iso.date().optional().meta({ description: 'The date of the assessment, YYYY-MM-DD.' }),
    answers: z
      .record(z.string(), answerSchema)
      .meta({ description: 'Answers keyed by indicator id of the edition; a missing indicator is unanswered.' }),
  })
  .meta({
    title: 'LOSI assessment',
    description: 'One assessment of one city portal against the UN Local Online Service Index (LOSI), format version 1.',
  });

/**
 * The assessment format, version 1, including the check that every answer key is a catalogued indicator id of the edition.
 * Prefer `parseAssessment` for user input: it reports every problem in plain words, where zod's own messages are terse.
 */
export const assessmentSchema = assessmentShapeSchema.superRefine((assessment, context) => {
  for (const id of Object.keys(assessment.answers)) {
    if (!isIndicatorId(id, assessment.edition)) {
      context.addIssue({ code: 'custom', path: ['answers', id], message: unknownIndicatorMessage(id, assessment.edition), input: id });
    }
  }
});

// Compile-time guard: what the schema accepts is an Assessment.
type SchemaOutput = Omit<z.output<typeof assessmentSchema>, '$schema'>;
const outputIsAssessment: (value: SchemaOutput) => Assessment = (value) => value;
void outputIsAssessment;
