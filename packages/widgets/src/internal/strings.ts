import type { Language } from '@losi/indicators/labels';

/**
 * UI texts of one component in the seven languages. Each component keeps its own small table in
 * `losi-<name>.strings.ts`, so a bundle carries only the texts of the components it contains.
 * (Error messages are for developers and stay in English: see `LosiElement.renderProblem`.)
 */
export type StringTable<T> = Readonly<Record<Language, T>>;
