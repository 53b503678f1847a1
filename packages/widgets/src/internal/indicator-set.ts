/**
 * What the widgets share to show a country project's indicator set (`@losi/indicators/indicator-set`) and a level
 * scheme wherever they show an edition: group names, the indicators' texts under the set's ids, the level's name and
 * look, and the "<set> (adapted from LOSI <edition>)" label (the badge's translated words), never "official".
 * Types only from `@losi/indicators/indicator-set`: its zod parser stays out of the bundles, so pages parse a set
 * file with `parseIndicatorSet` and hand the widgets the parsed set.
 */
import { CRITERION_LABELS, LEVEL_IDS, LEVEL_NAMES, type Language, type LevelId } from '@losi/indicators/labels';
import type { CriterionId } from '@losi/indicators/structure';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { LevelScheme } from '@losi/scoring';
import { BADGE_STRINGS } from '../components/badge/losi-badge.strings.js';
import type { EditionTexts, IndicatorTexts } from './indicator-texts.js';
import { mustBe } from './validate.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What is wrong with a value given as a parsed indicator set, or undefined: what the widgets read (ids, groups,
 * indicators with a known group). Full validation is `parseIndicatorSet`'s, with a path for every problem.
 */
export function checkIndicatorSet(value: unknown, name: string): string | undefined {
  const hint = 'an indicator set parsed with parseIndicatorSet (@losi/indicators/indicator-set)';
  if (!isRecord(value) || value.setVersion !== 1) return mustBe(name, hint, value);
  if (typeof value.id !== 'string' || typeof value.name !== 'string') return mustBe(`${name}.name`, 'text', value.name);
  if (!Array.isArray(value.groups) || !Array.isArray(value.indicators)) return mustBe(`${name}.groups`, hint, value.groups);
  const groups = new Set(value.groups.map((group: unknown) => (isRecord(group) ? group.id : undefined)));
  for (const [index, indicator] of value.indicators.entries()) {
    if (!isRecord(indicator) || typeof indicator.id !== 'string') return mustBe(`${name}.indicators[${index}]`, '{ id, group, official }', indicator);
    if (!groups.has(indicator.group)) return mustBe(`${name}.indicators[${index}].group`, 'a group id of the set', indicator.group);
  }
  return checkLevelScheme(value.levels, `${name}.levels`);
}

/** What is wrong with a value given as a level scheme (undefined is the UN default), or undefined. */
export function checkLevelScheme(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  const hint = 'a level scheme such as ARGENTINE_MUNICIPAL_LEVELS (@losi/scoring), parsed with parseLevelScheme';
  if (!isRecord(value) || typeof value.id !== 'string' || !Array.isArray(value.bands) || value.bands.length === 0) return mustBe(name, hint, value);
  for (const [index, band] of value.bands.entries()) {
    if (!isRecord(band) || typeof band.id !== 'string' || typeof band.min !== 'number' || !(LEVEL_IDS as readonly unknown[]).includes(band.look)) {
      return mustBe(`${name}.bands[${index}]`, '{ id, min, max, look }', band);
    }
  }
  return undefined;
}

/** The level ids a result may have under a scheme (the UN's when none). */
export function levelIdsOf(scheme: LevelScheme | undefined): readonly string[] {
  return scheme ? scheme.bands.map((band) => band.id) : LEVEL_IDS;
}

/** A level's name in a language and the UN level whose shape and colour draw it. */
export function levelView(level: string, scheme: LevelScheme | undefined, lang: Language): { readonly name: string; readonly look: LevelId } {
  const band = scheme?.bands.find((candidate) => candidate.id === level);
  if (band?.labels) return { name: band.labels[lang] ?? band.labels.en, look: band.look };
  const look = (band?.look ?? level) as LevelId;
  return { name: LEVEL_NAMES[lang][(band ? level : look) as LevelId] ?? level, look };
}

/** "Example index (adapted from LOSI 2024)", in the badge's words for the language. */
export function adaptedLabel(lang: Language, setName: string, edition: string): string {
  return `${setName} (${BADGE_STRINGS[lang][7]} LOSI ${edition})`;
}

/** A group's name: the official criterion's translated name when the group keeps it, else the set's (English) name. */
export function groupName(set: IndicatorSet, groupId: string, lang: Language): { readonly name: string; readonly lang: Language } {
  const group = set.groups.find((candidate) => candidate.id === groupId);
  if (group?.criterion && group.id === group.criterion) return { name: CRITERION_LABELS[lang][group.criterion], lang };
  return { name: group?.name ?? groupId, lang: 'en' };
}

/** The set's groups with the ids of their indicators, in the set's order (an indicator counted in two groups is listed in its own). */
export function setGroups(set: IndicatorSet): { readonly id: string; readonly criterion: CriterionId | null; readonly indicators: readonly string[] }[] {
  return set.groups.map((group) => ({
    id: group.id,
    criterion: group.criterion,
    indicators: set.indicators.filter((indicator) => indicator.group === group.id).map((indicator) => indicator.id),
  }));
}

/** Texts built by `setTexts`, per edition texts and set object: renders ask for them again and again. */
const builtTexts = new WeakMap<EditionTexts, WeakMap<IndicatorSet, EditionTexts>>();

/**
 * The texts of a set's indicators under the set's ids, from the adapted edition's texts: an official indicator keeps
 * its texts (with the project's title when renamed, which is English), one of the project's own shows its title and
 * description (English). `criterion` holds the indicator's group id. Built once per texts and set object.
 */
export function setTexts(texts: EditionTexts, set: IndicatorSet): EditionTexts {
  let bySet = builtTexts.get(texts);
  if (!bySet) builtTexts.set(texts, (bySet = new WeakMap()));
  let built = bySet.get(set);
  if (!built) bySet.set(set, (built = buildSetTexts(texts, set)));
  return built;
}

function buildSetTexts(texts: EditionTexts, set: IndicatorSet): EditionTexts {
  const indicators = new Map<string, IndicatorTexts>();
  const numbers = new Map<string, number>();
  for (const indicator of set.indicators) {
    const number = (numbers.get(indicator.group) ?? 0) + 1;
    numbers.set(indicator.group, number);
    const official = indicator.official ? texts.indicators.get(indicator.official.id) : undefined;
    const untranslated = new Set<'title' | 'description' | 'rationale' | 'guidance'>(official?.untranslated ?? ['title', 'description', 'rationale', 'guidance']);
    if (indicator.title) untranslated.add('title');
    if (!official && indicator.description) untranslated.add('description');
    indicators.set(indicator.id, {
      id: indicator.id,
      code: indicator.official?.code ?? official?.code ?? null,
      criterion: indicator.group as CriterionId,
      number,
      title: indicator.title ?? official?.title ?? indicator.id,
      description: official?.description ?? indicator.description ?? '',
      rationale: official?.rationale ?? '',
      guidance: official?.guidance ?? [],
      cases: official?.cases ?? [],
      untranslated,
    });
  }
  return { lang: texts.lang, edition: texts.edition, indicators };
}
