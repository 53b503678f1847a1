// Writes a large JSON array of assessments as a stream, seeded like generate-csv.mjs so every run scores the same
// data. Used by the streaming benchmark (--input json) and by test/stream-memory.test.ts.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { getEdition } from '@losi/indicators';

/** Writes `count` fictional municipalities of LOSI 2024 to `path`, one assessment per line of a JSON array. */
export async function writeLargeJson(path, count, seed = 42) {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const ids = getEdition('2024').indicators.map((indicator) => indicator.id);
  const out = createWriteStream(path);
  let batch = '[\n';
  for (let index = 0; index < count; index++) {
    const capability = 0.3 + random() * 0.7;
    const answers = {};
    for (const id of ids) {
      const roll = random();
      if (roll < 0.02) answers[id] = 'na';
      else if (roll >= 0.03) answers[id] = random() < capability ? 'yes' : 'no';
    }
    const assessment = { schemaVersion: 1, edition: '2024', city: { name: `Benchmark municipality ${index + 1} (fictional)`, country: 'ZZZ' }, portalUrl: `https://m${index + 1}.example`, answers };
    batch += `${index === 0 ? '' : ',\n'}${JSON.stringify(assessment)}`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(`${batch}\n]\n`);
  await once(out, 'finish');
}
