// The dashboard's import worker: reads the chosen file and runs analyseCsv off the page's thread, so the page keeps
// answering while 10,000 rows are read and scored. Started as a module worker from this origin (worker-src falls
// back to the demo's script-src 'self').
import { analyseCsv } from './analyse.js';
import type { ImportReply, ImportRequest } from './import-messages.js';

const scope = self as unknown as { postMessage(message: ImportReply): void; onmessage: ((event: MessageEvent<ImportRequest>) => void) | null };

/** Results sent per message: the page takes each in one short task instead of one long one. */
const RESULTS_PER_MESSAGE = 500;

/** Progress is sent when it moved by at least this much, not at every step. */
const PROGRESS_STEP = 0.02;

scope.onmessage = async ({ data }) => {
  let text: string;
  try {
    text = typeof data.source === 'string' ? data.source : await data.source.text();
  } catch {
    scope.postMessage({ type: 'unreadable' });
    return;
  }
  let sent = 0;
  const analysis = analyseCsv(text, (done) => {
    if (done - sent < PROGRESS_STEP && done < 1) return;
    sent = done;
    scope.postMessage({ type: 'progress', done });
  });
  for (let start = 0; start < analysis.results.length; start += RESULTS_PER_MESSAGE) {
    scope.postMessage({ type: 'results', results: analysis.results.slice(start, start + RESULTS_PER_MESSAGE) });
  }
  scope.postMessage({ type: 'done', problems: analysis.problems, edition: analysis.edition, summary: analysis.summary });
};
