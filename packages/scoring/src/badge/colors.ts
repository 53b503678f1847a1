import type { LevelId } from '@losi/indicators/labels';

/**
 * Badge colours. Text is white on each background; every pair has a contrast ratio of at least 4.5:1
 * (WCAG 2.2 AA, checked by a test). Colour is never the only signal: the level name is written out and
 * the bar icon shows 4, 3, 2 or 1 filled bars.
 */
export const BADGE_COLORS: Readonly<{ text: string; label: string; levels: Readonly<Record<LevelId, string>> }> = {
  text: '#ffffff',
  /** Background of the "LOSI 2024" part. */
  label: '#24292f',
  levels: {
    'very-high': '#0f6b3a',
    high: '#1a5fb4',
    middle: '#8f5300',
    low: '#b3261e',
  },
};
