// Shared report: reads the assessment from the URL fragment (see share/codec.ts), shows <losi-report> and
// <losi-badge>, or a clear message when the fragment is empty, too long, damaged or not a valid assessment.
import '@losi/widgets/badge';
import '@losi/widgets/report';
import { roundValue, score, type LosiResult } from '@losi/scoring';
import { byId, element } from '../dom.js';
import { MAX_FRAGMENT_LENGTH, decodeShareFragment, type DecodeResult } from '../share/codec.js';
import { currentLanguage, onLanguageChange, startShell, t } from '../shell.js';

const message = byId('report-message');
const content = byId('report-content');
const reportPanel = byId('report-panel');
const badge = byId('report-badge') as HTMLElementTagNameMap['losi-badge'];
const toBadgeBuilder = byId<HTMLAnchorElement>('to-badge-builder');

let decoded: DecodeResult | undefined;

function showMessage(text: string, details: readonly string[] = []): void {
  content.hidden = true;
  const box = element('div', { class: 'message' }, element('p', {}, text));
  if (details.length > 0) {
    // The problems come from @losi/indicators in English.
    const english: Record<string, string> = currentLanguage() === 'en' ? {} : { lang: 'en', dir: 'ltr' };
    box.append(element('ul', english, ...details.map((detail) => element('li', {}, detail))));
  }
  message.replaceChildren(box);
}

function showResult(result: LosiResult): void {
  message.replaceChildren();
  const report = reportPanel.querySelector('losi-report') ?? reportPanel.appendChild(element('losi-report', { 'heading-level': '2' }));
  report.result = result;
  badge.result = result;
  const facts = new URLSearchParams({
    value: String(roundValue(result.value)),
    city: result.city.name,
    edition: result.edition,
    href: location.href,
  });
  toBadgeBuilder.href = `badge.html#${facts}`;
  content.hidden = false;
}

function show(): void {
  if (!decoded) return;
  if (decoded.ok) {
    try {
      showResult(score(decoded.assessment));
    } catch (error) {
      showMessage(t('report.invalid'), [error instanceof Error ? error.message : String(error)]);
    }
    return;
  }
  switch (decoded.reason) {
    case 'empty':
      return showMessage(t('report.empty'));
    case 'too-long':
      return showMessage(t('report.tooLong', { length: decoded.length, limit: MAX_FRAGMENT_LENGTH }));
    case 'unknown-version':
      return showMessage(t('report.unknownVersion', { version: decoded.version }));
    case 'corrupt':
      return showMessage(t('report.corrupt'));
    case 'invalid':
      return showMessage(
        t('report.invalid'),
        decoded.problems.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message)),
      );
  }
}

async function read(): Promise<void> {
  decoded = await decodeShareFragment(location.hash);
  show();
}

await startShell();
onLanguageChange(show);
window.addEventListener('hashchange', () => void read());
await read();
