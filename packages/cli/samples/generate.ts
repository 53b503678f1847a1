/**
 * Writes the fictional sample data set of this folder. Deterministic: the same catalogue gives the same files.
 * Run from packages/cli: `pnpm samples`. Every city here is invented; portals use the reserved `.example` domain.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getEdition, type Answer, type Assessment, type CriterionId } from '@losi/indicators';
import { assessmentsToCsv } from '@losi/indicators/csv';
import { writeDecisionsSheet } from '@losi/indicators/reconciliation';
import { agreement } from '@losi/scoring/agreement';
import { seededRandom } from '../../../scripts/seeded-random.js';

const here = dirname(fileURLToPath(import.meta.url));

// Invented names, each marked "(fictional)" so that no one mistakes the data for a real assessment.
const CITIES = [
  'Alderbrook', 'Amberfield', 'Ashcombe', 'Bellmarsh', 'Brackenridge', 'Briarwick', 'Caldermoor', 'Cindervale',
  'Clearhaven', 'Copperton', 'Dunmere', 'Eastholm', 'Elmstead', 'Fairlight', 'Fernhollow', 'Glenwater',
  'Goldcrest', 'Harrowgate', 'Hollowmere', 'Ironbridge', 'Juniper Falls', 'Kestrel Bay', 'Lanternport', 'Larkspur',
  'Lumenport', 'Marrowby', 'Millbrook', 'Northhaven', 'Oakhurst', 'Pebblecombe', 'Quillby', 'Ravensholt',
  'Redwater', 'Saltmarsh', 'Silverlea', 'Stonemoor', 'Thistledown', 'Umberton', 'Westerfell', 'Willowmere',
];

/** Share of fictional portals meeting an indicator of each criterion, before each city's own capability. */
const BASE_RATE: Readonly<Record<CriterionId, number>> = {
  'institutional-framework': 0.8,
  'content-provision': 0.7,
  'services-provision': 0.5,
  'participation-engagement': 0.45,
  technology: 0.6,
};

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z]+/g, '-');
}

const edition = getEdition('2024');
const next = seededRandom(20260301);
// Indicators differ in how common they are: some are quick wins, some rare.
const popularity = new Map(edition.indicators.map((indicator) => [indicator.id, 0.6 + next() * 0.8]));

const assessments: Assessment[] = CITIES.map((city, position) => {
  const capability = 0.45 + next() * 0.95;
  const answers: Record<string, Answer> = {};
  for (const indicator of edition.indicators) {
    const roll = next();
    // A few service indicators do not apply (delivered by another level of government), a few are not answered yet.
    if (indicator.criterion === 'services-provision' && roll < 0.03) answers[indicator.id] = 'na';
    else if (position % 9 === 4 && roll > 0.97) continue;
    else {
      const chance = Math.min(0.98, BASE_RATE[indicator.criterion] * capability * (popularity.get(indicator.id) ?? 1));
      answers[indicator.id] = next() < chance ? 'yes' : 'no';
    }
  }
  const day = String(1 + (position % 28)).padStart(2, '0');
  return {
    schemaVersion: 1,
    edition: '2024',
    city: { name: `${city} (fictional)`, country: 'ZZZ' },
    portalUrl: `https://www.${slug(city)}.example`,
    assessedAt: `2026-02-${day}`,
    answers,
  };
});

writeFileSync(join(here, 'fictional-cities.csv'), assessmentsToCsv(assessments, { edition: '2024' }));

// One city as JSON, with evidence and a note on a few answers, as a city team would keep it.
const [first] = assessments;
if (!first) throw new Error('no sample city');
const detailed: Record<string, Answer> = { ...first.answers };
for (const id of Object.keys(detailed).slice(0, 3)) {
  const value = detailed[id];
  if (value === 'yes') detailed[id] = { value, evidence: `${first.portalUrl}/${id}` };
}
const firstNo = Object.keys(detailed).find((id) => detailed[id] === 'no');
if (firstNo) detailed[firstNo] = { value: 'no', note: 'Planned for the next portal release (fictional note).' };
writeFileSync(join(here, 'fictional-city.json'), `${JSON.stringify({ ...first, answers: detailed }, null, 2)}\n`);

// The same sheet with three typical slips, to show what `losi validate` and `losi score` report.
const lines = assessmentsToCsv(assessments.slice(0, 6), { edition: '2024' }).split('\n');
const header = (lines[0] ?? '').split(',');
const column = (name: string): number => header.indexOf(name);
const slip = (row: number, name: string, value: string): void => {
  const cells = (lines[row - 1] ?? '').split(',');
  cells[column(name)] = value;
  lines[row - 1] = cells.join(',');
};
slip(3, 'open-data-policy', 'maybe');
slip(5, 'assessed_at', '2026-02-30');
slip(6, 'city', '');
writeFileSync(join(here, 'fictional-cities-with-errors.csv'), lines.join('\n'));

// A two-assessor study of two of these cities: Ana and Ben assessed each portal blind (one folder per assessor).
// Ben disagrees with Ana on a few indicators and gives no evidence for some of his "yes" answers.
const study = join(here, 'study');
const studyRandom = seededRandom(20260305);
function assessorCopies(base: Assessment, flips: number): [Assessment, Assessment] {
  const ana: Record<string, Answer> = {};
  const ben: Record<string, Answer> = {};
  const ids = Object.keys(base.answers);
  const flipped = new Set<string>();
  while (flipped.size < flips) flipped.add(ids[Math.floor(studyRandom() * ids.length)]!);
  ids.forEach((id, position) => {
    const value = base.answers[id] as 'yes' | 'no' | 'na';
    ana[id] = value === 'yes' ? { value, evidence: `${base.portalUrl}/${id}` } : value;
    const other = flipped.has(id) ? (value === 'yes' ? 'no' : 'yes') : value;
    if (flipped.has(id) && other === 'no') ben[id] = { value: 'no', note: 'Not found from the home page (fictional note).' };
    else if (other === 'yes' && position % 7 !== 3) ben[id] = { value: 'yes', evidence: `${base.portalUrl}/${id}` };
    else ben[id] = other;
  });
  return [
    { ...base, assessedAt: '2026-03-02', answers: ana },
    { ...base, assessedAt: '2026-03-03', answers: ben },
  ];
}
const studyCities: ReadonlyArray<readonly [Assessment, number]> = [
  [assessments[0]!, 7],
  [assessments[1]!, 3],
];
const studyPairs = studyCities.map(([base, flips]) => assessorCopies(base, flips));
for (const assessor of ['ana', 'ben'] as const) mkdirSync(join(study, assessor), { recursive: true });
studyPairs.forEach(([ana, ben]) => {
  const file = `${slug(ana.city.name.replace(' (fictional)', ''))}.json`;
  writeFileSync(join(study, 'ana', file), `${JSON.stringify(ana, null, 2)}\n`);
  writeFileSync(join(study, 'ben', file), `${JSON.stringify(ben, null, 2)}\n`);
});

// The decisions sheet of the first city as a fictional reviewer filled it in (from `losi reconcile --template`).
const [ana, ben] = studyPairs[0]!;
const compared = agreement([{ assessor: 'Ana', assessment: ana }, { assessor: 'Ben', assessment: ben }]);
// Some decisions take the assessor who saw the feature, some the one who did not, one is the reviewer's own finding.
const filled = compared.disagreements.map((item, position) => {
  const sawIt = item.answers.find((answer) => answer.value === 'yes')!.assessor;
  const missedIt = item.answers.find((answer) => answer.value !== 'yes')!.assessor;
  const decision =
    position % 3 === 0
      ? { choice: sawIt, reason: `${sawIt}'s evidence page shows the feature; ${missedIt} did not find it from the home page` }
      : position % 3 === 1
        ? { choice: missedIt, reason: `The page ${sawIt} linked announces the feature but does not offer it` }
        : { choice: 'no', reason: 'Reviewer checked the portal: the service is on the national portal, not the city one (fictional check)' };
  return {
    indicator: item.indicator,
    criterion: item.criterion,
    title: edition.indicators.find((indicator) => indicator.id === item.indicator)?.title ?? '',
    answers: item.answers,
    decision: { ...decision, decidedBy: 'R. Reviewer (fictional)', decidedAt: '2026-03-05' },
  };
});
writeFileSync(join(here, 'alderbrook-decisions.csv'), writeDecisionsSheet(compared.assessors, filled));
