/**
 * The audit report as one self-contained HTML page: verdicts grouped by criterion (status, reason, evidence with link,
 * snippet, selector and screenshot), the pages visited and the tools. No script and no external request: a
 * Content-Security-Policy in the page allows only its own style sheet (by hash) and data: images (screenshots).
 * Everything that comes from the portal or the report is escaped; snippets keep their own direction (`dir="auto"`).
 * It lives here rather than in the CLI so every producer of reports (CLI, batch exports, the studio) renders the same page.
 */
import { createHash } from 'node:crypto';
import { getEdition, indicatorText, type Locale } from '@losi/indicators';
import { VERDICT_STATUSES, type AuditPage, type AuditReport, type Evidence, type Verdict, type VerdictStatus } from '@losi/indicators/audit-report';
import { CRITERION_IDS } from '@losi/indicators/structure';
import { AUDIT_HTML_MESSAGES, fill, type AuditHtmlMessages } from './html-messages.js';
import { AUDIT_REPORT_CSS } from './html-styles.js';

export interface AuditHtmlOptions {
  /** Texts of the page's language, from `loadLocale(lang)` of `@losi/indicators`; English by default. */
  readonly locale: Locale;
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for element content and quoted attributes. Control characters (bar tab and line breaks) and
 * bidirectional embeddings, overrides and isolates are dropped: a portal's text could otherwise reorder what a reader
 * sees (the elements holding it set their own direction instead).
 */
export function escapeHtml(value: string | number): string {
  // eslint-disable-next-line no-control-regex
  return String(value).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** For the CSP attribute: its single quotes stay readable. */
function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ENTITIES[char]!);
}

const HTTP = /^https?:\/\/[^\s"'<>]+$/i;
const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const PNG_DATA = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

// Shapes differ as well as colours, so a status reads without colour; the label says it in words.
const GLYPHS: Readonly<Record<VerdictStatus, string>> = {
  pass: '<path class="shape" d="M3 8.5l3.2 3.2L13 4.8"/>',
  fail: '<path class="shape" d="M4 4l8 8M12 4l-8 8"/>',
  'needs-review': '<circle class="shape" cx="8" cy="8" r="5.5"/><circle class="dot" cx="8" cy="8" r="2"/>',
  'not-applicable': '<path class="shape" d="M3 8h10"/>',
  error: '<path class="shape" d="M8 2.5l6 11H2z M8 6.5v3.5"/><circle class="dot" cx="8" cy="12" r="0.9"/>',
  unreachable: '<path class="shape" d="M12.5 5.5A5.5 5.5 0 1 0 13.5 9"/>',
};

function statusBadge(status: VerdictStatus, messages: AuditHtmlMessages): string {
  return `<span class="status status-${status}"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${GLYPHS[status]}</svg><span class="label">${escapeHtml(messages.statuses[status])}</span></span>`;
}

/** A link when the address is http(s), else the text alone; always written left to right. */
function address(url: string | undefined): string {
  if (url === undefined) return '';
  const text = `<span class="url" dir="ltr">${escapeHtml(url)}</span>`;
  return HTTP.test(url) ? `<a href="${escapeHtml(url)}" rel="noreferrer">${text}</a>` : text;
}

function langAttribute(lang: string | undefined): string {
  return lang !== undefined && LANG_TAG.test(lang) ? ` lang="${escapeHtml(lang)}"` : '';
}

interface Formatters {
  dateTime(iso: string): string;
  seconds(ms: number): string;
  milliseconds(ms: number): string;
  integer(value: number): string;
}

function formatters(lang: string): Formatters {
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
  const seconds = new Intl.NumberFormat(lang, { style: 'unit', unit: 'second', maximumFractionDigits: 1 });
  const milliseconds = new Intl.NumberFormat(lang, { style: 'unit', unit: 'millisecond', maximumFractionDigits: 0 });
  const integer = new Intl.NumberFormat(lang);
  return {
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : `${dateTime.format(date)} UTC`;
    },
    seconds: (ms) => seconds.format(ms / 1000),
    milliseconds: (ms) => milliseconds.format(ms),
    integer: (value) => integer.format(value),
  };
}

/** The page's Content-Security-Policy: nothing but its own style sheet (by hash) and data: screenshots. */
export function auditReportCsp(): string {
  const hash = createHash('sha256').update(AUDIT_REPORT_CSS).digest('base64');
  return ["default-src 'none'", `style-src 'sha256-${hash}'`, 'img-src data:', "base-uri 'none'", "form-action 'none'"].join('; ');
}

/** Renders an audit report (as `auditPortal` returns it, or as `parseAuditReport` reads it) into one HTML page. */
export function renderAuditReportHtml(report: AuditReport, options: AuditHtmlOptions): string {
  const { locale } = options;
  const messages = AUDIT_HTML_MESSAGES[locale.lang] ?? AUDIT_HTML_MESSAGES.en;
  const format = formatters(locale.lang);
  const portal = report.portal.finalUrl ?? report.portal.requestedUrl;
  const title = fill(messages.documentTitle, { portal: report.portal.city ?? hostOf(portal) });

  const body = [
    '<div class="page">',
    '<header>',
    `<p class="eyebrow">${escapeHtml(fill(messages.eyebrow, { edition: report.edition }))}</p>`,
    `<h1>${report.portal.city ? escapeHtml(report.portal.city) : `<span dir="ltr">${escapeHtml(hostOf(portal))}</span>`}</h1>`,
    `<p class="note">${escapeHtml(messages.proposalsNote)}</p>`,
    `<nav class="toc" aria-label="${escapeHtml(messages.contents)}"><ol>`,
    `<li><a href="#summary">${escapeHtml(messages.summaryHeading)}</a></li>`,
    `<li><a href="#verdicts">${escapeHtml(messages.verdictsHeading)}</a></li>`,
    `<li><a href="#pages">${escapeHtml(messages.pagesHeading)}</a></li>`,
    `<li><a href="#tools">${escapeHtml(messages.toolsHeading)}</a></li>`,
    '</ol></nav>',
    '</header>',
    '<main>',
    renderSummary(report, messages, format),
    renderVerdicts(report, locale, messages, format),
    renderPages(report.pages, messages, format),
    renderTools(report, messages),
    '</main>',
    '<footer>',
    `<p>${escapeHtml(fill(messages.generated, { version: `${report.tool.name} ${report.tool.version}`, date: format.dateTime(report.finishedAt) }))}</p>`,
    '</footer>',
    '</div>',
  ].join('\n');

  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(locale.lang)}" dir="${locale.dir === 'rtl' ? 'rtl' : 'ltr'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(auditReportCsp())}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${AUDIT_REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function renderSummary(report: AuditReport, messages: AuditHtmlMessages, format: Formatters): string {
  const durationMs = Math.max(0, Date.parse(report.finishedAt) - Date.parse(report.startedAt));
  const edition = getEdition(report.edition);
  const checked = new Set(report.verdicts.map((verdict) => verdict.indicator)).size;
  const facts: [string, string][] = [
    [messages.portal, address(report.portal.requestedUrl)],
    ...(report.portal.finalUrl ? [[messages.finalUrl, address(report.portal.finalUrl)] as [string, string]] : []),
    ...(report.portal.city ? [[messages.city, escapeHtml(report.portal.country ? `${report.portal.city} (${report.portal.country})` : report.portal.city)] as [string, string]] : []),
    ...(report.portal.lang ? [[messages.language, `<code>${escapeHtml(report.portal.lang)}</code>`] as [string, string]] : []),
    [messages.outcome, `${escapeHtml(messages.outcomes[report.outcome])}${report.reason ? ` <span class="note" lang="en">(${escapeHtml(report.reason)})</span>` : ''}`],
    [messages.started, escapeHtml(format.dateTime(report.startedAt))],
    [messages.duration, escapeHtml(format.seconds(durationMs))],
    [messages.pagesCount, escapeHtml(format.integer(report.pages.length))],
  ];
  const counts = VERDICT_STATUSES.map((status) => [status, report.verdicts.filter((verdict) => verdict.status === status).length] as const);
  return [
    '<section aria-labelledby="summary">',
    `<h2 id="summary">${escapeHtml(messages.summaryHeading)}</h2>`,
    `<dl class="facts">${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('')}</dl>`,
    `<p>${escapeHtml(fill(messages.coverage, { checked: format.integer(checked), total: format.integer(edition.indicators.length) }))}</p>`,
    '<table class="counts">',
    `<caption>${escapeHtml(messages.countsCaption)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(messages.status)}</th><th scope="col" class="num">${escapeHtml(messages.count)}</th></tr></thead>`,
    `<tbody>${counts.map(([status, count]) => `<tr><th scope="row">${statusBadge(status, messages)}</th><td class="num">${escapeHtml(format.integer(count))}</td></tr>`).join('')}</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

function renderVerdicts(report: AuditReport, locale: Locale, messages: AuditHtmlMessages, format: Formatters): string {
  const edition = getEdition(report.edition);
  const byIndicator = new Map<string, Verdict[]>();
  for (const verdict of report.verdicts) byIndicator.set(verdict.indicator, [...(byIndicator.get(verdict.indicator) ?? []), verdict]);
  const parts = ['<section aria-labelledby="verdicts">', `<h2 id="verdicts">${escapeHtml(messages.verdictsHeading)}</h2>`];
  if (report.verdicts.length === 0) parts.push(`<p class="note">${escapeHtml(messages.noChecks)}</p>`);
  for (const criterion of CRITERION_IDS) {
    const indicators = edition.indicators.filter((indicator) => indicator.criterion === criterion && byIndicator.has(indicator.id));
    if (report.verdicts.length === 0) break;
    parts.push(`<h3 id="criterion-${criterion}">${escapeHtml(locale.criteria[criterion])}</h3>`);
    if (indicators.length === 0) {
      parts.push(`<p class="note">${escapeHtml(messages.noVerdictInCriterion)}</p>`);
      continue;
    }
    parts.push('<ol class="indicators">');
    for (const indicator of indicators) {
      const text = indicatorText(locale, indicator.id, report.edition);
      const untranslated = text?.untranslated.includes('title') ? ' lang="en"' : '';
      const headingId = `indicator-${escapeHtml(indicator.id)}`;
      parts.push(
        `<li class="indicator">`,
        `<h4 id="${headingId}"><span${untranslated}>${escapeHtml(text?.title ?? indicator.title)}</span>${indicator.code ? ` <span class="code">${escapeHtml(indicator.code)}</span>` : ''}</h4>`,
        ...byIndicator.get(indicator.id)!.map((verdict) => renderVerdict(verdict, messages, format)),
        '</li>',
      );
    }
    parts.push('</ol>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

function renderVerdict(verdict: Verdict, messages: AuditHtmlMessages, format: Formatters): string {
  const evidence = verdict.evidence.length === 0 ? `<p class="note">${escapeHtml(messages.noEvidence)}</p>` : `<ul class="evidence" aria-label="${escapeHtml(messages.evidence)}">${verdict.evidence.map((item) => renderEvidence(item, messages, format)).join('')}</ul>`;
  return [
    `<div class="verdict verdict-${verdict.status}">`,
    `<p>${statusBadge(verdict.status, messages)}</p>`,
    `<p lang="en">${escapeHtml(verdict.reason)}</p>`,
    `<p class="check">${escapeHtml(messages.check)}: <code dir="ltr">${escapeHtml(verdict.check)}</code> · ${escapeHtml(messages.classes[verdict.class])} · ${escapeHtml(fill(messages.ruleVersion, { version: String(verdict.ruleVersion) }))}</p>`,
    evidence,
    '</div>',
  ].join('\n');
}

/** The pixel size a PNG data address declares in its IHDR chunk, for the img's width and height (no layout shift). */
function pngDataSize(dataUrl: string): { width: number; height: number } | undefined {
  const head = Buffer.from(dataUrl.slice('data:image/png;base64,'.length, 'data:image/png;base64,'.length + 32), 'base64');
  if (head.length < 24 || head.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  const width = head.readUInt32BE(16);
  const height = head.readUInt32BE(20);
  return width > 0 && height > 0 && width <= 10_000 && height <= 10_000 ? { width, height } : undefined;
}

function renderEvidence(item: Evidence, messages: AuditHtmlMessages, format: Formatters): string {
  const rows: [string, string][] = [[messages.address, address(item.url)]];
  if (item.finalUrl && item.finalUrl !== item.url) rows.push([messages.redirectedTo, address(item.finalUrl)]);
  if (item.selector) rows.push([messages.element, `<code dir="ltr">${escapeHtml(item.selector)}</code>`]);
  if (item.snippet) rows.push([messages.text, `<blockquote class="snippet" dir="auto"${langAttribute(item.lang)}>${escapeHtml(item.snippet)}</blockquote>`]);
  if (item.fetchedAt) rows.push([messages.fetched, escapeHtml(format.dateTime(item.fetchedAt))]);
  const note = item.note ? `<p lang="en">${escapeHtml(item.note)}</p>` : '';
  const size = item.screenshot && PNG_DATA.test(item.screenshot) ? pngDataSize(item.screenshot) : undefined;
  const shot =
    item.screenshot && PNG_DATA.test(item.screenshot)
      ? `<img class="shot" src="${item.screenshot}"${size ? ` width="${size.width}" height="${size.height}"` : ''} alt="${escapeHtml(item.snippet ? `${messages.screenshotAlt}: ${item.snippet}` : messages.screenshotAlt)}">`
      : '';
  return `<li>${note}<dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('')}</dl>${shot}</li>`;
}

function renderPages(pages: readonly AuditPage[], messages: AuditHtmlMessages, format: Formatters): string {
  if (pages.length === 0) {
    return ['<section aria-labelledby="pages">', `<h2 id="pages">${escapeHtml(messages.pagesHeading)}</h2>`, `<p class="note">${escapeHtml(messages.noPages)}</p>`, '</section>'].join('\n');
  }
  const rows = pages.map((page, index) => {
    const titleLine = page.title ? `<br><span dir="auto"${langAttribute(page.lang)}>${escapeHtml(page.title)}</span>` : '';
    const redirected = page.finalUrl && page.finalUrl !== page.url ? `<br>→ ${address(page.finalUrl)}` : '';
    const reason = page.reason ? `<br><span class="note" lang="en">${escapeHtml(page.reason)}</span>` : '';
    return [
      '<tr>',
      `<td class="num">${escapeHtml(format.integer(index + 1))}</td>`,
      `<td>${address(page.url)}${redirected}${titleLine}</td>`,
      `<td><code>${escapeHtml(page.role)}</code></td>`,
      `<td><code>${escapeHtml(page.outcome)}</code>${page.httpStatus !== null ? ` ${escapeHtml(page.httpStatus)}` : ''}${reason}</td>`,
      `<td class="num">${escapeHtml(format.milliseconds(page.durationMs))}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    '<section aria-labelledby="pages">',
    `<h2 id="pages">${escapeHtml(messages.pagesHeading)}</h2>`,
    '<table class="pages">',
    `<caption>${escapeHtml(messages.pagesCaption)}</caption>`,
    `<thead><tr><th scope="col" class="num">#</th><th scope="col">${escapeHtml(messages.address)}</th><th scope="col">${escapeHtml(messages.role)}</th><th scope="col">${escapeHtml(messages.outcome)} (${escapeHtml(messages.httpStatus)})</th><th scope="col" class="num">${escapeHtml(messages.time)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

function renderTools(report: AuditReport, messages: AuditHtmlMessages): string {
  const facts: [string, string][] = [[messages.tool, `<code>${escapeHtml(`${report.tool.name} ${report.tool.version}`)}</code>`]];
  if (report.tool.browser) facts.push([messages.browser, escapeHtml(report.tool.browser)]);
  if (report.tool.userAgent) facts.push([messages.userAgent, `<code dir="ltr">${escapeHtml(report.tool.userAgent)}</code>`]);
  for (const [name, version] of Object.entries(report.tool.versions ?? {})) facts.push([name, `<code>${escapeHtml(version)}</code>`]);
  const options = Object.entries(report.options ?? {}).map(([name, value]) => `<dt><code>${escapeHtml(name)}</code></dt><dd><code>${escapeHtml(JSON.stringify(value) ?? 'undefined')}</code></dd>`);
  return [
    '<section aria-labelledby="tools">',
    `<h2 id="tools">${escapeHtml(messages.toolsHeading)}</h2>`,
    `<dl class="facts">${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('')}</dl>`,
    options.length > 0 ? `<h3>${escapeHtml(messages.options)}</h3><dl class="facts">${options.join('')}</dl>` : '',
    '</section>',
  ].join('\n');
}
