import { LANGUAGES, LANGUAGE_NAMES } from '@losi/indicators/labels';
import { en, type StringKey } from '../src/i18n/en.js';
import { PAGES, relativeHref, type PageId } from './pages.js';

/** Text escaped for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An element's text in English, marked for translation at run time (`data-i18n`). */
function text(key: StringKey): string {
  return `data-i18n="${key}">${escapeHtml(en[key])}`;
}

/**
 * The header shared by every page: skip link, site name, navigation (the current page marked with
 * `aria-current`), language picker and dark-mode switch. Written into each page's HTML at build time, so the
 * pages are one source and work as plain links without JavaScript.
 */
export function headerHtml(current: PageId): string {
  const from = PAGES.find((page) => page.id === current)!.file;
  const links = PAGES.map(
    (page) =>
      `<li><a href="${relativeHref(from, page.file)}"${page.id === current ? ' aria-current="page"' : ''} ${text(`nav.${page.id}`)}</a></li>`,
  ).join('');
  const options = LANGUAGES.map(
    (language) => `<option value="${language}" lang="${language}">${escapeHtml(LANGUAGE_NAMES[language])}</option>`,
  ).join('');
  return `<a class="skip-link" href="#main" ${text('skipLink')}</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="brand" href="${relativeHref(from, 'index.html')}" ${text('brand')}</a>
    <nav class="site-nav" aria-label="${escapeHtml(en.navLabel)}" data-i18n-attrs="aria-label:navLabel"><ul>${links}</ul></nav>
    <div class="settings" role="group" aria-label="${escapeHtml(en.settingsLabel)}" data-i18n-attrs="aria-label:settingsLabel">
      <label for="language-select" ${text('language')}</label>
      <select id="language-select" name="language" autocomplete="off">${options}</select>
      <button type="button" id="theme-switch" class="switch" aria-pressed="false"><span class="switch__track" aria-hidden="true"></span><span ${text('darkMode')}</span></button>
    </div>
  </div>
</header>`;
}

/** The footer shared by every page. */
export function footerHtml(): string {
  return `<footer class="site-footer"><p ${text('footer')}</p></footer>`;
}
