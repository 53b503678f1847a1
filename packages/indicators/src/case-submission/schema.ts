import * as z from 'zod';
import { LANGUAGES } from '../i18n/languages.js';
import { TEXT_LIMITS } from '../schema/rules.js';

/** The version of the case-submission format. */
export const CASE_SUBMISSION_VERSION = 1;

/** Longest texts of a submission, in UTF-16 code units. */
export const CASE_LIMITS = { title: 200, description: 5000, indicators: 20 } as const;

const text = (max: number, what: string) =>
  z
    .string()
    .max(max)
    .refine((value) => value.trim().length > 0, { message: `${what} is empty` });

/**
 * A city's description of its own good practice, as the case form exports it (JSON). Modelled by LOSI Kit: the
 * toolkit invites cities to "submit your case" but publishes no field list, so the fields follow a compendium record.
 */
export const caseSubmissionSchema = z
  .strictObject({
    $schema: z.string().optional(),
    submissionVersion: z.literal(CASE_SUBMISSION_VERSION),
    city: text(TEXT_LIMITS.cityName, 'the city name'),
    country: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code in capitals, e.g. EST'),
    indicators: z
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an indicator id such as "online-payments"'))
      .min(1)
      .max(CASE_LIMITS.indicators)
      .meta({ description: 'LOSI 2024 indicator ids the practice illustrates.' }),
    title: text(CASE_LIMITS.title, 'the title'),
    link: z
      .string()
      .max(TEXT_LIMITS.url)
      .regex(/^https?:\/\/\S+$/, 'an http(s) address with no spaces')
      .meta({ description: 'The page of the city portal that shows the practice.' }),
    description: text(CASE_LIMITS.description, 'the description'),
    language: z.enum(LANGUAGES).meta({ description: 'Language of the title and description.' }),
    submittedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
      .optional(),
  })
  .meta({ title: 'LOSI Kit case submission', description: 'A city\'s own good practice for the compendium, format version 1 (not reviewed by anyone).' });

/** A case submission (the output of `parseCaseSubmission`). */
export type CaseSubmission = Omit<z.output<typeof caseSubmissionSchema>, '$schema'>;
