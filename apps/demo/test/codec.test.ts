import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '@losi/indicators';
import { getStructure } from '@losi/indicators/structure';
import { MAX_FRAGMENT_LENGTH, MAX_JSON_BYTES, decodeShareFragment, encodeShareFragment } from '../src/share/codec.js';

const ids = getStructure('2024')!.criteria.flatMap((criterion) => criterion.indicators);

function fullAssessment(): Assessment & { answers: Record<string, Answer> } {
  const answers: Record<string, Answer> = {};
  ids.forEach((id, index) => {
    answers[id] = (['yes', 'no', 'na'] as const)[index % 3]!;
  });
  answers[ids[0]!] = { value: 'yes', evidence: 'https://www.tallinn.ee/en', note: 'Linked from the home page; «quotes» & ünïcödé' };
  return {
    schemaVersion: 1,
    edition: '2024',
    city: { name: 'Tallinn', country: 'EST' },
    portalUrl: 'https://www.tallinn.ee',
    assessedAt: '2026-03-01',
    answers,
  };
}

/** A v1 fragment of arbitrary bytes, compressed as the codec does. */
function fragmentOf(text: string): string {
  return `v1.${deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url')}`;
}

describe('share-link codec', () => {
  it('round-trips a complete assessment with notes and evidence, well under the length limit', async () => {
    const assessment = fullAssessment();
    const encoded = await encodeShareFragment(assessment);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(encoded.fragment.length).toBeLessThan(2000);
    expect(await decodeShareFragment(`#${encoded.fragment}`)).toEqual({ ok: true, assessment });
    expect(await decodeShareFragment(encoded.fragment)).toEqual({ ok: true, assessment });
  });

  it('refuses to encode answers whose fragment would exceed the limit, and says how long it would be', async () => {
    const assessment = fullAssessment();
    // Notes of random letters do not compress, so the fragment must outgrow the limit.
    let seed = 1;
    const noise = () => {
      let text = '';
      for (let i = 0; i < 200; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += String.fromCharCode(33 + (seed % 90));
      }
      return text;
    };
    for (const id of ids) assessment.answers[id] = { value: 'no', note: noise() };
    const encoded = await encodeShareFragment(assessment);
    expect(encoded).toMatchObject({ ok: false, reason: 'too-long' });
    expect(!encoded.ok && encoded.length).toBeGreaterThan(MAX_FRAGMENT_LENGTH);
  });

  it('reports an empty fragment', async () => {
    expect(await decodeShareFragment('')).toEqual({ ok: false, reason: 'empty' });
    expect(await decodeShareFragment('#')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reports a fragment over the limit before decoding it', async () => {
    const result = await decodeShareFragment(`#v1.${'A'.repeat(MAX_FRAGMENT_LENGTH)}`);
    expect(result).toEqual({ ok: false, reason: 'too-long', length: MAX_FRAGMENT_LENGTH + 3 });
  });

  it('reports a newer format version', async () => {
    expect(await decodeShareFragment('#v2.abc')).toEqual({ ok: false, reason: 'unknown-version', version: 'v2' });
  });

  it.each([
    ['no version', 'hello'],
    ['not base64url', 'v1.ab+c/d=='],
    ['impossible base64 length', 'v1.abcde'],
    ['not deflate data', 'v1.AAAAAAAA'],
    ['nothing after the prefix', 'v1.'],
  ])('reports a damaged fragment (%s)', async (_case, fragment) => {
    expect(await decodeShareFragment(fragment)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('reports a fragment cut short when copied as damaged', async () => {
    const encoded = await encodeShareFragment(fullAssessment());
    if (!encoded.ok) throw new Error('expected a fragment');
    const cut = encoded.fragment.slice(0, Math.floor(encoded.fragment.length / 2));
    expect(await decodeShareFragment(cut)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('reports text that is not JSON, or not UTF-8, as damaged', async () => {
    expect(await decodeShareFragment(fragmentOf('{"schemaVersion": 1,'))).toEqual({ ok: false, reason: 'corrupt' });
    const latin1 = `v1.${deflateRawSync(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])).toString('base64url')}`;
    expect(await decodeShareFragment(latin1)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('refuses data that inflates beyond the JSON limit (a compression bomb)', async () => {
    const bomb = fragmentOf(`{"a":"${' '.repeat(MAX_JSON_BYTES * 2)}"}`);
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    expect(await decodeShareFragment(bomb)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('lists every problem of valid JSON that is not a valid assessment, with its path', async () => {
    const result = await decodeShareFragment(
      fragmentOf(JSON.stringify({ schemaVersion: 1, edition: '2024', city: { name: 'X', country: 'e1' }, answers: { 'privacy-polcy': 'yes' } })),
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
    expect(result.problems.map((problem) => problem.path).sort()).toEqual(['answers.privacy-polcy', 'city.country']);
  });
});
