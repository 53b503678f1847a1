// Runs an import in the worker and gathers its replies; where no worker can start (an old browser, a page that
// forbids workers) the same analysis runs on the page.
import { analyseCsv, type Analysis } from './analyse.js';
import type { ImportReply, ImportRequest } from './import-messages.js';

/** The file could not be read as text. */
export class UnreadableFile extends Error {}

let current: Worker | undefined;

/** Reads and analyses `source`, reporting progress (0 to 1). A newer import stops an older one still running. */
export function analyseInWorker(source: File | string, progress: (done: number) => void): Promise<Analysis> {
  current?.terminate();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'losi-dashboard-import' });
  } catch {
    return analyseHere(source, progress);
  }
  current = worker;
  return new Promise<Analysis>((resolve, reject) => {
    const results: Analysis['results'] = [];
    let heard = false;
    const finish = () => {
      worker.terminate();
      if (current === worker) current = undefined;
    };
    worker.addEventListener('message', ({ data }: MessageEvent<ImportReply>) => {
      heard = true;
      if (data.type === 'progress') progress(data.done);
      else if (data.type === 'results') results.push(...data.results);
      else if (data.type === 'unreadable') {
        finish();
        reject(new UnreadableFile());
      } else {
        finish();
        resolve({ results, problems: data.problems, edition: data.edition, summary: data.summary });
      }
    });
    // A worker that fails before its first reply could not start (blocked or unsupported): do it here instead.
    worker.addEventListener('error', (event) => {
      finish();
      if (heard) reject(new Error(event.message || 'the import worker failed'));
      else analyseHere(source, progress).then(resolve, reject);
    });
    worker.postMessage({ source } satisfies ImportRequest);
  });
}

async function analyseHere(source: File | string, progress: (done: number) => void): Promise<Analysis> {
  let text: string;
  try {
    text = typeof source === 'string' ? source : await source.text();
  } catch {
    throw new UnreadableFile();
  }
  return analyseCsv(text, progress);
}
