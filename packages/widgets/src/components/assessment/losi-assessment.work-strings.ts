import type { Language } from '@losi/indicators/labels';
import english from './work-strings/en.js';

/** Texts about keeping the user's work safe: two tabs, undo of an import or of "Start over", fields not valid yet. */
export interface WorkStrings {
  readonly conflictsTitle: string;
  readonly conflictsIntro: string;
  readonly thisTab: string;
  readonly otherTab: string;
  readonly keepMine: string;
  readonly useTheirs: string;
  readonly broughtIn: (count: string) => string;
  readonly removedElsewhere: string;
  readonly importTitle: string;
  readonly importText: (file: string) => string;
  readonly confirmImport: string;
  readonly undoImport: string;
  readonly importUndone: (file: string) => string;
  readonly resetTextUndoable: string;
  readonly resetDone: string;
  readonly undoReset: string;
  readonly resetUndone: string;
  readonly undoResetTitle: string;
  readonly undoResetText: string;
  readonly confirmUndoReset: string;
  readonly notValidYet: string;
  readonly noteWithoutAnswer: string;
  readonly auditTitle: string;
  readonly auditSummary: (portal: string, count: string, decided: string) => string;
  readonly acceptAll: (count: string) => string;
  readonly proposalHeading: string;
  readonly proposes: (value: string) => string;
  readonly needsReview: string;
  readonly couldNotCheck: string;
  readonly proposalEvidence: string;
  readonly accept: string;
  readonly reject: string;
  readonly fromAudit: string;
  readonly auditImported: (file: string, count: string) => string;
  readonly addEvidence: string;
}

/** English, in the bundle: the texts until another language's have loaded. */
export const ENGLISH_WORK_STRINGS: WorkStrings = english;

const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: WorkStrings }>>> = {
  fr: () => import('./work-strings/fr.js'),
  es: () => import('./work-strings/es.js'),
  ar: () => import('./work-strings/ar.js'),
  ru: () => import('./work-strings/ru.js'),
  zh: () => import('./work-strings/zh.js'),
  pt: () => import('./work-strings/pt.js'),
};

/** These texts in `language`; other languages than English load on first use, so the bundle carries one language. */
export async function loadWorkStrings(language: Language): Promise<WorkStrings> {
  return language === 'en' ? english : (await LOADERS[language]()).default;
}
