// Badge builder: a form, a live <losi-badge> preview, and the three embed snippets.
import '@losi/widgets/badge';
import { LANGUAGES, LANGUAGE_NAMES, resolveLanguage } from '@losi/indicators/labels';
import { roundValue, score } from '@losi/scoring';
import { renderBadgeSvg } from '@losi/scoring/badge';
import { download, integrity, url } from 'virtual:cdn-badge';
import { SELF_HOSTED_PATH, badgeInput, markdownSnippet, scriptSnippet, svgFileName, type BadgeSettings } from '../badge/snippets.js';
import { copyField } from '../copy.js';
import { byId, radioValue } from '../dom.js';
import { loadSavedAssessment } from '../saved.js';
import { currentLanguage, currentTheme, onLanguageChange, startShell, t } from '../shell.js';

const form = byId<HTMLFormElement>('badge-form');
const valueInput = byId<HTMLInputElement>('badge-value');
const valueError = byId('badge-value-error');
const cityInput = byId<HTMLInputElement>('badge-city');
const editionSelect = byId<HTMLSelectElement>('badge-edition');
const hrefInput = byId<HTMLInputElement>('badge-href');
const hrefError = byId('badge-href-error');
const languageSelect = byId<HTMLSelectElement>('badge-language');
const savedRadio = byId<HTMLInputElement>('origin-saved');
const manualRadio = byId<HTMLInputElement>('origin-manual');
const savedLabel = byId('origin-saved-label');
const manualFields = byId('manual-fields');
const preview = byId('preview');
const badge = byId('preview-badge') as HTMLElementTagNameMap['losi-badge'];
const scriptField = byId<HTMLTextAreaElement>('script-snippet');
const markdownField = byId<HTMLTextAreaElement>('markdown-snippet');
const svgPreview = byId<HTMLImageElement>('svg-preview');
const svgDownload = byId<HTMLAnchorElement>('svg-download');
const copyStatus = byId('copy-status');
const selfHostedField = byId<HTMLTextAreaElement>('self-hosted-snippet');
const bundleDownload = byId<HTMLAnchorElement>('bundle-download');
const warnings = byId('badge-warnings');
const publishAnyway = byId<HTMLInputElement>('publish-anyway');
const publishAnywayField = byId('publish-anyway-field');

let svgUrl: string | undefined;

/** The saved self-assessment as badge facts, or undefined when there is none or it cannot be scored. */
function savedResult(): { value: number; city: string; edition: string; answered: number; total: number; complete: boolean } | undefined {
  const assessment = loadSavedAssessment();
  if (!assessment) return undefined;
  try {
    const result = score(assessment);
    return {
      value: roundValue(result.value),
      city: result.city.name,
      edition: result.edition,
      answered: result.answered,
      total: result.total,
      complete: result.complete,
    };
  } catch {
    return undefined;
  }
}

function setError(input: HTMLInputElement, output: HTMLElement, message: string): void {
  output.textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** The settings in the form, or undefined (with the problems shown next to their fields) when some are invalid. */
function readSettings(): BadgeSettings | undefined {
  const fromSaved = savedRadio.checked ? savedResult() : undefined;
  manualFields.hidden = fromSaved !== undefined;
  let value = fromSaved?.value;
  if (value === undefined) {
    const typed = Number(valueInput.value.trim().replace(',', '.'));
    const valid = valueInput.value.trim() !== '' && typed >= 0 && typed <= 1;
    setError(valueInput, valueError, valid ? '' : t('badge.valueInvalid'));
    value = valid ? roundValue(typed) : undefined;
  } else {
    setError(valueInput, valueError, '');
  }
  const href = hrefInput.value.trim();
  const hrefValid = href === '' || /^https?:\/\/[^\s]+$/i.test(href);
  setError(hrefInput, hrefError, hrefValid ? '' : t('badge.reportUrlInvalid'));
  if (value === undefined || !hrefValid) return undefined;
  return {
    value,
    city: fromSaved?.city ?? cityInput.value.trim(),
    edition: fromSaved?.edition ?? editionSelect.value,
    source: radioValue(form, 'source') === 'official' ? 'official' : 'self-assessed',
    href,
    variant: radioValue(form, 'variant') === 'full' ? 'full' : 'compact',
    language: resolveLanguage(languageSelect.value),
    theme: (['light', 'dark'] as const).find((theme) => theme === radioValue(form, 'theme')) ?? 'auto',
    ...(fromSaved && !fromSaved.complete ? { provisional: { answered: fromSaved.answered, total: fromSaved.total } } : {}),
  };
}

/**
 * What a person should know before publishing this badge: a provisional value, and "official" chosen for the
 * value of a self-assessment. With any of them, copying and downloading wait for "Publish this badge anyway".
 */
function showWarnings(settings: BadgeSettings): boolean {
  const found: string[] = [];
  if (settings.provisional) found.push(t('badge.provisionalWarning', { answered: settings.provisional.answered, total: settings.provisional.total }));
  if (settings.source === 'official' && savedRadio.checked) found.push(t('badge.officialSelfWarning'));
  else if (settings.source === 'official') found.push(t('badge.officialWarning'));
  warnings.replaceChildren(...found.map((text) => Object.assign(document.createElement('p'), { className: 'warning', textContent: text })));
  publishAnywayField.hidden = found.length === 0;
  if (found.length === 0) publishAnyway.checked = false;
  return found.length === 0 || publishAnyway.checked;
}

function setPublishable(publishable: boolean): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.disabled = !publishable;
  for (const link of [svgDownload, bundleDownload]) {
    if (publishable) link.removeAttribute('aria-disabled');
    else link.setAttribute('aria-disabled', 'true');
  }
}

function showPreview(settings: BadgeSettings): void {
  badge.value = settings.value;
  badge.city = settings.city || undefined;
  badge.edition = settings.edition;
  badge.source = settings.source;
  badge.variant = settings.variant;
  badge.href = settings.href || undefined;
  badge.answered = settings.provisional?.answered;
  badge.total = settings.provisional?.total;
  badge.setAttribute('lang', settings.language);
  // "auto" follows the visitor's setting: here, the demo's own theme.
  const theme = settings.theme === 'auto' ? currentTheme() : settings.theme;
  badge.theme = theme;
  preview.classList.toggle('dark', theme === 'dark');
  preview.classList.toggle('light', theme === 'light');
}

function showSvg(settings: BadgeSettings): void {
  const svg = renderBadgeSvg(
    badgeInput(settings),
    { locale: settings.language, variant: settings.variant },
  );
  if (svgUrl) URL.revokeObjectURL(svgUrl);
  svgUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  svgPreview.src = svgUrl;
  svgPreview.alt = t('badge.svgAlt');
  svgDownload.href = svgUrl;
  svgDownload.download = svgFileName(settings);
}

function update(): void {
  const settings = readSettings();
  if (!settings) {
    // Never leave code for an invalid badge on screen: it could be copied by mistake.
    scriptField.value = '';
    selfHostedField.value = '';
    markdownField.value = '';
    svgDownload.removeAttribute('href');
    warnings.replaceChildren();
    publishAnywayField.hidden = true;
    setPublishable(false);
    return;
  }
  showPreview(settings);
  showSvg(settings);
  scriptField.value = scriptSnippet(settings, { url, integrity });
  selfHostedField.value = scriptSnippet(settings, { url: SELF_HOSTED_PATH, integrity });
  markdownField.value = markdownSnippet(settings);
  bundleDownload.href = download;
  setPublishable(showWarnings(settings));
}

/** Values handed over in the fragment by the shared-report page: `#value=0.82&city=…&edition=2024&href=…`. */
function prefillFromFragment(): boolean {
  const params = new URLSearchParams(location.hash.slice(1));
  const value = params.get('value');
  if (value === null) return false;
  valueInput.value = value;
  cityInput.value = params.get('city') ?? '';
  if (params.get('edition') === '2022') editionSelect.value = '2022';
  hrefInput.value = params.get('href') ?? '';
  manualRadio.checked = true;
  return true;
}

function showSavedOption(): void {
  const saved = savedResult();
  savedRadio.disabled = saved === undefined;
  savedLabel.textContent = t(saved ? 'badge.fromAssessment' : 'badge.fromAssessmentNone');
}

function fillLanguages(): void {
  languageSelect.replaceChildren(
    ...LANGUAGES.map((language) => {
      const option = new Option(LANGUAGE_NAMES[language], language);
      option.lang = language;
      return option;
    }),
  );
  languageSelect.value = currentLanguage();
}

await startShell();
fillLanguages();
showSavedOption();
if (!prefillFromFragment() && !savedRadio.disabled) savedRadio.checked = true;
form.addEventListener('input', update);
publishAnyway.addEventListener('change', update);
// A disabled link cannot be disabled natively: an aria-disabled download does nothing.
for (const link of [svgDownload, bundleDownload]) {
  link.addEventListener('click', (event) => {
    if (link.getAttribute('aria-disabled') === 'true') event.preventDefault();
  });
}
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', () => void copyField(byId<HTMLTextAreaElement>(button.dataset.copy!), copyStatus));
}
document.getElementById('theme-switch')?.addEventListener('click', update);
onLanguageChange(() => {
  showSavedOption();
  update();
});
update();
