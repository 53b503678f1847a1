// The demo's worked example of a country project's indicator set: a made-up national adaptation of LOSI 2024,
// written to src/samples/example-national-set.json by scripts/generate-samples.ts. It is no real project's set.
import { addIndicator, cloneEdition, omitIndicators, renameIndicator, withLevels, type IndicatorSet, type LevelScheme } from '@losi/indicators/indicator-set';

/** What the example changes, so the page and the tests can say it without re-deriving it. */
export const EXAMPLE_CHANGES = {
  leftOut: ['sdg-data', 'use-of-emerging-technologies', 'smart-city-initiatives'],
  added: 'neighbourhood-meetings-calendar',
  renamed: { id: 'official-portal', title: 'Official website of the municipality' },
} as const;

/** Three bands of the example project's own (made up, `basis: 'adopted'`), each drawn with a UN level's look. */
export const EXAMPLE_LEVELS: LevelScheme = {
  id: 'example-national-3-bands',
  name: 'Example national adaptation: three bands (fictional)',
  source: 'Made up for the LOSI Kit demo; no national project uses these bands.',
  bands: [
    {
      id: 'advanced',
      min: 0.7,
      minInclusive: true,
      max: 1,
      basis: 'adopted',
      look: 'very-high',
      labels: { en: 'Advanced', fr: 'Avancé', es: 'Avanzado', ar: 'متقدم', ru: 'Продвинутый', zh: '先进', pt: 'Avançado' },
      note: 'Fictional: 70 % of the indicators or more.',
    },
    {
      id: 'developing',
      min: 0.4,
      minInclusive: true,
      max: 0.7,
      basis: 'adopted',
      look: 'middle',
      labels: { en: 'Developing', fr: 'En progrès', es: 'En desarrollo', ar: 'قيد التطوير', ru: 'Развивающийся', zh: '发展中', pt: 'Em desenvolvimento' },
      note: 'Fictional: from 40 % to under 70 %.',
    },
    {
      id: 'initial',
      min: 0,
      minInclusive: true,
      max: 0.4,
      basis: 'adopted',
      look: 'low',
      labels: { en: 'Initial', fr: 'Initial', es: 'Inicial', ar: 'أولي', ru: 'Начальный', zh: '起步', pt: 'Inicial' },
      note: 'Fictional: under 40 %.',
    },
  ],
};

/** The example set, built from LOSI 2024 with the edit functions of @losi/indicators/indicator-set. */
export function buildExampleNationalSet(): IndicatorSet {
  let set = cloneEdition('2024', { id: 'example-national-adaptation', name: 'Example national adaptation (fictional)' });
  set = omitIndicators(set, EXAMPLE_CHANGES.leftOut);
  set = renameIndicator(set, EXAMPLE_CHANGES.renamed.id, EXAMPLE_CHANGES.renamed.title);
  set = addIndicator(set, {
    id: EXAMPLE_CHANGES.added,
    group: 'participation-engagement',
    title: 'Calendar of neighbourhood meetings',
    description:
      'The portal publishes the dates, places and agendas of the coming meetings between the municipality and neighbourhood residents, and says how to take part.',
  });
  return withLevels(set, EXAMPLE_LEVELS);
}

/** The JSON file's text: the set with a `$comment`-free, stable layout (two-space indent, trailing newline). */
export function exampleNationalSetJson(): string {
  return `${JSON.stringify(buildExampleNationalSet(), null, 2)}\n`;
}
