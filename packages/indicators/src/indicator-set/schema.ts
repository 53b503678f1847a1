/** The zod schema of an indicator set (fields only; `parseIndicatorSet` adds the rules across fields and the catalogue). */
import * as z from 'zod';
import { levelSchemeSchema, kebabIdSchema } from '../level-scheme/schema.js';
import { EDITION_IDS } from '../structure.js';
import { CRITERION_IDS } from '../types.js';

const text = (what: string) => z.string({ error: `must be ${what} (text)` }).trim().min(1, { error: `must be ${what} (text that is not blank)` });
const list = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

export const indicatorSetGroupSchema = z.strictObject(
  {
    id: kebabIdSchema,
    name: text('the name of the group'),
    criterion: z.enum(CRITERION_IDS, { error: `must be the official criterion of the group, one of ${list(CRITERION_IDS)}, or null` }).nullable(),
  },
  { error: 'must be an object such as {"id": "services", "name": "Services", "criterion": "services-provision"}' },
);

export const officialReferenceSchema = z.strictObject(
  {
    id: kebabIdSchema,
    code: z.string({ error: 'must be the questionnaire code such as "#212", or null' }).regex(/^#2\d\d[ab]?$/, { error: 'must be a questionnaire code such as "#212", or null' }).nullable(),
  },
  { error: 'must be {"id": "<indicator id of the edition>", "code": "#2xx" or null}, or null for an indicator of the project\'s own' },
);

export const indicatorSetIndicatorSchema = z.strictObject(
  {
    id: kebabIdSchema,
    group: kebabIdSchema,
    alsoIn: z.array(kebabIdSchema, { error: 'must be a list of group ids' }).optional(),
    title: text('the title').optional(),
    description: text('what must be found on the portal').optional(),
    official: officialReferenceSchema.nullable(),
  },
  { error: 'must be an object such as {"id": "…", "group": "…", "official": {"id": "…", "code": "#2xx"}}' },
);

export const indicatorSetSchema = z.strictObject(
  {
    $schema: z.string().optional(),
    setVersion: z.literal(1, { error: 'must be the number 1 (the version of the indicator-set format)' }),
    id: kebabIdSchema,
    name: text('the name of the set'),
    country: z.string({ error: 'must be an ISO 3166-1 alpha-3 country code in capitals, such as "ARG"' }).regex(/^[A-Z]{3}$/, { error: 'must be an ISO 3166-1 alpha-3 country code in capitals, such as "ARG"' }).optional(),
    basedOn: z.enum(EDITION_IDS as [string, ...string[]], { error: `must be the LOSI edition the set adapts, one of ${list(EDITION_IDS)}` }),
    groups: z.array(indicatorSetGroupSchema, { error: 'must be a list of groups' }).min(1, { error: 'must list at least one group' }),
    indicators: z.array(indicatorSetIndicatorSchema, { error: 'must be a list of indicators' }).min(1, { error: 'must list at least one indicator' }),
    levels: levelSchemeSchema.optional(),
    denominator: z.int({ error: 'must be a whole number of points' }).min(1, { error: 'must be a whole number of points, at least 1' }).optional(),
  },
  { error: 'must be an object with setVersion, id, name, basedOn, groups and indicators' },
);
