// National dashboard: a CSV of many municipalities (file picker, drag and drop, or a fictional sample) becomes
// <losi-ranking> (ranking table, level distribution, mean and median), <losi-criteria-chart> for chosen
// municipalities and the adoption rate of each indicator. Rows with problems are listed with their row
// numbers; the others load.
import '@losi/widgets/ranking';
import '@losi/widgets/criteria-chart';
import { CRITERION_LABELS, type Language } from '@losi/indicators/labels';
import { getStructure, type CriterionId, type EditionId } from '@losi/indicators/structure';
import type { RankedResult, Summary } from '@losi/scoring';
import type { Analysis } from '../dashboard/analyse.js';
import { UnreadableFile, analyseInWorker } from '../dashboard/import-client.js';
import { byId, element } from '../dom.js';
import { SAMPLES, fetchSample, type SampleFile } from '../samples/index.js';
import { currentLanguage, onLanguageChange, startShell, t } from '../shell.js';

/**
 * Largest file read, in bytes (20 MB, about 45,000 municipalities of the sample's kind): far above any national
 * study, small enough not to freeze the tab. It is checked on the file's size, before any of it is read.
 */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Series the criteria chart can tell apart by colour and marker shape. */
const MAX_COMPARED = 6;

/** A row left out, with where and why. */
interface RowProblem {
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
  /** Messages of @losi/indicators and @losi/scoring are in English; the demo's own are translated. */
  readonly english: boolean;
}

interface Dashboard {
  readonly results: readonly RankedResult[];
  readonly summary: Summary;
  readonly edition: EditionId;
}

const fileInput = byId<HTMLInputElement>('csv-file');
const dropZone = byId('drop-zone');
const importStatus = byId('import-status');
const importProgress = byId<HTMLProgressElement>('import-progress');
const problemsSection = byId('problems');
const problemsBody = byId('problems-body');
const resultsSection = byId('results');
const emptyState = byId('empty-state');
const compareList = byId('compare-list');
const compareStatus = byId('compare-status');

let dashboard: Dashboard | undefined;
let problems: readonly RowProblem[] = [];
let selected = new Set<number>();
/** Indicator titles in the current language, loaded with the first data (the catalogue is large). */
let titles: { language: Language; title: (id: string) => string } | undefined;

/** Formatters made once per language and options: thousands of labels would otherwise make one each. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(language, options)));
  return format;
}

const losiValue = (value: number) =>
  numberFormat(currentLanguage(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
const percent = (share: number) => numberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
const integer = (count: number) => numberFormat(currentLanguage(), { maximumFractionDigits: 0 }).format(count);
/** A file size in megabytes ("20 MB", "20 Mo"), or in bytes when megabytes would round it to the limit. */
const megabytes = (bytes: number, exact: boolean) =>
  exact
    ? numberFormat(currentLanguage(), { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes)
    : numberFormat(currentLanguage(), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));

/** A cell whose text is English while the page may not be. */
function englishCell(text: string, english: boolean): HTMLTableCellElement {
  return element('td', english && currentLanguage() !== 'en' ? { lang: 'en', dir: 'ltr' } : {}, text);
}

/** A decorative bar of `share` (0 to 1); the number beside it is what assistive technology reads. */
function bar(share: number): HTMLElement {
  const fill = element('span', { class: 'bar__fill' });
  // CSSOM, not a style attribute: allowed by the strict CSP.
  fill.style.inlineSize = `${Math.round(share * 1000) / 10}%`;
  return element('span', { class: 'bar', 'aria-hidden': 'true' }, fill);
}

/** Rows built per frame for long lists (thousands of municipalities or problems): no frame waits long. */
const ROWS_PER_FRAME = 400;
/** One pending list build per container: a newer one replaces it. */
const builds = new WeakMap<Element, number>();

/** Fills `container` with `make(item)` for every item, a frame's worth at a time. */
function fillInFrames<T>(container: Element, items: readonly T[], make: (item: T) => Node): void {
  const build = (builds.get(container) ?? 0) + 1;
  builds.set(container, build);
  container.replaceChildren(...items.slice(0, ROWS_PER_FRAME).map(make));
  const more = (start: number) => {
    if (start >= items.length || builds.get(container) !== build) return;
    requestAnimationFrame(() => {
      if (builds.get(container) !== build) return;
      container.append(...items.slice(start, start + ROWS_PER_FRAME).map(make));
      more(start + ROWS_PER_FRAME);
    });
  };
  more(ROWS_PER_FRAME);
}

function renderProblems(): void {
  problemsSection.hidden = problems.length === 0;
  fillInFrames(problemsBody, problems, (problem) =>
    element(
      'tr',
      {},
      element('td', { class: 'number' }, integer(problem.row)),
      problem.column === null ? element('td', {}, t('dashboard.wholeRow')) : element('td', { lang: 'en', dir: 'ltr' }, problem.column),
      englishCell(problem.message, problem.english),
    ),
  );
}

function renderRanking({ results }: Dashboard): void {
  const slot = byId('ranking-slot');
  const ranking = slot.querySelector('losi-ranking') ?? slot.appendChild(element('losi-ranking'));
  ranking.results = results;
}

function renderCompare({ results }: Dashboard): void {
  const byRank = [...results.keys()].sort((a, b) => results[a]!.rank - results[b]!.rank);
  fillInFrames(compareList, byRank, (index) => {
    const result = results[index]!;
    const box = element('input', { type: 'checkbox', value: String(index), id: `compare-${index}` });
    box.checked = selected.has(index);
    return element('label', { for: box.id }, box, `${integer(result.rank)}. ${result.city.name} (${losiValue(result.value)})`);
  });
  renderChart();
}

function renderChart(): void {
  const slot = byId('chart-slot');
  const chosen = [...selected].map((index) => dashboard!.results[index]!).sort((a, b) => a.rank - b.rank);
  if (chosen.length === 0) {
    slot.replaceChildren();
    return;
  }
  const chart = slot.querySelector('losi-criteria-chart') ?? slot.appendChild(element('losi-criteria-chart'));
  chart.results = chosen;
}

async function renderAdoption({ summary, edition }: Dashboard): Promise<void> {
  const language = currentLanguage();
  if (titles?.language !== language) {
    const { indicatorText, loadLocale } = await import('@losi/indicators');
    const locale = await loadLocale(language);
    titles = { language, title: (id) => indicatorText(locale, id)?.title ?? id };
  }
  if (language !== currentLanguage()) return; // A newer language change renders instead.
  const criterionOf = new Map<string, CriterionId>();
  const order = new Map<string, number>();
  for (const criterion of getStructure(edition)?.criteria ?? []) {
    for (const id of criterion.indicators) {
      criterionOf.set(id, criterion.id);
      order.set(id, order.size);
    }
  }
  const rows = Object.entries(summary.adoption).sort(([a, rateA], [b, rateB]) => rateA - rateB || order.get(a)! - order.get(b)!);
  const title = titles.title;
  byId('adoption-body').replaceChildren(
    ...rows.map(([id, rate]) => {
      const criterion = criterionOf.get(id);
      return element(
        'tr',
        {},
        element('th', { scope: 'row' }, title(id)),
        element('td', {}, criterion ? CRITERION_LABELS[language][criterion] : ''),
        element('td', { class: 'number' }, percent(rate), bar(rate)),
      );
    }),
  );
}

/** Resolves after the next frame: long renders are split so the page answers in between. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The latest render: an older one still waiting for a frame stops. */
let renderToken = 0;

async function render(): Promise<void> {
  const token = ++renderToken;
  renderProblems();
  resultsSection.hidden = dashboard === undefined;
  emptyState.hidden = dashboard !== undefined;
  if (!dashboard) return;
  const shown = dashboard;
  // Each part in its own task: with 10,000 municipalities each takes a noticeable share of a second.
  await nextFrame();
  if (token !== renderToken) return;
  renderRanking(shown);
  await nextFrame();
  if (token !== renderToken) return;
  renderCompare(shown);
  await nextFrame();
  if (token !== renderToken) return;
  await renderAdoption(shown);
}

/** Spreads a default choice over the ranking: the first, the middle and the last municipality. */
function defaultSelection(results: readonly RankedResult[]): Set<number> {
  const byRank = [...results.keys()].sort((a, b) => results[a]!.rank - results[b]!.rank);
  return new Set([byRank[0], byRank[Math.floor(byRank.length / 2)], byRank[byRank.length - 1]].filter((index) => index !== undefined));
}

/** Shows what an import found: valid rows are scored and shown, rows with problems are listed; then says so. */
async function showAnalysis({ results, problems: found, edition, summary }: Analysis, fileName: string): Promise<void> {
  problems = found.map((problem) =>
    'otherEdition' in problem
      ? { row: problem.row, column: problem.column, message: t('dashboard.otherEdition', { edition: problem.otherEdition, used: problem.used }), english: false }
      : { ...problem, english: true },
  );
  const badRows = new Set(problems.map((problem) => problem.row)).size;
  let message: string;
  if (results.length === 0 || summary === null) {
    dashboard = undefined;
    message = t('dashboard.noRows', { file: fileName });
  } else {
    dashboard = { results, summary, edition };
    selected = defaultSelection(results);
    message =
      badRows === 0
        ? t('dashboard.loaded', { file: fileName, valid: integer(results.length) })
        : t('dashboard.loadedWithProblems', { file: fileName, valid: integer(results.length), rows: integer(badRows) });
  }
  // The status speaks once everything is on the page.
  await render();
  importStatus.classList.toggle('ok', dashboard !== undefined);
  importStatus.textContent = message;
}

/** The latest import: an older one that finishes later is dropped. */
let importToken = 0;

/** Reads and scores a file or a text in the import worker, with a progress bar, then shows it. */
async function importSource(source: File | string, fileName: string): Promise<void> {
  const token = ++importToken;
  importStatus.textContent = t('dashboard.loading', { file: fileName });
  importProgress.value = 0;
  importProgress.hidden = false;
  try {
    const analysis = await analyseInWorker(source, (done) => {
      if (token === importToken) importProgress.value = done;
    });
    if (token === importToken) await showAnalysis(analysis, fileName);
  } catch (error) {
    if (token !== importToken) return;
    if (!(error instanceof UnreadableFile)) throw error;
    importStatus.textContent = t('dashboard.notCsv', { file: fileName });
  } finally {
    if (token === importToken) importProgress.hidden = true;
  }
}

async function importFile(file: File): Promise<void> {
  importStatus.classList.remove('ok');
  if (file.size > MAX_FILE_BYTES) {
    ++importToken;
    importProgress.hidden = true;
    const exact = megabytes(file.size, false) === megabytes(MAX_FILE_BYTES, false);
    importStatus.textContent = t('dashboard.tooBig', { file: file.name, size: megabytes(file.size, exact), limit: megabytes(MAX_FILE_BYTES, exact) });
    return;
  }
  // The worker reads the file itself: its bytes never pass through the page's thread.
  await importSource(file, file.name);
}

async function importSample(sample: SampleFile): Promise<void> {
  importStatus.classList.remove('ok');
  importStatus.textContent = t('dashboard.loading', { file: sample.fileName });
  let text: string;
  try {
    text = await fetchSample(sample);
  } catch {
    importStatus.textContent = t('dashboard.sampleFailed');
    return;
  }
  await importSource(text, sample.fileName);
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  fileInput.value = '';
  if (file) void importFile(file);
});

// Dropping a file anywhere must not navigate away from the page; the drop zone imports it.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (event) => event.preventDefault());
dropZone.addEventListener('dragenter', () => dropZone.classList.add('dragging'));
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', (event) => {
  if (!dropZone.contains(event.relatedTarget as Node | null)) dropZone.classList.remove('dragging');
});
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void importFile(file);
});

byId('load-sample').addEventListener('click', () => void importSample(SAMPLES.full));
byId('load-broken').addEventListener('click', () => void importSample(SAMPLES.broken));
const download = byId<HTMLAnchorElement>('download-sample');
download.href = SAMPLES.full.url;
download.download = SAMPLES.full.fileName;

compareList.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const index = Number(box.value);
  compareStatus.textContent = '';
  if (box.checked && selected.size >= MAX_COMPARED) {
    box.checked = false;
    compareStatus.textContent = t('dashboard.compareLimit');
    return;
  }
  if (box.checked) selected.add(index);
  else selected.delete(index);
  renderChart();
});

await startShell();
onLanguageChange(() => void render());
void render();
