/**
 * localStorage that never throws: storage can be blocked by privacy settings or full, and the demo must keep
 * working (without remembering) in both cases.
 */
export const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** Returns false when the value could not be saved. */
  set(key: string, value: string): boolean {
    try {
      localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing saved, nothing to remove.
    }
  },
};

/** Keys of everything the demo keeps in localStorage (all prefixed, so they are easy to find and clear). */
export const STORAGE_KEYS = {
  language: 'losi-demo:language',
  theme: 'losi-demo:theme',
  assessment: 'losi-demo:assessment',
} as const;
