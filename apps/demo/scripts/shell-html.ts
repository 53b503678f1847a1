import { LANGUAGES, LANGUAGE_NAMES } from '@losi/indicators/labels';
// The same escaping serves HTML text and quoted attributes.
import { escapeXml } from '@losi/scoring/badge';
import { en, type StringKey } from '../src/i18n/en.js';
import { PAGES, relativeHref, type PageId } from './pages.js';

/** An element's text in English, marked for translation at run time (`data-i18n`). */
function text(key: StringKey): string {
  return `data-i18n="${key}">${escapeXml(en[key])}`;
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
    (language) => `<option value="${language}" lang="${language}">${escapeXml(LANGUAGE_NAMES[language])}</option>`,
  ).join('');
  return `<a class="skip-link" href="#main" ${text('skipLink')}</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="brand" href="${relativeHref(from, 'index.html')}" ${text('brand')}</a>
    <nav class="site-nav" aria-label="${escapeXml(en.navLabel)}" data-i18n-attrs="aria-label:navLabel"><ul>${links}</ul></nav>
    <div class="settings" role="group" aria-label="${escapeXml(en.settingsLabel)}" data-i18n-attrs="aria-label:settingsLabel">
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
