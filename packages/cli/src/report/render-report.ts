import { createHash } from 'node:crypto';
import { getEdition, indicatorText, LEVEL_IDS, type Indicator, type Locale } from '@losi/indicators';
import { CRITERION_IDS } from '@losi/indicators/structure';
import { LEVEL_NAMES } from '@losi/indicators/labels';
import { levels, roundValue, type IndicatorStatus, type LevelId, type LevelScheme, type LosiResult } from '@losi/scoring';
import { BADGE_STRINGS } from '@losi/scoring/badge';
import type { IndicatorSet } from '@losi/indicators/indicator-set';
import type { SetResult } from '@losi/scoring/indicator-set';
import { gapsWithGuidance, type GapWithGuidance } from '@losi/scoring/gaps';
import { CLI_VERSION as cliVersion } from '../version.js';
import { escapeAttribute, escapeHtml as esc } from './escape.js';
import { fill, REPORT_MESSAGES, type ReportMessages } from './messages.js';
import { REPORT_CSS } from './styles.js';

/** What `renderReportHtml` needs. */
export interface ReportInput {
  /** The city's result (a ranked one shows its rank among the peers). */
  readonly result: LosiResult & { readonly rank?: number };
  /** Results of other cities of the same edition (e.g. the rest of a national CSV): they order the quick wins. */
  readonly peers?: readonly LosiResult[];
  /** Indicator, criterion and level texts of the report's language, from `@losi/indicators/locales/<lang>`. */
  readonly locale: Locale;
  /** The static badge (`renderBadgeSvg` from `@losi/scoring/badge`), embedded as is. */
  readonly badgeSvg: string;
  /** The date printed as the report's date; default now. */
  readonly generatedAt?: Date;
  /** The level scheme the result was scored with (`--levels`); default the UN levels. */
  readonly levels?: LevelScheme;
}

/** An indicator's texts in the report's language, each with ` lang="en"` when it had to fall back to English. */
interface IndicatorTexts {
  readonly title: string;
  readonly titleLang: string;
  readonly description: string;
  readonly descriptionLang: string;
  readonly guidance: readonly string[];
  readonly guidanceLang: string;
}

const STATUS_GLYPH: Readonly<Record<IndicatorStatus, string>> = {
  // Shapes differ as well as colours, so the status reads without colour; the text says it in words.
  met: '<path d="M3 8.5l3.2 3.2L13 4.8" class="shape-off" />',
  unmet: '<path d="M4 4l8 8M12 4l-8 8" class="shape-off" />',
  na: '<path d="M3 8h10" class="shape-off" />',
  unanswered: '<circle cx="8" cy="8" r="5" class="shape-off" />',
};

/**
 * A self-contained HTML report of one result: no script, no external request (a Content-Security-Policy says so),
 * language and direction set, headings in order, a table per criterion, unmet indicators with guidance (quick wins first),
 * the level in words and as a shape, the static badge embedded, styles for dark mode and for print.
 */
export function renderReportHtml(input: ReportInput): string {
  const { result, locale } = input;
  const messages = REPORT_MESSAGES[locale.lang];
  const format = formatters(locale.lang);
  const edition = getEdition(result.edition);
  const texts = (indicator: Indicator): IndicatorTexts => {
    const text = indicatorText(locale, indicator.id, result.edition);
    // A locale may lack some texts (guidance is optional in some languages): those are English and marked so.
    const english = (field: 'title' | 'description' | 'guidance'): string => (text?.untranslated.includes(field) ? ' lang="en"' : '');
    return {
      title: text?.title ?? indicator.title,
      titleLang: english('title'),
      description: text?.description ?? indicator.description,
      descriptionLang: english('description'),
      guidance: text?.guidance ?? indicator.guidance,
      guidanceLang: english('guidance'),
    };
  };
  const cityLabel = result.city.country ? `${result.city.name} (${result.city.country})` : result.city.name;
  const title = fill(messages.documentTitle, { city: result.city.name, edition: result.edition });
  const peers = input.peers ?? [];
  const gaps = gapsWithGuidance(result, { peers });
  const generatedAt = input.generatedAt ?? new Date();

  const body = [
    '<div class="page">',
    renderHeader(fill(messages.eyebrow, { edition: result.edition }), cityLabel, result, messages, format, [
      ['result', messages.resultHeading],
      ['criteria', messages.criteriaHeading],
      ['gaps', messages.gapsHeading],
      ['indicators', messages.byCriterionHeading],
    ]),
    '<main>',
    renderSummary(input, messages, format),
    renderCriteria(result, locale, messages, format),
    renderGaps(editionGapViews(gaps, edition.indicators, texts, messages, format), peers.length > 0 ? fill(messages.gapsIntroPeers, { count: format.integer(peers.length) }) : messages.gapsIntro, messages),
    renderIndicators(result, edition.indicators, texts, locale, messages, format),
    '</main>',
    '<footer>',
    `<p>${esc(fill(messages.generated, { version: cliVersion, methodology: result.methodology, engine: result.engineVersion, date: format.date(generatedAt.toISOString().slice(0, 10)) }))}</p>`,
    `<p>${esc(messages.ownWording)}</p>`,
    `<p>${esc(input.levels ? schemeNote(input.levels, format) : levelsNote(messages, format))}</p>`,
    '</footer>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');

  return documentHtml(locale, title, body, input.badgeSvg);
}

/** The page around a report's body: language and direction, a CSP allowing only its own styles (and the badge's), by hash. */
function documentHtml(locale: Locale, title: string, body: string, badgeSvg: string): string {
  const styles = [REPORT_CSS, ...styleBlocks(badgeSvg)];
  const policy = [
    "default-src 'none'",
    `style-src ${styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`).join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  return [
    '<!doctype html>',
    `<html lang="${esc(locale.lang)}" dir="${locale.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="@losi/cli ${esc(cliVersion)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Contents of `<style>` elements in embedded SVG, which the page's CSP must allow by hash too. */
function styleBlocks(svg: string): string[] {
  return [...svg.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
}

interface Formatters {
  value(value: number): string;
  cutOff(value: number): string;
  share(value: number): string;
  integer(value: number): string;
  date(isoDate: string): string;
}

function formatters(lang: string): Formatters {
  const value = new Intl.NumberFormat(lang, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  const cutOff = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const share = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const integer = new Intl.NumberFormat(lang);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    value: (number) => value.format(roundValue(number)),
    cutOff: (number) => cutOff.format(number),
    share: (number) => share.format(number),
    integer: (number) => integer.format(number),
    date: (isoDate) => {
      const parsed = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? isoDate : date.format(parsed);
    },
  };
}

function levelsNote(messages: ReportMessages, format: Formatters): string {
  const cut = new Map(levels.map((band) => [band.id, band.min]));
  const text = (id: LevelId): string => format.cutOff(cut.get(id) ?? 0);
  return fill(messages.levelsNote, { veryHigh: text('very-high'), high: text('high'), middle: text('middle') });
}

/** The bands of a scheme given with `--levels`, in its own (English) names: what the level means in this report. */
function schemeNote(scheme: LevelScheme, format: Formatters): string {
  const bands = scheme.bands.map((band) => `${band.labels?.en ?? LEVEL_NAMES.en[band.id as LevelId] ?? band.id}: ${band.minInclusive ? 'from' : 'above'} ${format.cutOff(band.min)}`);
  return `Levels of the scheme "${scheme.name}" (${scheme.source}), not the UN levels: ${bands.join('; ')}.`;
}

/** Four ascending bars, as many filled as the level is high: the level as a shape, not only as a colour. */
function levelShape(level: LevelId): string {
  const filled = LEVEL_IDS.length - LEVEL_IDS.indexOf(level);
  const bars = [0, 1, 2, 3]
    .map((position) => {
      const height = 5 + position * 3;
      return `<rect x="${1 + position * 5}" y="${17 - height}" width="4" height="${height}" class="${position < filled ? 'shape-on' : 'shape-off'}" />`;
    })
    .join('');
  return `<svg width="22" height="18" viewBox="0 0 22 18" aria-hidden="true" focusable="false">${bars}</svg>`;
}

function statusCell(status: IndicatorStatus, messages: ReportMessages): string {
  return `<span class="status status-${status}"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${STATUS_GLYPH[status]}</svg><span class="label">${esc(messages.statuses[status])}</span></span>`;
}

/** The level in words and as a shape: a scheme's band by its name and look, else the UN level of the locale. */
function levelCell(input: ReportInput): string {
  const { result, locale } = input;
  const band = input.levels?.bands.find((candidate) => candidate.id === result.level);
  if (band) {
    const name = (band.labels as Record<string, string | undefined> | undefined)?.[locale.lang] ?? band.labels?.en ?? locale.levels[band.id as LevelId] ?? band.id;
    const lang = (band.labels as Record<string, string | undefined> | undefined)?.[locale.lang] === undefined && band.labels ? ' lang="en"' : '';
    return `<span class="level">${levelShape(band.look)}<span${lang}>${esc(name)}</span></span>`;
  }
  return `<span class="level">${levelShape(result.level as LevelId)}<span>${esc(locale.levels[result.level as LevelId])}</span></span>`;
}

/** The report's header: eyebrow, city, portal and date, and a contents list of the sections given (id, heading). */
function renderHeader(
  eyebrow: string,
  cityLabel: string,
  result: { readonly portalUrl?: string; readonly assessedAt?: string },
  messages: ReportMessages,
  format: Formatters,
  sections: readonly (readonly [string, string])[],
): string {
  return [
    '<header>',
    `<p class="eyebrow">${esc(eyebrow)}</p>`,
    `<h1>${esc(cityLabel)}</h1>`,
    result.portalUrl ? `<p class="meta">${esc(messages.portal)}: <a class="url" href="${esc(result.portalUrl)}">${esc(result.portalUrl)}</a></p>` : '',
    result.assessedAt ? `<p class="meta">${esc(fill(messages.assessedOn, { date: format.date(result.assessedAt) }))}</p>` : '',
    `<nav class="toc" aria-label="${esc(messages.contents)}"><ol>`,
    ...sections.map(([id, heading]) => `<li><a href="#${id}">${esc(heading)}</a></li>`),
    '</ol></nav>',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

function renderSummary(input: ReportInput, messages: ReportMessages, format: Formatters, methodNote?: string, peers = input.peers?.length ?? 0): string {
  const { result } = input;
  const notes: string[] = [methodNote ?? (result.mode === 'applicable-only' ? messages.applicableOnlyMethod : messages.officialMethod)];
  if (result.mode === 'official' && result.denominator !== result.total) {
    notes.push(fill(messages.customPoints, { points: format.integer(result.denominator) }));
  }
  if (result.counts.unanswered > 0) notes.push(fill(messages.incomplete, { count: format.integer(result.counts.unanswered) }));
  const facts: [string, string][] = [
    [
      messages.value,
      `<span class="value">${esc(format.value(result.value))}</span>` +
        (result.complete
          ? ''
          : ` <strong class="provisional">${esc(fill(messages.provisional, { answered: format.integer(result.answered), total: format.integer(result.total) }))}</strong>`),
    ],
    [messages.level, levelCell(input)],
    [messages.indicatorsMet, esc(fill(messages.metOf, { met: format.integer(result.counts.met), total: format.integer(result.total) }))],
    [messages.notApplicable, esc(format.integer(result.counts.na))],
    [messages.notAnswered, esc(format.integer(result.counts.unanswered))],
  ];
  if (peers > 0 && result.rank !== undefined) {
    facts.push([messages.rank, esc(fill(messages.rankOf, { rank: format.integer(result.rank), count: format.integer(peers + 1) }))]);
  }
  return [
    '<section aria-labelledby="result">',
    `<h2 id="result">${esc(messages.resultHeading)}</h2>`,
    '<div class="summary">',
    `<dl class="facts">${facts.map(([term, value]) => `<dt>${esc(term)}</dt><dd>${value}</dd>`).join('')}</dl>`,
    `<figure class="badge"><figcaption class="meta">${esc(messages.badgeHeading)}</figcaption>${input.badgeSvg.trim()}</figure>`,
    '</div>',
    ...notes.map((note) => `<p class="note">${esc(note)}</p>`),
    '</section>',
  ].join('\n');
}

function renderCriteria(result: LosiResult, locale: Locale, messages: ReportMessages, format: Formatters): string {
  const rows = CRITERION_IDS.map((id) => {
    const criterion = result.criteria[id];
    const width = Math.round(criterion.value * 1000) / 10;
    return [
      '<tr>',
      `<th scope="row"><a href="#criterion-${id}">${esc(locale.criteria[id])}</a></th>`,
      `<td class="num">${esc(format.integer(criterion.met))}</td>`,
      `<td class="num">${esc(format.integer(criterion.total))}</td>`,
      `<td class="num"><span class="valuebar">${esc(format.value(criterion.value))}<span class="bar"><svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" x="0" y="0" width="100" height="10" /><rect class="fill" x="0" y="0" width="${width}" height="10" /></svg></span></span></td>`,
      '</tr>',
    ].join('');
  });
  return [
    '<section aria-labelledby="criteria">',
    `<h2 id="criteria">${esc(messages.criteriaHeading)}</h2>`,
    '<table>',
    `<caption>${esc(messages.criteriaCaption)}</caption>`,
    `<thead><tr><th scope="col">${esc(messages.criterion)}</th><th scope="col" class="num">${esc(messages.met)}</th><th scope="col" class="num">${esc(messages.indicators)}</th><th scope="col" class="num">${esc(messages.criterionValue)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

/** One quick win as the report shows it: the indicator's texts in the report's language, and why it comes where it does. */
interface GapView {
  readonly id: string;
  readonly code: string | null;
  readonly status: IndicatorStatus;
  /** How common it is among other cities (or in the UN's figures), or empty. */
  readonly adoption: string;
  readonly text: IndicatorTexts;
}

function renderGaps(gaps: readonly GapView[], intro: string, messages: ReportMessages): string {
  const items = gaps.map(({ id, code, status, adoption, text }) =>
    [
      '<li class="gap">',
      `<h3 id="gap-${esc(id)}"><span${text.titleLang}>${esc(text.title)}</span>${code ? ` <span class="code">${esc(code)}</span>` : ''}</h3>`,
      `<p>${statusCell(status, messages)}</p>`,
      adoption ? `<p>${esc(adoption)}</p>` : '',
      text.description ? `<h4>${esc(messages.whatIsLookedFor)}</h4>` : '',
      text.description ? `<p${text.descriptionLang}>${esc(text.description)}</p>` : '',
      text.guidance.length > 0 ? `<h4>${esc(messages.steps)}</h4><ol${text.guidanceLang}>${text.guidance.map((step) => `<li>${esc(step)}</li>`).join('')}</ol>` : '',
      '</li>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<section aria-labelledby="gaps">',
    `<h2 id="gaps">${esc(messages.gapsHeading)}</h2>`,
    `<p class="note">${esc(gaps.length === 0 ? messages.noGaps : intro)}</p>`,
    items.length > 0 ? `<ol class="gaps">\n${items.join('\n')}\n</ol>` : '',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The LOSI report's quick wins: `gapsWithGuidance` with each indicator's texts in the report's language. */
function editionGapViews(
  gaps: readonly GapWithGuidance[],
  indicators: readonly Indicator[],
  texts: (indicator: Indicator) => IndicatorTexts,
  messages: ReportMessages,
  format: Formatters,
): GapView[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const english = messages === REPORT_MESSAGES.en ? '' : ' lang="en"';
  return gaps.map((gap) => {
    const indicator = byId.get(gap.id);
    const text: IndicatorTexts = indicator
      ? texts(indicator)
      : { title: gap.title, titleLang: english, description: gap.description, descriptionLang: english, guidance: gap.guidance, guidanceLang: english };
    const adoption =
      gap.adoption !== null
        ? fill(messages.adoptionPeers, { share: format.share(gap.adoption) })
        : gap.publishedAdoption !== null && indicator?.adoption
          ? fill(messages.adoptionPublished, { share: format.share(gap.publishedAdoption), cities: format.integer(indicator.adoption.cities) })
          : '';
    return { id: gap.id, code: gap.code, status: gap.status, adoption, text };
  });
}

function renderIndicators(
  result: LosiResult,
  indicators: readonly Indicator[],
  texts: (indicator: Indicator) => IndicatorTexts,
  locale: Locale,
  messages: ReportMessages,
  format: Formatters,
): string {
  const tables = CRITERION_IDS.map((id) => {
    const own = indicators.filter((indicator) => indicator.criterion === id);
    const criterion = result.criteria[id];
    const rows = own.map((indicator) => {
      const status = result.indicators[indicator.id] ?? 'unanswered';
      return `<tr><td class="num">${indicator.number}</td><td>${esc(indicator.code ?? '')}</td><th scope="row"${texts(indicator).titleLang}>${esc(texts(indicator).title)}</th><td>${statusCell(status, messages)}</td></tr>`;
    });
    return [
      `<h3 id="criterion-${id}">${esc(locale.criteria[id])} <span class="code">${esc(fill(messages.metOf, { met: format.integer(criterion.met), total: format.integer(criterion.total) }))}</span></h3>`,
      `<table aria-labelledby="criterion-${id}">`,
      `<thead><tr><th scope="col" class="num">${esc(messages.number)}</th><th scope="col">${esc(messages.code)}</th><th scope="col">${esc(messages.indicator)}</th><th scope="col">${esc(messages.status)}</th></tr></thead>`,
      `<tbody>${rows.join('\n')}</tbody>`,
      '</table>',
    ].join('\n');
  });
  return ['<section aria-labelledby="indicators">', `<h2 id="indicators">${esc(messages.byCriterionHeading)}</h2>`, ...tables, '</section>'].join('\n');
}

/**
 * The quick wins of a set's result: its indicators not met (as `gaps` counts them: unanswered too, and not applicable
 * in the official mode), those met by most of the peers first, then in the set's order. An indicator taken from the
 * edition has the catalogue's description and steps in the report's language; one of the project's own has its
 * description (English) and no steps, since none is on file.
 */
function setGapViews(
  result: SetResult<string>,
  set: IndicatorSet,
  peers: readonly SetResult<string>[],
  locale: Locale,
  messages: ReportMessages,
  format: Formatters,
  title: (indicator: IndicatorSet['indicators'][number]) => { text: string; lang: string },
): GapView[] {
  const english = locale.lang === 'en' ? '' : ' lang="en"';
  const found: { view: GapView; share: number; position: number }[] = [];
  set.indicators.forEach((indicator, position) => {
    const status = result.indicators[indicator.id] ?? 'unanswered';
    if (status === 'met' || (status === 'na' && result.mode === 'applicable-only')) return;
    let share = 0;
    let adoption = '';
    if (peers.length > 0) {
      share = peers.filter((peer) => peer.indicators[indicator.id] === 'met').length / peers.length;
      adoption = fill(messages.adoptionPeers, { share: format.share(share) });
    }
    const name = title(indicator);
    const official = indicator.official ? indicatorText(locale, indicator.official.id, set.basedOn) : undefined;
    const untranslated = (field: 'description' | 'guidance'): string => (official?.untranslated.includes(field) ? ' lang="en"' : '');
    const text: IndicatorTexts = official
      ? { title: name.text, titleLang: name.lang, description: official.description, descriptionLang: untranslated('description'), guidance: official.guidance, guidanceLang: untranslated('guidance') }
      : { title: name.text, titleLang: name.lang, description: indicator.description ?? '', descriptionLang: english, guidance: [], guidanceLang: '' };
    found.push({ view: { id: indicator.id, code: indicator.official?.code ?? null, status, adoption, text }, share, position });
  });
  found.sort((a, b) => b.share - a.share || a.position - b.position);
  return found.map((entry) => entry.view);
}

/** What `renderSetReportHtml` needs: a result of `scoreWithSet` and the set it was scored with. */
export interface SetReportInput {
  readonly result: SetResult<string> & { readonly rank?: number };
  readonly set: IndicatorSet;
  /** Other results of the same set (e.g. the rest of the file): they give the rank and order the quick wins. */
  readonly peers?: readonly SetResult<string>[];
  readonly locale: Locale;
  readonly badgeSvg: string;
  readonly generatedAt?: Date;
  /** The scheme of the level shown: the set's own bands, else `--levels`. */
  readonly levels?: LevelScheme;
}

/**
 * A self-contained HTML report of a result of a country's indicator set: headed "<set> (adapted from LOSI 2024)"
 * wherever the LOSI report names the edition, the set's groups and indicators (its titles, else the official
 * indicator's in the report's language, with the official code where there is one), and a footer saying the value
 * is not an official LOSI value. The set's own names are English (marked so in other languages).
 */
export function renderSetReportHtml(input: SetReportInput): string {
  const { result, set, locale } = input;
  const messages = REPORT_MESSAGES[locale.lang];
  const format = formatters(locale.lang);
  const english = locale.lang === 'en' ? '' : ' lang="en"';
  const adapted = `${set.name} (${BADGE_STRINGS[locale.lang].adaptedFrom} LOSI ${set.basedOn})`;
  const cityLabel = result.city.country ? `${result.city.name} (${result.city.country})` : result.city.name;
  const generatedAt = input.generatedAt ?? new Date();
  const summaryInput = {
    result: result as unknown as ReportInput['result'],
    locale,
    badgeSvg: input.badgeSvg,
    ...(input.levels ? { levels: input.levels } : {}),
  };
  const method = fill(result.mode === 'applicable-only' ? messages.setMethodApplicableOnly : messages.setMethod, {
    name: set.name,
    id: set.id,
    edition: set.basedOn,
    denominator: format.integer(result.denominator),
  });
  const peers = input.peers ?? [];
  const groupRows = set.groups.map((group) => {
    const score = result.criteria[group.id]!;
    const width = Math.round(score.value * 1000) / 10;
    return [
      '<tr>',
      `<th scope="row"><a href="#group-${esc(group.id)}"${english}>${esc(group.name)}</a></th>`,
      `<td class="num">${esc(format.integer(score.met))}</td>`,
      `<td class="num">${esc(format.integer(score.total))}</td>`,
      `<td class="num"><span class="valuebar">${esc(format.value(score.value))}<span class="bar"><svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" x="0" y="0" width="100" height="10" /><rect class="fill" x="0" y="0" width="${width}" height="10" /></svg></span></span></td>`,
      '</tr>',
    ].join('');
  });
  const title = (indicator: IndicatorSet['indicators'][number]): { text: string; lang: string } => {
    if (indicator.title !== undefined) return { text: indicator.title, lang: english };
    const official = indicator.official ? indicatorText(locale, indicator.official.id, set.basedOn) : undefined;
    return official ? { text: official.title, lang: official.untranslated.includes('title') ? ' lang="en"' : '' } : { text: indicator.id, lang: '' };
  };
  const gaps = setGapViews(result, set, peers, locale, messages, format, title);
  const groupTables = set.groups.map((group) => {
    const score = result.criteria[group.id]!;
    const own = set.indicators.filter((indicator) => indicator.group === group.id || indicator.alsoIn?.includes(group.id));
    const rows = own.map((indicator, position) => {
      const status = result.indicators[indicator.id] ?? 'unanswered';
      const name = title(indicator);
      return `<tr><td class="num">${position + 1}</td><td>${esc(indicator.official?.code ?? '')}</td><th scope="row"${name.lang}>${esc(name.text)}</th><td>${statusCell(status, messages)}</td></tr>`;
    });
    return [
      `<h3 id="group-${esc(group.id)}"><span${english}>${esc(group.name)}</span> <span class="code">${esc(fill(messages.metOf, { met: format.integer(score.met), total: format.integer(score.total) }))}</span></h3>`,
      `<table aria-labelledby="group-${esc(group.id)}">`,
      `<thead><tr><th scope="col" class="num">${esc(messages.number)}</th><th scope="col">${esc(messages.code)}</th><th scope="col">${esc(messages.indicator)}</th><th scope="col">${esc(messages.status)}</th></tr></thead>`,
      `<tbody>${rows.join('\n')}</tbody>`,
      '</table>',
    ].join('\n');
  });
  const body = [
    '<div class="page">',
    renderHeader(adapted, cityLabel, result, messages, format, [
      ['result', messages.resultHeading],
      ['criteria', messages.criteriaHeading],
      ['gaps', messages.gapsHeading],
      ['indicators', messages.byCriterionHeading],
    ]),
    '<main>',
    // The value is the set's, not a LOSI value: "Value", not "LOSI value".
    renderSummary(summaryInput, { ...messages, value: messages.criterionValue }, format, method, peers.length),
    '<section aria-labelledby="criteria">',
    `<h2 id="criteria">${esc(messages.criteriaHeading)}</h2>`,
    '<table>',
    `<caption>${esc(messages.criteriaCaption)}</caption>`,
    `<thead><tr><th scope="col">${esc(messages.criterion)}</th><th scope="col" class="num">${esc(messages.met)}</th><th scope="col" class="num">${esc(messages.indicators)}</th><th scope="col" class="num">${esc(messages.criterionValue)}</th></tr></thead>`,
    `<tbody>${groupRows.join('\n')}</tbody>`,
    '</table>',
    '</section>',
    renderGaps(gaps, peers.length > 0 ? fill(messages.gapsIntroPeers, { count: format.integer(peers.length) }) : messages.setGapsIntro, messages),
    '<section aria-labelledby="indicators">',
    `<h2 id="indicators">${esc(messages.byCriterionHeading)}</h2>`,
    ...groupTables,
    '</section>',
    '</main>',
    '<footer>',
    `<p>${esc(fill(messages.generated, { version: cliVersion, methodology: `${result.methodology}, methodology version ${result.methodologyVersion}, indicator set ${set.id}`, engine: result.engineVersion, date: format.date(generatedAt.toISOString().slice(0, 10)) }))}</p>`,
    `<p>${esc(fill(messages.setNotOfficial, { adapted }))}</p>`,
    `<p>${esc(input.levels ? schemeNote(input.levels, format) : levelsNote(messages, format))}</p>`,
    '</footer>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
  return documentHtml(locale, `${result.city.name}: ${adapted}`, body, input.badgeSvg);
}
