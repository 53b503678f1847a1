import { describe, expect, it } from 'vitest';
import { renderStructureModule } from '../scripts/render-structure.js';
import { renderReadme } from '../scripts/render-readme.js';
import { STRUCTURES } from './generated/structure.js';
import { getStructure } from './structure.js';
import { CRITERION_IDS, editions, getEdition, getIndicator, type Indicator } from './index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedFolder } from '../../../tests/support/shared-folder.js';

const PUBLISHED_2024 = {
  'institutional-framework': 8,
  'content-provision': 32,
  'services-provision': 22,
  'participation-engagement': 18,
  technology: 15,
};
const PUBLISHED_2022 = {
  'institutional-framework': 8,
  'content-provision': 25,
  'services-provision': 18,
  'participation-engagement': 17,
  technology: 18,
};
const ISO3 = /^[A-Z]{3}$/;
const CODE = /^#2\d\d[ab]?$/;

function nonEmpty(indicator: Indicator): string[] {
  const problems: string[] = [];
  for (const field of ['id', 'title', 'description', 'rationale', 'evidenceHint'] as const) {
    if (typeof indicator[field] !== 'string' || indicator[field].trim().length < 3) problems.push(field);
    if (/\bTODO\b/.test(indicator[field])) problems.push(`${field} (TODO)`);
  }
  if (indicator.guidance.length === 0 || indicator.guidance.some((step) => step.trim().length < 10 || /\bTODO\b/.test(step))) {
    problems.push('guidance');
  }
  for (const c of indicator.cases) {
    if (!c.city.trim() || !ISO3.test(c.country) || c.note.trim().length < 5) problems.push(`case ${c.city}`);
  }
  const p = indicator.provenance;
  if (!p.criterion.note.trim() || !p.definition.source.startsWith('https://') || !p.definition.note.trim()) problems.push('provenance');
  for (const n of p.title.knownNames) if (!n.name.trim() || !n.source.startsWith('https://')) problems.push(`known name ${n.name}`);
  return problems.map((f) => `${indicator.id}: ${f}`);
}

describe.each(editions)('edition %s', (id) => {
  const edition = getEdition(id);

  it('has unique indicator ids, codes and titles', () => {
    const ids = edition.indicators.map((i) => i.id);
    const codes = edition.indicators.map((i) => i.code).filter((c) => c !== null);
    const titles = edition.indicators.map((i) => i.title.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(titles).size).toBe(titles.length);
    for (const code of codes) expect(code).toMatch(CODE);
    for (const i of ids) expect(i).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('fills every field of every indicator', () => {
    expect(edition.indicators.flatMap(nonEmpty)).toEqual([]);
  });

  it('numbers indicators 1..n within each criterion and never exceeds the published count', () => {
    for (const criterion of edition.criteria) {
      const numbers = edition.indicators.filter((i) => i.criterion === criterion.id).map((i) => i.number);
      expect(numbers).toEqual(numbers.map((_, k) => k + 1));
      expect(numbers.length).toBeLessThanOrEqual(criterion.total);
    }
  });

  it('lists its criteria in the order of CRITERION_IDS, with totals that add up to the total plus the shared memberships', () => {
    const ids = edition.criteria.map((c) => c.id);
    expect(ids).toEqual(CRITERION_IDS.filter((c) => ids.includes(c)));
    expect(edition.criteria.reduce((sum, c) => sum + c.total, 0)).toBe(edition.total + edition.sharedMemberships);
    expect(edition.complete).toBe(edition.indicators.length === edition.total);
    for (const c of edition.criteria) {
      expect(c.note.length, c.id).toBeGreaterThan(20);
      expect(['confirmed', 'supported', 'third-party', 'inferred', 'ambiguous']).toContain(c.confidence);
    }
  });

  it('counts every catalogued membership of a criterion, never more than its published size', () => {
    const memberships = edition.indicators.flatMap((i) => [i.criterion, ...(i.alsoCountsIn ?? [])]);
    for (const criterion of edition.criteria) {
      expect(memberships.filter((c) => c === criterion.id).length).toBeLessThanOrEqual(criterion.total);
    }
    const shared = edition.indicators.reduce((n, i) => n + (i.alsoCountsIn?.length ?? 0), 0);
    expect(shared).toBeLessThanOrEqual(edition.sharedMemberships);
    for (const i of edition.indicators) expect(i.alsoCountsIn ?? [], i.id).not.toContain(i.criterion);
  });

  it('versions its method: changes numbered 1..n, each dated, explained and sourced, the last one current', () => {
    expect(edition.methodologyChanges.map((c) => c.version)).toEqual(edition.methodologyChanges.map((_, k) => k + 1));
    expect(edition.methodologyVersion).toBe(edition.methodologyChanges.at(-1)?.version);
    for (const change of edition.methodologyChanges) {
      expect(change.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(change.summary.length).toBeGreaterThan(40);
      expect(change.sources.every((s) => s.startsWith('https://'))).toBe(true);
    }
    expect(getStructure(id)?.methodologyVersion).toBe(edition.methodologyVersion);
  });

  it('finds every indicator by id in O(1) lookups', () => {
    for (const indicator of edition.indicators) expect(getIndicator(indicator.id, id)).toBe(indicator);
    expect(getIndicator('no-such-indicator', id)).toBeUndefined();
  });
});

describe('edition 2024', () => {
  const edition = getEdition('2024');
  it('is complete with the published counts per criterion', () => {
    expect(edition.complete).toBe(true);
    expect(edition.indicators).toHaveLength(95);
    expect(Object.fromEntries(edition.criteria.map((c) => [c.id, c.total]))).toEqual(PUBLISHED_2024);
    for (const c of edition.criteria) {
      expect(edition.indicators.filter((i) => i.criterion === c.id)).toHaveLength(c.total);
    }
  });

  it('is the default edition', () => {
    expect(getEdition()).toBe(edition);
    expect(getIndicator('privacy-policy')?.code).toBe('#234');
  });

  it('flags every criterion that is not confirmed, with a reason', () => {
    const unconfirmed = edition.indicators.filter((i) => i.provenance.criterion.confidence !== 'confirmed');
    for (const i of unconfirmed) expect(i.provenance.criterion.note.length).toBeGreaterThan(20);
    const inferred = edition.indicators.filter((i) => i.provenance.criterion.basis === 'inferred-from-counts').map((i) => i.code);
    expect(inferred.sort()).toEqual(['#240', '#241', '#245', '#297', '#298', '#299']);
    for (const i of edition.indicators.filter((i) => i.provenance.criterion.basis === 'inferred-from-counts')) {
      expect(i.provenance.criterion.confidence, i.id).toBe('inferred');
    }
  });

  it('names the tools assessors use for the technology checks', () => {
    const hint = (id: string) => getIndicator(id)?.evidenceHint ?? '';
    expect(hint('w3c-markup-validity')).toMatch(/W3C/);
    expect(hint('w3c-css-validity')).toMatch(/W3C|CSS/);
    expect(hint('wcag-accessibility')).toMatch(/WCAG 2\.1/);
    expect(hint('browser-compatibility')).toMatch(/browser/i);
    expect(hint('portal-findability')).toMatch(/search engine/i);
  });
});

describe('edition 2022', () => {
  it('is marked incomplete and catalogues only the 17 published participation indicators', () => {
    const edition = getEdition('2022');
    expect(edition.complete).toBe(false);
    expect(Object.fromEntries(edition.criteria.map((c) => [c.id, c.total]))).toEqual(PUBLISHED_2022);
    expect(edition.indicators).toHaveLength(17);
    expect(new Set(edition.indicators.map((i) => i.criterion))).toEqual(new Set(['participation-engagement']));
    for (const i of edition.indicators) {
      expect(i.adoption?.cities).toBe(146);
      expect(i.adoption?.share).toBeGreaterThan(0);
      expect(i.adoption?.share).toBeLessThan(1);
    }
  });
});

// Published structure of each edition (reference pack: methodology.md §1, round3.md §3).
const PUBLISHED_STRUCTURE = {
  '2024': { total: 95, sharedMemberships: 0, criteria: PUBLISHED_2024 },
  '2022': { total: 86, sharedMemberships: 0, criteria: PUBLISHED_2022 },
  '2020': { total: 80, sharedMemberships: 0, criteria: { 'content-provision': 33, 'services-provision': 25, 'participation-engagement': 11, technology: 11 } },
  '2018': { total: 60, sharedMemberships: 1, criteria: { 'content-provision': 26, 'services-provision': 13, 'participation-engagement': 9, technology: 13 } },
} as const;

describe('the four editions', () => {
  it('are 2024, 2022, 2020 and 2018, newest first', () => {
    expect(editions).toEqual(['2024', '2022', '2020', '2018']);
  });

  it.each(Object.entries(PUBLISHED_STRUCTURE))('%s has the published total and criterion sizes', (id, published) => {
    const edition = getEdition(id as keyof typeof PUBLISHED_STRUCTURE);
    expect(edition.total).toBe(published.total);
    expect(edition.sharedMemberships).toBe(published.sharedMemberships);
    expect(Object.fromEntries(edition.criteria.map((c) => [c.id, c.total]))).toEqual(published.criteria);
    const structure = getStructure(id)!;
    expect([structure.total, structure.sharedMemberships]).toEqual([published.total, published.sharedMemberships]);
  });

  it('mark the criterion sizes of 2018 and 2020 as secondary-source facts, and 2018\'s one indicator in two criteria', () => {
    for (const id of ['2018', '2020'] as const) {
      const edition = getEdition(id);
      expect(edition.complete).toBe(false);
      expect(edition.indicators).toHaveLength(0);
      expect(edition.criteria.map((c) => c.id)).not.toContain('institutional-framework');
      for (const c of edition.criteria) expect(c.confidence).toBe('third-party');
    }
    expect(getEdition('2018').criteria[0]!.note).toMatch(/two criteria/);
    expect(getEdition('2020').criteria[0]!.note).toMatch(/unverified/);
  });
});

describe('structure subpath', () => {
  it('is generated from the current catalogue (run `pnpm --filter @losi/indicators generate`)', () => {
    const committed = readFileSync(new URL('./generated/structure.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderStructureModule());
  });

  it('mirrors each edition without prose', () => {
    for (const id of editions) {
      const structure = getStructure(id)!;
      expect(structure).toBe(STRUCTURES[id]);
      expect(structure.indicators).toEqual(getEdition(id).indicators.map((i) => i.id));
      expect(structure.criteria.flatMap((c) => c.indicators)).toHaveLength(
        getEdition(id).indicators.reduce((n, i) => n + 1 + (i.alsoCountsIn?.length ?? 0), 0),
      );
    }
    expect(getStructure('1999')).toBeUndefined();
  });
});

// The reference pack (../shared/reference/losi), which these checks compare the catalogue with; without it (a clone
// outside the workplace) they say so and skip.
const REFERENCE = sharedFolder('reference/losi');
const reference = <T>(file: string): T => JSON.parse(readFileSync(join(REFERENCE!, file), 'utf8')) as T;

// names-2024-round3.json of the reference pack: the 19 labels of the Survey 2024 figures, by the code they match.
const ROUND3_NAMES = REFERENCE ? reference<{ code: string; officialName: string; nameBasis: string; sourceDocument: string }[]>('names-2024-round3.json') : [];

describe('the names printed in the Survey 2024 figures', () => {
  const edition = getEdition('2024');
  const figureNames = edition.indicators.flatMap((indicator) =>
    indicator.provenance.title.knownNames.filter((n) => n.figure !== undefined).map((name) => ({ indicator, name })),
  );

  it.skipIf(!REFERENCE)('records all 19, each on the indicator whose code it matches, with figure, page and how it was read (reads ../shared/reference/losi)', () => {
    expect(figureNames).toHaveLength(ROUND3_NAMES.length);
    expect(ROUND3_NAMES).toHaveLength(19);
    for (const ref of ROUND3_NAMES) {
      const found = figureNames.find(({ name }) => name.name === ref.officialName);
      expect(found, ref.officialName).toBeDefined();
      const { indicator, name } = found!;
      // '#236?' is the open-data policy item, whose doubled code the catalogue leaves unset.
      expect(indicator.code ?? '#236?', ref.officialName).toBe(ref.code);
      const printed = ref.nameBasis.startsWith('ParseBench ground-truth');
      expect(name.reading).toBe(printed ? 'printed-label' : 'model-reading');
      expect(name.confidence).toBe(printed ? 'confirmed' : 'supported');
      const figure = ref.sourceDocument.includes('Figure 4.10') ? 'Figure 4.10' : 'Figure 4.15';
      expect(name.figure?.startsWith(figure)).toBe(true);
      expect(name.page).toBe(figure === 'Figure 4.10' ? 147 : 152);
      expect(name.source).toMatch(/^https:\/\//);
      expect(name.note).toMatch(/inference/);
    }
    expect(figureNames.filter(({ name }) => name.reading === 'printed-label')).toHaveLength(9);
  });

  it('gives the official-name basis exactly to the titles with a printed 2024 label', () => {
    const official = edition.indicators.filter((i) => i.provenance.title.basis === 'official-name').map((i) => i.id);
    const printed = figureNames.filter(({ name }) => name.reading === 'printed-label').map(({ indicator }) => indicator.id);
    expect(official.sort()).toEqual([...new Set(printed)].sort());
  });
});

describe('every known name of every edition', () => {
  it.each(editions)('has a source, a confidence, and a figure reading only together with figure and page (%s)', (id) => {
    for (const indicator of getEdition(id).indicators) {
      for (const name of indicator.provenance.title.knownNames) {
        expect(name.source, indicator.id).toMatch(/^https:\/\//);
        expect(['confirmed', 'supported', 'third-party', 'inferred', 'ambiguous']).toContain(name.confidence);
        if (name.reading !== undefined) expect(name.figure && name.page, indicator.id).toBeTruthy();
      }
    }
  });
});

describe('README', () => {
  it('states the counts of title bases computed from the catalogue (run `pnpm --filter @losi/indicators generate`)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(renderReadme(readme));
  });
});

// indicators-2024.json of the reference pack: the toolkit module of each questionnaire code.
const TOOLKIT_2024 = REFERENCE ? reference<{ code: string; toolkitModule: string }[]>('indicators-2024.json') : [];

describe('official criterion and toolkit module (2024)', () => {
  const edition = getEdition('2024');
  const moduleOf = (name: string) => name.toLowerCase().replace(/ and /g, '-').replace(/ /g, '-');

  it.skipIf(!REFERENCE)('keeps the toolkit module of every coded indicator as the reference pack gives it (reads ../shared/reference/losi)', () => {
    for (const indicator of edition.indicators.filter((i) => i.code !== null)) {
      const ref = TOOLKIT_2024.find((r) => r.code === indicator.code);
      expect(ref, indicator.id).toBeDefined();
      expect(indicator.toolkitModule, indicator.id).toBe(moduleOf(ref!.toolkitModule));
    }
  });

  it('counts the three Figure 4.10 items the toolkit guides under content provision under services provision', () => {
    for (const code of ['#282', '#283', '#284']) {
      const indicator = edition.indicators.find((i) => i.code === code)!;
      expect([indicator.criterion, indicator.toolkitModule, indicator.provenance.criterion.basis]).toEqual([
        'services-provision',
        'content-provision',
        'official',
      ]);
    }
  });

  it('moves three toolkit services items to content provision by inference, and says so', () => {
    for (const code of ['#297', '#298', '#299']) {
      const indicator = edition.indicators.find((i) => i.code === code)!;
      expect([indicator.criterion, indicator.toolkitModule, indicator.provenance.criterion.basis]).toEqual([
        'content-provision',
        'services-provision',
        'inferred-from-counts',
      ]);
      expect(indicator.provenance.criterion.note).toMatch(/inference/i);
    }
  });

  it('puts every indicator named in Figure 4.10 under services provision, on the figure\'s authority', () => {
    const named = edition.indicators.filter((i) => i.provenance.title.knownNames.some((n) => n.figure?.startsWith('Figure 4.10')));
    expect(named).toHaveLength(15);
    for (const indicator of named) {
      expect(indicator.criterion, indicator.id).toBe('services-provision');
      expect(indicator.provenance.criterion.basis, indicator.id).toBe('official');
      const reading = indicator.provenance.title.knownNames.find((n) => n.figure?.startsWith('Figure 4.10'))!.reading;
      expect(indicator.provenance.criterion.confidence, indicator.id).toBe(reading === 'printed-label' ? 'confirmed' : 'supported');
    }
  });

  it('differs from the toolkit grouping only where a source or an inference says so', () => {
    const differing = edition.indicators.filter((i) => i.toolkitModule !== i.criterion);
    for (const indicator of differing) {
      expect(['official', 'reassigned-from-toolkit', 'inferred-from-counts'], indicator.id).toContain(indicator.provenance.criterion.basis);
    }
    expect(differing.filter((i) => i.toolkitModule !== 'e-government-literacy')).toHaveLength(6);
  });
});
