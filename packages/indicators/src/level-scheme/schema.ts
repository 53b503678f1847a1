/** The zod schema of a level scheme, with the rules across bands (highest first, contiguous, covering 0 to 1). */
import * as z from 'zod';
import { LANGUAGES } from '../i18n/languages.js';
import { LEVEL_IDS } from '../i18n/labels.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const text = (what: string) => z.string({ error: `must be ${what} (text)` }).trim().min(1, { error: `must be ${what} (text that is not blank)` });

export const kebabIdSchema = z
  .string({ error: 'must be an id in kebab-case, such as "very-high"' })
  .regex(KEBAB, { error: 'must be an id in kebab-case (lower-case letters, digits and single hyphens), such as "very-high"' });

const share = z.number({ error: 'must be a number from 0 to 1' }).min(0, { error: 'must be a number from 0 to 1' }).max(1, { error: 'must be a number from 0 to 1' });

export const levelLabelsSchema = z.strictObject(
  Object.fromEntries(LANGUAGES.map((language) => [language, language === "en" ? text("the English name") : text("a name").optional()])) as unknown as Record<
    (typeof LANGUAGES)[number],
    z.ZodType<string | undefined>
  >,
  { error: `must be an object of names per language with at least "en", such as {"en": "Above 80 %"}` },
);

export const levelSchemeBandSchema = z.strictObject(
  {
    id: kebabIdSchema,
    min: share,
    minInclusive: z.boolean({ error: 'must be true or false' }),
    max: share,
    basis: z.enum(['stated', 'convention', 'adopted'], { error: 'must be "stated", "convention" or "adopted"' }),
    look: z.enum(LEVEL_IDS, { error: `must be one of ${LEVEL_IDS.map((id) => `"${id}"`).join(', ')}` }),
    labels: levelLabelsSchema.optional(),
    note: text('a sentence').optional(),
    // Kept by the UN bands of `@losi/scoring` (`levels`) from before `basis`: `confirmed` = stated, `unverified` = convention.
    confidence: z.enum(['confirmed', 'unverified'], { error: 'must be "confirmed" or "unverified"' }).optional(),
  },
  { error: 'must be an object such as {"id": "high", "min": 0.5, "minInclusive": true, "max": 0.75, "basis": "adopted", "look": "high"}' },
);

export const levelSchemeSchema = z
  .strictObject(
    {
      id: kebabIdSchema,
      name: text('the name of the scheme'),
      source: text('where the scheme comes from'),
      bands: z.array(levelSchemeBandSchema, { error: 'must be a list of bands, highest first' }).min(1, { error: 'must list at least one band' }),
    },
    { error: 'must be an object with id, name, source and bands' },
  )
  .superRefine((scheme, context) => {
    const add = (path: PropertyKey[], message: string) => context.addIssue({ code: 'custom', path, message });
    const { bands } = scheme;
    if (bands[0]!.max !== 1) add(['bands', 0, 'max'], 'must be 1: the highest band reaches the top of the scale');
    const last = bands.length - 1;
    if (bands[last]!.min !== 0 || !bands[last]!.minInclusive) add(['bands', last], 'must start at 0 and include it (min 0, minInclusive true): the lowest band reaches the bottom');
    const seen = new Set<string>();
    bands.forEach((band, index) => {
      if (seen.has(band.id)) add(['bands', index, 'id'], `repeats "${band.id}"; each band needs its own id`);
      seen.add(band.id);
      if (!(band.min < band.max)) add(['bands', index, 'min'], `must be below max (${band.max})`);
      if (index > 0 && band.max !== bands[index - 1]!.min) {
        add(['bands', index, 'max'], `must equal the min of the band above (${bands[index - 1]!.min}), so no value falls between bands`);
      }
      if (band.labels === undefined && !(LEVEL_IDS as readonly string[]).includes(band.id)) {
        add(['bands', index, 'labels'], `is needed: "${band.id}" is not a UN level id, so give it names, at least {"en": "…"}`);
      }
    });
  });
