import type { Assessment } from '@losi/indicators/structure';
import { STORAGE_KEYS, storage } from './storage.js';

/**
 * The self-assessment kept in this browser by the self-assessment page, or undefined when there is none or
 * it is not an assessment object. Answers are checked where they are used (`score` reports bad ones), so
 * this stays free of the zod schema that the self-assessment page loads anyway.
 */
export function loadSavedAssessment(): Assessment | undefined {
  const text = storage.get(STORAGE_KEYS.assessment);
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const candidate = value as Partial<Assessment>;
    if (candidate.schemaVersion !== 1 || typeof candidate.answers !== 'object' || candidate.answers === null) return undefined;
    return candidate as Assessment;
  } catch {
    return undefined;
  }
}

/** Keeps `assessment` in this browser for the next visit (returns false when storage is unavailable or full). */
export function saveAssessment(assessment: Assessment): boolean {
  return storage.set(STORAGE_KEYS.assessment, JSON.stringify(assessment));
}

/** Forgets the saved assessment. */
export function clearSavedAssessment(): void {
  storage.remove(STORAGE_KEYS.assessment);
}
