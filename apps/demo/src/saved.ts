import type { Assessment } from '@losi/indicators/structure';
import { STORAGE_KEYS, storage } from './storage.js';

/** The answers of a draft saved by `<losi-assessment>` (format `losi-assessment-draft`): the values given so far. */
function assessmentOfDraft(draft: { edition?: unknown; city?: { name?: unknown }; answers?: unknown }): Assessment | undefined {
  if (typeof draft.edition !== 'string' || typeof draft.answers !== 'object' || draft.answers === null) return undefined;
  const answers: Record<string, 'yes' | 'no' | 'na'> = {};
  for (const [id, fields] of Object.entries(draft.answers as Record<string, { value?: unknown }>)) {
    const value = fields?.value;
    if (value === 'yes' || value === 'no' || value === 'na') answers[id] = value;
  }
  const name = typeof draft.city?.name === 'string' ? draft.city.name : '';
  return { schemaVersion: 1, edition: draft.edition as Assessment['edition'], city: { name }, answers };
}

/**
 * The self-assessment kept in this browser by the self-assessment page (a draft of `<losi-assessment>`, or an
 * assessment saved by an earlier version), or undefined when there is none or it is not one. Answers are checked
 * where they are used (`score` reports bad ones), so this stays free of the zod schema.
 */
export function loadSavedAssessment(): Assessment | undefined {
  const text = storage.get(STORAGE_KEYS.assessment);
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    if ((value as { format?: unknown }).format === 'losi-assessment-draft') return assessmentOfDraft(value);
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
