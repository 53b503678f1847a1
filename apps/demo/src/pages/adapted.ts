// Country adaptation: the demo's made-up national indicator set (src/samples/example-national-set.json, written by
// scripts/generate-samples.ts) read with parseIndicatorSet, then answered in <losi-assessment>, reported in
// <losi-report> and browsed in <losi-catalogue>, all labelled "adapted from LOSI 2024", never official.
import '@losi/widgets/assessment';
import '@losi/widgets/catalogue';
import '@losi/widgets/report';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import { loadLocale } from '@losi/indicators/locales';
import { getStructure } from '@losi/indicators/structure';
import setUrl from '../samples/example-national-set.json?url';
import { byId, element } from '../dom.js';
import { currentLanguage, onLanguageChange, startShell, t } from '../shell.js';

const questionnaire = byId('adapted-assessment') as HTMLElementTagNameMap['losi-assessment'];
const reportPanel = byId('adapted-report-panel');
const cataloguePanel = byId('adapted-catalogue-panel');
const changes = byId('adapted-changes');
const message = byId('adapted-message');
const download = byId<HTMLAnchorElement>('set-download');

/** The set file, fetched from the demo's origin and checked with parseIndicatorSet (zod is loaded only here). */
async function readSet(): Promise<IndicatorSet | undefined> {
  const [response, { parseIndicatorSet }] = await Promise.all([fetch(setUrl), import('@losi/indicators/indicator-set')]);
  const parsed = parseIndicatorSet(await response.text());
  if (parsed.ok) return parsed.set;
  // The problems come from @losi/indicators in English.
  const english: Record<string, string> = currentLanguage() === 'en' ? {} : { lang: 'en', dir: 'ltr' };
  message.replaceChildren(
    element('p', {}, t('adapted.invalid')),
    element('ul', english, ...parsed.problems.map((problem) => element('li', {}, `${problem.path || 'set'}: ${problem.message}`))),
  );
  return undefined;
}

/** What the set changes against LOSI 2024, in the page's language (indicator titles from @losi/indicators). */
async function showChanges(set: IndicatorSet): Promise<void> {
  const language = currentLanguage();
  const locale = await loadLocale(language);
  const title = (id: string) => locale.indicators[id]?.title ?? id;
  const kept = new Set(set.indicators.flatMap((indicator) => (indicator.official ? [indicator.official.id] : [])));
  const leftOut = (getStructure(set.basedOn)?.indicators ?? []).filter((id) => !kept.has(id));
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  const items = [t('adapted.leftOut', { count: leftOut.length, list: list.format(leftOut.map(title)) })];
  for (const indicator of set.indicators) {
    if (!indicator.official) items.push(t('adapted.added', { title: indicator.title ?? indicator.id }));
    else if (indicator.title) items.push(t('adapted.renamed', { from: title(indicator.official.id), to: indicator.title, code: indicator.official.code ?? '' }));
  }
  const bands = set.levels?.bands.map((band) => band.labels?.[language] ?? band.labels?.en ?? band.id) ?? [];
  items.push(t('adapted.bands', { list: list.format(bands) }));
  changes.replaceChildren(...items.map((item) => element('li', {}, item)));
}

await startShell();
const set = await readSet();
if (set) {
  download.href = setUrl;
  questionnaire.indicatorSet = set;
  const report = element('losi-report', { 'heading-level': '3', 'max-gaps': '3' }) as HTMLElementTagNameMap['losi-report'];
  report.indicatorSet = set;
  const catalogue = element('losi-catalogue', { 'heading-level': '3' }) as HTMLElementTagNameMap['losi-catalogue'];
  catalogue.indicatorSet = set;
  // The report is added once the questionnaire has a result of the set: without one it would show an error.
  const showReport = () => {
    const result = questionnaire.result;
    if (!result || !('indicatorSet' in result)) return;
    report.result = result;
    if (!report.isConnected) reportPanel.append(report);
  };
  questionnaire.addEventListener('losi-change', showReport);
  // Its scorer for sets loads on first use: wait for the update that brings the first result.
  for (let round = 0; round < 3 && !questionnaire.result; round++) await questionnaire.updateComplete;
  showReport();
  cataloguePanel.append(catalogue);
  await showChanges(set);
  onLanguageChange(() => void showChanges(set));
}
