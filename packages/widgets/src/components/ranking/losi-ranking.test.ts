import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CRITERION_LABELS, LEVEL_IDS, LEVEL_NAMES } from '@losi/indicators/labels';
import { getStructure, type Answer, type Assessment } from '@losi/indicators/structure';
import { ARGENTINE_MUNICIPAL_LEVELS, rank, score, scoreMany, summarize, type LosiResult } from '@losi/scoring';
import { expectAccessibleInAllModes, expectAxeClean } from '../../../test/axe.js';
import { captureConsole } from '../../../test/console.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { emulateMedia } from '../../../test/media.js';
import type { LosiRanking } from './losi-ranking.js';
import './losi-ranking.js';

const IDS = getStructure('2024')!.criteria.flatMap((criterion) => criterion.indicators);
const CRITERION_IDS_LAST = getStructure('2024')!.criteria.at(-1)!.id;

/** A fictional 2024 assessment with `yes` for the given indicators. */
function city(name: string, yes: readonly string[]): Assessment {
  const answers: Record<string, Answer> = {};
  for (const id of yes) answers[id] = 'yes';
  return { schemaVersion: 1, edition: '2024', city: { name, country: 'XXA' }, answers };
}

/** Five fictional cities: Amberton and Birchley tie (80 met each, different criteria), then one per lower level. */
const ASSESSMENTS: readonly Assessment[] = [
  city('Cedarbrook', IDS.slice(0, 50)),
  city('Birchley', IDS.slice(-80)),
  city('Elmstead', IDS.slice(0, 10)),
  city('Amberton', IDS.slice(0, 80)),
  city('Dovercourt', IDS.slice(0, 30)),
];

function cities(ranking: LosiRanking): string[] {
  return [...shadow(ranking).querySelectorAll('.body [role="rowheader"] .city-name')].map((cell) => cell.textContent!);
}

function ranks(ranking: LosiRanking): string[] {
  return [...shadow(ranking).querySelectorAll('.body [role="cell"].rank')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
}

function sortedHeaders(ranking: LosiRanking): string[] {
  return [...shadow(ranking).querySelectorAll('[role="columnheader"][aria-sort]')].map((header) => `${header.className}:${header.getAttribute('aria-sort')}`);
}

function sortButton(ranking: LosiRanking, key: string): HTMLButtonElement {
  return part<HTMLButtonElement>(ranking, `button[data-sort="${key}"]`);
}

/** `count` fictional results, every tenth one incomplete (provisional); the rank follows the index. */
function manyResults(count: number): LosiResult[] {
  const assessments = Array.from({ length: count }, (_, index): Assessment => {
    const met = 95 - Math.floor((index * 95) / count);
    const answers: Record<string, Answer> = {};
    IDS.forEach((id, position) => {
      if (index % 10 === 9 && position >= 50) return;
      answers[id] = position < met ? 'yes' : 'no';
    });
    return { schemaVersion: 1, edition: '2024', city: { name: `City ${String(index).padStart(5, '0')}`, country: 'XXA' }, answers };
  });
  return scoreMany(assessments).flatMap((entry) => (entry.ok ? [entry.result] : []));
}

const renderedRows = (ranking: LosiRanking) => [...shadow(ranking).querySelectorAll<HTMLElement>('.body [role="row"]')];
const rowIndexes = (ranking: LosiRanking) => renderedRows(ranking).map((row) => Number(row.getAttribute('aria-rowindex')));
const focusedRow = (ranking: LosiRanking) => (shadow(ranking).activeElement as HTMLElement | null)?.getAttribute('aria-rowindex');

describe('<losi-ranking>', () => {
  it('scores and ranks assessments with @losi/scoring, ties sharing a rank and marked as tied', async () => {
    const ranking = await fixture<LosiRanking>(html`<losi-ranking .assessments=${ASSESSMENTS}></losi-ranking>`);
    expect(cities(ranking)).toEqual(['Amberton', 'Birchley', 'Cedarbrook', 'Dovercourt', 'Elmstead']);
    expect(ranks(ranking)).toEqual(['1 (tied)', '1 (tied)', '3', '4', '5']);
    expect(sortedHeaders(ranking)).toEqual(['column-rank:ascending']);
    expect(part(ranking, '.caption').textContent).toBe('LOSI 2024 ranking');
    const first = part(ranking, '.body [role="row"]');
    const result = score(ASSESSMENTS[3]!);
    // These fictional assessments answer only their "yes" indicators: provisional.
    expect(first.querySelector('.value')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(`${result.value.toFixed(2)} provisional: 80 of 95 answered`);
    expect(first.querySelector('.level')!.textContent!.trim()).toBe(LEVEL_NAMES.en[result.level]);
    expect([...first.querySelectorAll('.criterion')].map((cell) => cell.textContent)).toEqual(
      getStructure('2024')!.criteria.map((criterion) => result.criteria[criterion.id].value.toFixed(2)),
    );
    expect(part(ranking, '.count').textContent).toBe('Cities shown: 5 of 5');
  });

  it('shows the level distribution and statistics from summarize()', async () => {
    const ranking = await fixture<LosiRanking>(html`<losi-ranking .results=${ASSESSMENTS.map((assessment) => score(assessment))}></losi-ranking>`);
    const summary = summarize(ASSESSMENTS.map((assessment) => score(assessment)));
    const items = [...shadow(ranking).querySelectorAll('.distribution li')];
    expect(items.map((item) => item.getAttribute('data-level'))).toEqual([...LEVEL_IDS]);
    for (const item of items) {
      const level = item.getAttribute('data-level') as (typeof LEVEL_IDS)[number];
      const cities = summary.levels[level];
      expect(item.querySelector('.level-name')!.textContent).toBe(LEVEL_NAMES.en[level]);
      expect(item.querySelector('.level-count')!.textContent).toBe(`${cities} (${Math.round((cities / 5) * 100)}%)`);
    }
    expect(part(ranking, 'figure').getAttribute('aria-labelledby')).toBe('distribution-caption');
    expect(part(ranking, '.statistics').textContent!.replace(/\s+/g, ' ')).toContain(`Mean ${summary.mean!.toFixed(2)}`);
    expect(part(ranking, '.statistics').textContent!.replace(/\s+/g, ' ')).toContain(`Median ${summary.median!.toFixed(2)}`);
  });

  it('sorts by every column with buttons in the headers, toggling the direction, and says so with aria-sort', async () => {
    const ranking = await fixture<LosiRanking>(html`<losi-ranking .assessments=${ASSESSMENTS}></losi-ranking>`);
    await userEvent.click(sortButton(ranking, 'city'));
    await settled(ranking);
    expect(cities(ranking)).toEqual(['Amberton', 'Birchley', 'Cedarbrook', 'Dovercourt', 'Elmstead']);
    expect(sortedHeaders(ranking)).toEqual(['column-city:ascending']);
    await userEvent.click(sortButton(ranking, 'city'));
    await settled(ranking);
    expect(cities(ranking)).toEqual(['Elmstead', 'Dovercourt', 'Cedarbrook', 'Birchley', 'Amberton']);
    expect(sortedHeaders(ranking)).toEqual(['column-city:descending']);
    expect(ranking.sort).toBe('city');
    expect(ranking.direction).toBe('descending');

    // A measure starts with the highest; equal values keep rank order.
    await userEvent.click(sortButton(ranking, 'value'));
    await settled(ranking);
    expect(sortedHeaders(ranking)).toEqual(['column-value:descending']);
    expect(cities(ranking)).toEqual(['Amberton', 'Birchley', 'Cedarbrook', 'Dovercourt', 'Elmstead']);
    await userEvent.click(sortButton(ranking, 'value'));
    await settled(ranking);
    expect(cities(ranking)).toEqual(['Elmstead', 'Dovercourt', 'Cedarbrook', 'Amberton', 'Birchley']);

    // By a criterion: Birchley's yes answers are the last 80, so it leads on technology.
    await userEvent.click(sortButton(ranking, 'technology'));
    await settled(ranking);
    expect(sortedHeaders(ranking)).toEqual(['column-technology:descending']);
    expect(cities(ranking)[0]).toBe('Birchley');
    expect(sortButton(ranking, 'technology').textContent!.trim()).toBe(CRITERION_LABELS.en.technology);
  });

  it('sorts with the keyboard alone (Tab to a header button, Enter or Space)', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><button type="button" id="before">Before</button><losi-ranking .assessments=${ASSESSMENTS}></losi-ranking></div>`,
    );
    const ranking = container.querySelector('losi-ranking')!;
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    const focused = () => shadow(ranking).activeElement as HTMLElement | null;
    for (let presses = 0; presses < 20 && focused()?.dataset.sort !== 'city'; presses++) await userEvent.keyboard('{Tab}');
    expect(focused()?.dataset.sort).toBe('city');
    await userEvent.keyboard('{Enter}');
    await settled(ranking);
    expect(sortedHeaders(ranking)).toEqual(['column-city:ascending']);
    await userEvent.keyboard(' ');
    await settled(ranking);
    expect(sortedHeaders(ranking)).toEqual(['column-city:descending']);
    expect(focused()?.dataset.sort).toBe('city');
  });

  it('filters by level, with the number of cities shown', async () => {
    const ranking = await fixture<LosiRanking>(html`<losi-ranking .assessments=${ASSESSMENTS}></losi-ranking>`);
    const select = part<HTMLSelectElement>(ranking, 'select');
    expect(shadow(ranking).querySelector('label[for="level-filter"]')!.textContent).toBe('Show level');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'All levels (5)',
      'Very High (2)',
      'High (1)',
      'Middle (1)',
      'Low (1)',
    ]);
    await userEvent.selectOptions(select, 'very-high');
    await settled(ranking);
    expect(ranking.level).toBe('very-high');
    expect(cities(ranking)).toEqual(['Amberton', 'Birchley']);
    expect(ranks(ranking)).toEqual(['1 (tied)', '1 (tied)']);
    const count = part(ranking, '.count');
    expect(count.getAttribute('role')).toBe('status');
    expect(count.textContent).toBe('Cities shown: 2 of 5');
    ranking.level = 'middle';
    await settled(ranking);
    expect(cities(ranking)).toEqual(['Dovercourt']);
    expect(ranks(ranking)).toEqual(['4']);
  });

  it('lists assessments that could not be scored apart, and ranks the others', async () => {
    const broken = { ...city('Faultry', []), answers: { 'official-portal': 'maybe' } } as unknown as Assessment;
    const ranking = await fixture<LosiRanking>(html`<losi-ranking .assessments=${[...ASSESSMENTS, broken]}></losi-ranking>`);
    expect(cities(ranking)).toHaveLength(5);
    const unranked = part(ranking, '[part="unranked"]');
    expect(unranked.querySelector('li')!.textContent).toMatch(/^Faultry answers\.official-portal: an answer is "yes", "no" or "na"/);
  });

  it('marks the value of an incomplete assessment provisional with the count answered, beside complete ones', async () => {
    const complete: Assessment = { ...city('Fullham', IDS.slice(0, 60)), answers: Object.fromEntries(IDS.map((id, index) => [id, index < 60 ? 'yes' : 'no'])) };
    const ranking = await fixture<LosiRanking>(html`<losi-ranking .assessments=${[complete, city('Partway', IDS.slice(0, 5))]}></losi-ranking>`);
    const rows = [...shadow(ranking).querySelectorAll('.body [role="row"]')];
    const cell = (name: string) => rows.find((row) => row.querySelector('.city')!.textContent!.includes(name))!.querySelector('.value')!;
    expect(cell('Partway').querySelector('.provisional')!.textContent).toBe('provisional: 5 of 95 answered');
    expect(cell('Fullham').querySelector('.provisional')).toBeNull();
  });

  it('says when the table is wider than its box, with a scroll shadow, and drops the hint when it fits', async () => {
    const box = await fixture<HTMLDivElement>(html`<div class="narrow"><losi-ranking .assessments=${ASSESSMENTS}></losi-ranking></div>`);
    box.style.setProperty('inline-size', '420px');
    const ranking = box.querySelector('losi-ranking')!;
    await expect.poll(() => shadow(ranking).querySelector('.scroll-hint')?.textContent).toBe(
      'The table is wider than this space: scroll it sideways to see every column.',
    );
    const wrap = part(ranking, '.table-wrap');
    expect(wrap.scrollWidth).toBeGreaterThan(wrap.clientWidth);
    expect(wrap.getAttribute('aria-describedby')).toBe('scroll-hint');
    expect(wrap.tabIndex).toBe(0);
    expect(getComputedStyle(wrap).backgroundImage).toContain('gradient');
    box.style.setProperty('inline-size', '3000px');
    box.style.setProperty('--losi-ranking-max-inline-size', 'none');
    await expect.poll(() => shadow(ranking).querySelector('.scroll-hint')).toBeNull();
  });

  it('reads results given as a JSON attribute', async () => {
    const results = ASSESSMENTS.slice(0, 2).map((assessment) => score(assessment));
    const ranking = await fixture<LosiRanking>(html`<losi-ranking results=${JSON.stringify(results)}></losi-ranking>`);
    expect(cities(ranking)).toEqual(['Birchley', 'Cedarbrook']);
  });

  it('says when there is nothing to rank', async () => {
    const ranking = await fixture<LosiRanking>(html`<losi-ranking></losi-ranking>`);
    expect(part(ranking, '.empty').textContent).toBe('There are no results to rank.');
  });

  it('speaks the language of its ancestors, right-to-left in Arabic', async () => {
    const ranking = await fixture<LosiRanking>(html`<losi-ranking .assessments=${ASSESSMENTS}></losi-ranking>`, { lang: 'ar' });
    expect(part(ranking, '[part="base"]').dir).toBe('rtl');
    expect(sortButton(ranking, 'rank').textContent!.trim()).toBe('المرتبة');
    expect(ranks(ranking)[0]).toMatch(/مكرر/);
    ranking.lang = 'fr';
    await settled(ranking);
    expect(part(ranking, '.caption').textContent).toBe('Classement LOSI 2024');
    expect(ranks(ranking)[0]).toBe('1 (ex æquo)');
    expect(part(ranking, '.statistics').textContent).toMatch(/Moyenne \d,\d\d/);
  });

  it.each([
    ['results', 'not-json', /the results attribute is not valid JSON/],
    ['results', '{"value": 1}', /results must be an array of LOSI results/],
    ['results', '[{"value": 2}]', /results\[0\]\.value must be a number from 0 to 1/],
    ['level', 'top', /level must be "very-high", "high", "middle" or "low"/],
    ['sort', 'population', /sort must be "rank", "city", "value", "level", /],
    ['direction', 'up', /direction must be "ascending" or "descending"/],
  ])('shows an error, warns once and fires losi-error for %s=%s', async (attribute, bad, message) => {
    const errors: string[] = [];
    let ranking: LosiRanking | undefined;
    const logs = await captureConsole(async () => {
      ranking = await fixture<LosiRanking>(html`<losi-ranking></losi-ranking>`);
      ranking.addEventListener('losi-error', (event) => errors.push(event.detail.message));
      ranking.setAttribute(attribute, bad);
      await settled(ranking);
    });
    expect(part(ranking!, '[role="alert"]').textContent).toMatch(message);
    expect(logs.warn).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(ranking!.matches(':state(invalid)')).toBe(true);
  });

  it('refuses results of different editions and both results and assessments at once', async () => {
    const mixed = [score(ASSESSMENTS[0]!), score({ schemaVersion: 1, edition: '2022', city: { name: 'Older' }, answers: {} })];
    let ranking: LosiRanking | undefined;
    const logs = await captureConsole(async () => {
      ranking = await fixture<LosiRanking>(html`<losi-ranking .results=${mixed}></losi-ranking>`);
    });
    expect(part(ranking!, '[role="alert"]').textContent).toMatch(/results\[1\]\.edition: results mix editions 2024 and 2022/);
    const both = await captureConsole(async () => {
      ranking = await fixture<LosiRanking>(html`<losi-ranking .results=${[]} .assessments=${[]}></losi-ranking>`);
    });
    expect(part(ranking!, '[role="alert"]').textContent).toMatch(/give results or assessments, not both/);
    expect([...logs.warn, ...both.warn]).toHaveLength(2);
  });

  it('follows dark mode and forced colours and renders no inline styles', async () => {
    const ranking = await fixture<LosiRanking>(html`<losi-ranking .assessments=${ASSESSMENTS}></losi-ranking>`);
    const base = part(ranking, '[part="base"]');
    const light = getComputedStyle(base).backgroundColor;
    ranking.theme = 'dark';
    await settled(ranking);
    expect(getComputedStyle(base).backgroundColor).not.toBe(light);
    await emulateMedia({ forcedColors: 'active' });
    const fill = part(ranking, '.distribution .fill');
    expect(getComputedStyle(fill).fill).toBe(getComputedStyle(base).color);
    // The virtualizer places the rows through CSSOM (`element.style`), which a strict CSP allows; nothing else
    // carries a style attribute, and no template writes one.
    const styled = [...shadow(ranking).querySelectorAll('[style]')].filter((element) => !element.matches('.body, .body > *'));
    expect(styled).toHaveLength(0);
  });

  it('passes axe (WCAG 2.2 AA) in light, dark and Arabic', async () => {
    await expectAccessibleInAllModes(() => html`<losi-ranking .assessments=${ASSESSMENTS}></losi-ranking>`);
  });
  describe('with 10,000 cities', () => {
    const RESULTS = manyResults(10_000);
    // The table's own order: by rank, ties by city name.
    const ORDER = rank(RESULTS)
      .sort((a, b) => a.rank - b.rank || a.city!.name.localeCompare(b.city!.name, 'en'))
      .map((result) => result.city!.name);
    const DESCENDING = rank(RESULTS)
      .sort((a, b) => b.rank - a.rank || a.city!.name.localeCompare(b.city!.name, 'en'))
      .map((result) => result.city!.name);

    it('renders only the rows in view, as a table with aria-rowcount and the aria-rowindex of each row', async () => {
      const ranking = await fixture<LosiRanking>(html`<losi-ranking .results=${RESULTS}></losi-ranking>`);
      const table = part(ranking, '[role="table"]');
      expect(table.getAttribute('aria-rowcount')).toBe('10001');
      expect(table.getAttribute('aria-labelledby')).toBe('caption');
      expect(part(ranking, '.head [role="row"]').getAttribute('aria-rowindex')).toBe('1');
      expect(shadow(ranking).querySelectorAll('.head [role="columnheader"]')).toHaveLength(4 + 5);
      const rows = renderedRows(ranking);
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.length).toBeLessThan(150);
      const indexes = rowIndexes(ranking);
      expect(indexes[0]).toBe(2);
      expect(indexes).toEqual(indexes.map((_, offset) => 2 + offset));
      expect(rows.map((row) => row.querySelector('[role="rowheader"] .city-name')!.textContent)).toEqual(ORDER.slice(0, rows.length));
      for (const row of rows) expect(row.querySelectorAll('[role="cell"]')).toHaveLength(3 + 5);
      // Every tenth city is incomplete: its value says provisional with the count answered.
      const incomplete = (row: HTMLElement) => row.querySelector('.city-name')!.textContent!.endsWith('9');
      for (const row of rows) expect(row.querySelector('.provisional') !== null).toBe(incomplete(row));
      expect(part(ranking, '.count').textContent).toBe('Cities shown: 10,000 of 10,000');

      // Scrolled to the end, the last cities are rendered with their own row indexes, the first ones are gone.
      const wrap = part(ranking, '.table-wrap');
      // Row heights are estimated until measured (provisional rows are taller), so the end may move: scroll again.
      await expect
        .poll(() => {
          wrap.scrollTop = wrap.scrollHeight;
          return rowIndexes(ranking).at(-1);
        })
        .toBe(10_001);
      expect(rowIndexes(ranking)[0]).toBeGreaterThan(9000);
      expect(renderedRows(ranking).at(-1)!.querySelector('.city-name')!.textContent).toBe(ORDER.at(-1));
      const last = renderedRows(ranking).find((row) => row.querySelector('.city-name')!.textContent === 'City 09999')!;
      expect(last.querySelector('.provisional')!.textContent).toBe('provisional: 50 of 95 answered');
      await expectAxeClean(ranking);
    });

    it('sorts all 10,000 by a header and starts again from the top', async () => {
      const ranking = await fixture<LosiRanking>(html`<losi-ranking .results=${RESULTS}></losi-ranking>`);
      await userEvent.click(sortButton(ranking, 'rank'));
      await settled(ranking);
      expect(sortedHeaders(ranking)).toEqual(['column-rank:descending']);
      expect(renderedRows(ranking)[0]!.querySelector('.city-name')!.textContent).toBe(DESCENDING[0]);
      expect(rowIndexes(ranking)[0]).toBe(2);
    });

    it('moves the focus between rows with the keyboard, across rows not yet rendered, and keeps it when they scroll away', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div><button type="button" id="before">Before</button><losi-ranking .results=${RESULTS}></losi-ranking></div>`,
      );
      const ranking = container.querySelector('losi-ranking')!;
      const headers = shadow(ranking).querySelectorAll<HTMLButtonElement>('.sort');
      headers[headers.length - 1]!.focus();
      // Tab from the last header goes to the first row (one tab stop for all rows), not through 10,000 of them.
      await userEvent.keyboard('{Tab}');
      expect(focusedRow(ranking)).toBe('2');
      await userEvent.keyboard('{ArrowDown}');
      await expect.poll(() => focusedRow(ranking)).toBe('3');
      await userEvent.keyboard('{PageDown}');
      await expect.poll(() => focusedRow(ranking)).toBe('13');
      await userEvent.keyboard('{End}');
      await expect.poll(() => focusedRow(ranking)).toBe('10001');
      expect(shadow(ranking).activeElement!.querySelector('.city-name')!.textContent).toBe(ORDER.at(-1));
      await userEvent.keyboard('{ArrowUp}');
      await expect.poll(() => focusedRow(ranking)).toBe('10000');
      await userEvent.keyboard('{Home}');
      await expect.poll(() => focusedRow(ranking)).toBe('2');
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect((shadow(ranking).activeElement as HTMLElement).dataset.sort).toBe(CRITERION_IDS_LAST);

      // Scrolling the focused row out of the document hands the focus to the table's box, never to the page.
      await userEvent.keyboard('{Tab}');
      expect(focusedRow(ranking)).toBe('2');
      const wrap = part(ranking, '.table-wrap');
      wrap.scrollTop = wrap.scrollHeight / 2;
      await expect.poll(() => rowIndexes(ranking)[0]).toBeGreaterThan(1000);
      await expect.poll(() => shadow(ranking).activeElement?.className).toBe('table-wrap');
      expect(document.activeElement).toBe(ranking);
      // Tab from the headers now lands on a row in view.
      headers[headers.length - 1]!.focus();
      await userEvent.keyboard('{Tab}');
      expect(Number(focusedRow(ranking))).toBeGreaterThan(1000);
    });
  });

  it('shows the bands of another level scheme (levels), in the distribution, the filter and the level column', async () => {
    const ranking = await fixture<LosiRanking>(
      html`<losi-ranking .levels=${ARGENTINE_MUNICIPAL_LEVELS} .assessments=${ASSESSMENTS}></losi-ranking>`,
      { lang: 'es' },
    );
    const items = [...shadow(ranking).querySelectorAll('.distribution li')];
    expect(items.map((item) => item.getAttribute('data-level'))).toEqual(['above-80', 'above-60', 'above-40', 'up-to-40']);
    expect(items.map((item) => item.querySelector('.level-name')!.textContent)).toEqual(['Más del 80 %', 'Del 60 al 80 %', 'Del 40 al 60 %', 'Hasta el 40 %']);
    // Each band is drawn with the UN level it borrows.
    expect(items.map((item) => item.className)).toEqual(['level-very-high', 'level-high', 'level-middle', 'level-low']);
    const levelCells = () => renderedRows(ranking).map((row) => row.querySelector('.level')!.textContent!.trim());
    // Amberton and Birchley meet 80 of 95 (0.84): above 80 %; Cedarbrook 50 (0.53): 40 to 60 %.
    expect(levelCells().slice(0, 3)).toEqual(['Más del 80 %', 'Más del 80 %', 'Del 40 al 60 %']);
    const select = part<HTMLSelectElement>(ranking, 'select');
    expect([...select.options].map((option) => option.value)).toEqual(['', 'above-80', 'above-60', 'above-40', 'up-to-40']);
    await userEvent.selectOptions(select, 'above-80');
    await settled(ranking);
    expect(cities(ranking)).toEqual(['Amberton', 'Birchley']);
    // Sorted by level, the highest band comes first.
    ranking.level = '';
    await settled(ranking);
    await userEvent.click(sortButton(ranking, 'level'));
    await settled(ranking);
    expect(levelCells()[0]).toBe('Más del 80 %');
    expect(levelCells().at(-1)).toBe('Hasta el 40 %');

    // A level of the UN's scheme is not one of this scheme's bands.
    const logs = await captureConsole(async () => {
      ranking.level = 'high';
      await settled(ranking);
    });
    expect(part(ranking, '[role="alert"]').textContent).toMatch(/level must be "above-80", "above-60", "above-40" or "up-to-40"/);
    expect(logs.warn).toHaveLength(1);
  });

  it('ranks results scored with a level scheme, and refuses them without it', async () => {
    const results = scoreMany([...ASSESSMENTS], { levels: ARGENTINE_MUNICIPAL_LEVELS }).flatMap((entry) => (entry.ok ? [entry.result] : []));
    const ranking = await fixture<LosiRanking>(html`<losi-ranking .levels=${ARGENTINE_MUNICIPAL_LEVELS} .results=${results}></losi-ranking>`);
    expect(cities(ranking)).toEqual(['Amberton', 'Birchley', 'Cedarbrook', 'Dovercourt', 'Elmstead']);
    expect(part(ranking, '[data-level="above-80"] .level-count').textContent).toBe('2 (40%)');
    const logs = await captureConsole(async () => {
      ranking.levels = undefined;
      await settled(ranking);
    });
    expect(part(ranking, '[role="alert"]').textContent).toMatch(/results\[0\]\.level/);
    expect(logs.warn).toHaveLength(1);
  });
});
