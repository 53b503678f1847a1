/**
 * Two fictional blind assessments of one fictional municipality, for the reconciliation page. Built from the
 * catalogue structure with a fixed pattern (no randomness), so the page shows the same disagreements every time.
 */
import { getStructure, type Answer, type Assessment } from '@losi/indicators/structure';
import { FICTIONAL_COUNTRY } from './facts.js';

/** The fictional municipality both assessors assessed. */
export const RECONCILE_CITY = { name: 'Quelmyr Harbour (fictional)', country: FICTIONAL_COUNTRY } as const;
const PORTAL = 'https://quelmyr-harbour.example.org';

/** Positions (in catalogue order) where the second assessor's answer differs from the first's. */
const DIFFERENCES: Readonly<Record<number, Answer | null>> = {
  3: 'no',
  11: { value: 'yes', evidence: `${PORTAL}/services/permits` },
  24: { value: 'no', note: 'Searched the portal twice; only a PDF form (fictional note).' },
  40: 'na',
  52: 'yes',
  67: null,
  81: { value: 'yes', note: 'Seen in the footer, no page to link (fictional note).' },
};

/** The first assessor's answer at a position: a fixed, uneven pattern of yes, no and a few na. */
function firstAnswer(id: string, position: number): Answer {
  if (position % 17 === 9) return 'na';
  return (position * 7) % 10 < 6 ? { value: 'yes', evidence: `${PORTAL}/${id}` } : 'no';
}

/** Ana's and Ben's assessments of the same portal, in the LOSI format. */
export function reconcileSample(): { assessor: string; assessment: Assessment }[] {
  const ids = getStructure('2024')!.criteria.flatMap((criterion) => criterion.indicators);
  const ana: Record<string, Answer> = {};
  const ben: Record<string, Answer> = {};
  ids.forEach((id, position) => {
    ana[id] = firstAnswer(id, position);
    const other = Object.hasOwn(DIFFERENCES, position) ? DIFFERENCES[position] : ana[id];
    if (other !== null && other !== undefined) ben[id] = other;
  });
  const base = { schemaVersion: 1 as const, edition: '2024' as const, city: RECONCILE_CITY, portalUrl: PORTAL };
  return [
    { assessor: 'Ana', assessment: { ...base, assessedAt: '2026-03-02', answers: ana } },
    { assessor: 'Ben', assessment: { ...base, assessedAt: '2026-03-03', answers: ben } },
  ];
}
