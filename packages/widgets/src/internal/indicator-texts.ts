import type { CaseExample, CriterionId, EditionId } from '@losi/indicators';
import type { Language } from '@losi/indicators/labels';

/** What a component shows of one indicator, in one language. */
export interface IndicatorTexts {
  readonly id: string;
  /** Questionnaire code (e.g. `#212`) where known. */
  readonly code: string | null;
  readonly criterion: CriterionId;
  /** Position within its criterion, from 1. */
  readonly number: number;
  readonly title: string;
  readonly description: string;
  readonly rationale: string;
  readonly guidance: readonly string[];
  /** Good-practice portals; their notes exist in English only (render them with `lang="en"`). */
  readonly cases: readonly CaseExample[];
  /** Fields that fell back to English because the language lacks them (render them with `lang="en"`). */
  readonly untranslated: ReadonlySet<'title' | 'description' | 'rationale' | 'guidance'>;
}

/** The texts of every catalogued indicator of one edition in one language, in catalogue order. */
export interface EditionTexts {
  readonly lang: Language;
  readonly edition: EditionId;
  readonly indicators: ReadonlyMap<string, IndicatorTexts>;
}

const cache = new Map<string, Promise<EditionTexts>>();

/**
 * The indicator texts of an edition in a language, loaded on first use and shared by every element.
 *
 * The catalogue (`@losi/indicators`, whose English prose also supplies the cases and the fallback of untranslated
 * fields) and the language's locale module are both imported dynamically, so a component bundle carries no
 * indicator prose: bundlers split them into chunks fetched only when a questionnaire or catalogue renders.
 * A failed load is not cached, so a later render can try again.
 */
export function loadIndicatorTexts(lang: Language, edition: EditionId): Promise<EditionTexts> {
  const key = `${lang}:${edition}`;
  let promise = cache.get(key);
  if (promise === undefined) {
    promise = (async () => {
      const { getEdition, indicatorText, loadLocale } = await import('@losi/indicators');
      const locale = await loadLocale(lang);
      const indicators = new Map<string, IndicatorTexts>();
      for (const indicator of getEdition(edition).indicators) {
        const text = indicatorText(locale, indicator.id, edition);
        indicators.set(indicator.id, {
          id: indicator.id,
          code: indicator.code,
          criterion: indicator.criterion,
          number: indicator.number,
          title: text?.title ?? indicator.title,
          description: text?.description ?? indicator.description,
          rationale: text?.rationale ?? indicator.rationale,
          guidance: text?.guidance ?? indicator.guidance,
          cases: indicator.cases,
          untranslated: new Set(text?.untranslated ?? []),
        });
      }
      return { lang, edition, indicators };
    })();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}
