import { readFileSync } from 'node:fs';
import type { Assessment } from '@losi/indicators';
import { assessmentsToCsv, parseAssessmentsCsv } from '@losi/indicators/csv';
import { encodeShareFragment } from '../src/share/codec.js';
import { SAMPLE_FILE_NAMES } from '../src/samples/facts.js';

/** Path of a sample CSV file, for file-chooser and drag-and-drop tests. */
export function samplePath(kind: keyof typeof SAMPLE_FILE_NAMES): string {
  return new URL(`../src/samples/${SAMPLE_FILE_NAMES[kind]}`, import.meta.url).pathname;
}

/** The assessments of the full fictional sample, in file order. */
export function sampleAssessments(): Assessment[] {
  return parseAssessmentsCsv(readFileSync(samplePath('full'), 'utf8')).assessments.map(({ assessment }) => assessment);
}

/** A share fragment (without `#`) for an assessment, made by the demo's own codec. */
export async function shareFragment(assessment: Assessment): Promise<string> {
  const encoded = await encodeShareFragment(assessment);
  if (!encoded.ok) throw new Error(`fixture too long for a link: ${encoded.length}`);
  return encoded.fragment;
}

/** A national study of `count` municipalities as CSV: the sample's rows again and again, each name numbered. */
export function largeStudyCsv(count: number): string {
  const base = sampleAssessments();
  const rows = Array.from({ length: count }, (_, index) => {
    const assessment = base[index % base.length]!;
    return { ...assessment, city: { ...assessment.city, name: `${assessment.city.name} ${Math.floor(index / base.length) + 1}` } };
  });
  return assessmentsToCsv(rows, { lineEnding: '\n' });
}
