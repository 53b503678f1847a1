/**
 * Three-way merge of two drafts of one questionnaire (two tabs on one `storage-key`): from the copy both started
 * from, each indicator and each city field is taken from the side that changed it. Where both changed the same
 * one differently, this side's text is kept and the other's is returned as a conflict for the user to decide:
 * nothing typed in either tab is dropped without the user seeing it.
 */
import { EMPTY_ANSWER, type AnswerFields, type CityFields, type QuestionnaireModel } from './assessment-model.js';

/** A place both tabs changed differently. `field` is an indicator id, or `city.<name|country|portalUrl|assessedAt>`. */
export type MergeConflict =
  | { readonly kind: 'answer'; readonly field: string; readonly mine: AnswerFields; readonly theirs: AnswerFields }
  | { readonly kind: 'city'; readonly field: keyof CityFields; readonly mine: string; readonly theirs: string };

export interface MergeOutcome {
  readonly model: QuestionnaireModel;
  readonly conflicts: readonly MergeConflict[];
  /** How many indicators and city fields were taken from the other side. */
  readonly broughtIn: number;
}

export function sameAnswer(a: AnswerFields, b: AnswerFields): boolean {
  return a.value === b.value && a.evidence === b.evidence && a.note === b.note && JSON.stringify(a.source) === JSON.stringify(b.source);
}

const CITY_FIELDS: readonly (keyof CityFields)[] = ['name', 'country', 'portalUrl', 'assessedAt'];

/** Merges `theirs` into `mine`, both changed from `base`. The edition is `mine`'s (drafts of another edition are refused before). */
export function mergeDrafts(base: QuestionnaireModel, mine: QuestionnaireModel, theirs: QuestionnaireModel): MergeOutcome {
  const conflicts: MergeConflict[] = [];
  let broughtIn = 0;
  const city = { ...mine.city };
  for (const field of CITY_FIELDS) {
    const [b, m, t] = [base.city[field], mine.city[field], theirs.city[field]];
    if (m === t || t === b) continue;
    if (m === b) {
      city[field] = t;
      broughtIn++;
    } else conflicts.push({ kind: 'city', field, mine: m, theirs: t });
  }
  const answers = new Map(mine.answers);
  const ids = new Set([...base.answers.keys(), ...mine.answers.keys(), ...theirs.answers.keys()]);
  for (const id of ids) {
    const b = base.answers.get(id) ?? EMPTY_ANSWER;
    const m = mine.answers.get(id) ?? EMPTY_ANSWER;
    const t = theirs.answers.get(id) ?? EMPTY_ANSWER;
    if (sameAnswer(m, t) || sameAnswer(t, b)) continue;
    if (sameAnswer(m, b)) {
      answers.set(id, t);
      broughtIn++;
    } else conflicts.push({ kind: 'answer', field: id, mine: m, theirs: t });
  }
  return { model: { edition: mine.edition, city, answers }, conflicts, broughtIn };
}
