// Writes a large assessments CSV as a stream (a million rows never exist in memory at once), seeded so that every
// run scores the same data. Used by the streaming benchmark and by test/stream-memory.test.ts.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { getEdition } from '@losi/indicators';
import { csvCell } from '@losi/indicators/csv';

/** Writes `rows` fictional municipalities of LOSI 2024 to `path` (comma-separated, CRLF, like the kit's writer). */
export async function writeLargeCsv(path, rows, seed = 42) {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const ids = getEdition('2024').indicators.map((indicator) => indicator.id);
  const out = createWriteStream(path);
  let batch = `${['city', 'country', 'portal_url', 'assessed_at', ...ids].join(',')}\r\n`;
  for (let index = 0; index < rows; index++) {
    const capability = 0.3 + random() * 0.7;
    const cells = [csvCell(`Benchmark municipality ${index + 1} (fictional)`), 'ZZZ', `https://m${index + 1}.example`, '2026-03-01'];
    for (let k = 0; k < ids.length; k++) {
      const roll = random();
      cells.push(roll < 0.02 ? 'na' : roll < 0.03 ? '' : random() < capability ? 'yes' : 'no');
    }
    batch += `${cells.join(',')}\r\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}
