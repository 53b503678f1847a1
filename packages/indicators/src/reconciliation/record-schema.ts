/** The zod schema of the reconciliation record (version 1). Cross-field rules live in `parse.ts`. */
import * as z from 'zod';
import { EDITION_IDS } from '../structure.js';
import type { EditionId } from '../types.js';
import { answerValueSchema } from '../schema/assessment-schema.js';
import { COUNTRY_CODE_PATTERN, HTTP_URL_PATTERN, isHttpUrl, NON_BLANK_PATTERN } from '../schema/rules.js';
import { FINAL_ANSWER_SOURCES, RECONCILIATION_RECORD_VERSION } from './record.js';

const label = z.string().regex(NON_BLANK_PATTERN);
const instant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .meta({ description: 'An ISO date (YYYY-MM-DD) or date-time with a time zone.' });
const rate = z.number().min(0).max(1);

/** One indicator of the record. */
export const reconciliationEntrySchema = z.strictObject({
  indicator: z.string().regex(NON_BLANK_PATTERN).meta({ description: 'The indicator id of the edition (of the indicator set, for a record of a set).' }),
  value: answerValueSchema.nullable().meta({ description: 'The final answer; null when unanswered.' }),
  source: z.enum(FINAL_ANSWER_SOURCES as ['agreed', 'assessor', 'reviewer', 'unanswered']).meta({ description: 'Where the final answer came from.' }),
  assessor: label.optional().meta({ description: 'For source "assessor": the label of the assessor whose answer was taken.' }),
  answers: z.array(answerValueSchema.nullable()).meta({ description: "Each assessor's answer, in the order of assessors; null where one did not answer." }),
  override: z.boolean().meta({ description: 'True when a decision was taken on an indicator the assessors agreed on.' }),
  reason: z.string().regex(NON_BLANK_PATTERN).optional().meta({ description: 'Why the decision was taken.' }),
  decidedBy: label.optional().meta({ description: 'Who took the decision.' }),
  decidedAt: instant.optional(),
});

/** The record's top-level keys. */
export const RECORD_KEYS = ['$schema', 'recordVersion', 'edition', 'indicatorSet', 'city', 'portalUrl', 'assessors', 'agreement', 'entries'] as const;

/** The reconciliation record, field by field (the cross-field rules are checked by `parseReconciliationRecord`). */
export const reconciliationRecordSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The address of this JSON Schema, for editors; ignored by LOSI Kit.' }),
    recordVersion: z.literal(RECONCILIATION_RECORD_VERSION).meta({ description: 'The version of this format: 1.' }),
    edition: z.enum(EDITION_IDS as [EditionId, ...EditionId[]]),
    indicatorSet: z
      .strictObject({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        name: z.string().regex(NON_BLANK_PATTERN),
        basedOn: z.enum(EDITION_IDS as [EditionId, ...EditionId[]]),
        country: z.string().regex(COUNTRY_CODE_PATTERN).optional(),
      })
      .optional()
      .meta({ description: "Only for a record reconciled by a country project's indicator set: the set's id, name, the edition it adapts (the record's edition) and country. The entries are then the set's indicators." }),
    city: z.strictObject({
      name: z.string().regex(NON_BLANK_PATTERN),
      country: z.string().regex(COUNTRY_CODE_PATTERN).optional(),
    }),
    portalUrl: z.string().regex(HTTP_URL_PATTERN).refine(isHttpUrl).optional(),
    assessors: z
      .array(z.strictObject({ label, assessedAt: z.iso.date().optional() }))
      .min(2)
      .meta({ description: 'The assessors, in the order of every entry\'s answers; at least two.' }),
    agreement: z.strictObject({
      compared: z.int().min(0),
      agreed: z.int().min(0),
      agreementRate: rate.nullable(),
      kappa: z.number().min(-1).max(1).nullable(),
      kappaMethod: z.enum(['cohen', 'fleiss']),
    }),
    entries: z.array(reconciliationEntrySchema).meta({ description: 'Every catalogued indicator of the edition, in catalogue order; for a record of an indicator set, every indicator of the set, in its order.' }),
  })
  .meta({
    title: 'LOSI reconciliation record',
    description: 'How two or more blind assessments of one city portal became one assessment: every final answer with where it came from, and every decision with its reason, who took it and when. Format version 1.',
  });
