import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CRITERION_LABELS } from '@losi/indicators/labels';
import { getIndicator, loadLocale } from '@losi/indicators';
import { getStructure } from '@losi/indicators/structure';
import { EXAMPLE_INDICATOR_SET as SET } from '@losi/indicators/indicator-set';
import { ARGENTINE_MUNICIPAL_LEVELS } from '@losi/scoring';
import { expectAccessibleInAllModes } from '../../../test/axe.js';
import { captureConsole } from '../../../test/console.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { emulateMedia } from '../../../test/media.js';
import type { LosiCatalogue } from './losi-catalogue.js';
import './losi-catalogue.js';

const STRUCTURE = getStructure('2024')!;

function shownIds(catalogue: LosiCatalogue): string[] {
  return [...shadow(catalogue).querySelectorAll<HTMLElement>('article.indicator')].map((article) => article.dataset.id!);
}

function count(catalogue: LosiCatalogue): string {
  return part(catalogue, '.count').textContent!.trim();
}

describe('<losi-catalogue>', () => {
  it('lists every indicator of the edition, grouped by criterion, with headings and codes', async () => {
    const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue></losi-catalogue>`);
    expect(shownIds(catalogue)).toEqual(STRUCTURE.criteria.flatMap((criterion) => criterion.indicators));
    expect(count(catalogue)).toBe('Indicators shown: 95 of 95');
    const headings = [...shadow(catalogue).querySelectorAll('.criterion-heading')];
    expect(headings.map((heading) => heading.getAttribute('aria-level'))).toEqual(['2', '2', '2', '2', '2']);
    expect(headings[0]!.textContent!.replace(/\s+/g, ' ').trim()).toBe(`${CRITERION_LABELS.en['institutional-framework']} (8)`);
    const first = part(catalogue, 'article.indicator');
    const english = getIndicator('official-portal', '2024')!;
    expect(first.querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe('3');
    expect(first.querySelector('[role="heading"]')!.textContent).toBe(english.title);
    expect(first.querySelector('.code')!.textContent).toBe(`Code ${english.code}`);
    expect(first.querySelector('.description')!.textContent).toBe(english.description);
  });

  it('searches titles, descriptions and guidance by every word typed, ignoring case, and announces the count once typing pauses', async () => {
    const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue></losi-catalogue>`);
    const field = part<HTMLInputElement>(catalogue, 'input[type="search"]');
    expect(shadow(catalogue).querySelector('label[for="query"]')!.textContent).toBe('Search');
    expect(part(catalogue, '[role="search"]').getAttribute('aria-label')).toBe('Search the indicators');
    await userEvent.fill(field, 'OPEN data');
    await settled(catalogue);
    expect(catalogue.query).toBe('OPEN data');
    const ids = shownIds(catalogue);
    expect(ids).toEqual(expect.arrayContaining(['open-data-provision', 'open-data-metadata']));
    for (const id of ids) {
      const indicator = getIndicator(id, '2024')!;
      const text = [indicator.title, indicator.description, indicator.rationale, ...indicator.guidance, ...indicator.cases.map((c) => c.note)]
        .join(' ')
        .toLowerCase();
      expect(text.includes('open') && text.includes('data'), id).toBe(true);
    }
    expect(count(catalogue)).toBe(`Indicators shown: ${ids.length} of 95`);
    const announcer = part(catalogue, '#announcer');
    await vi.waitFor(() => expect(announcer.textContent).toBe(`Indicators shown: ${ids.length} of 95`), { timeout: 2000 });

    await userEvent.fill(field, 'privacy policy');
    await settled(catalogue);
    expect(shownIds(catalogue)).toContain('privacy-policy');
    await userEvent.fill(field, 'zzzz-no-such-word');
    await settled(catalogue);
    expect(shownIds(catalogue)).toEqual([]);
    expect(part(catalogue, '.none').textContent).toBe('No indicator matches this search.');
  });

  it('filters by criterion, alone and with a search', async () => {
    const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue></losi-catalogue>`);
    const select = part<HTMLSelectElement>(catalogue, 'select');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'All criteria',
      ...STRUCTURE.criteria.map((criterion) => CRITERION_LABELS.en[criterion.id]),
    ]);
    await userEvent.selectOptions(select, 'technology');
    await settled(catalogue);
    expect(catalogue.criterion).toBe('technology');
    expect(shownIds(catalogue)).toEqual(STRUCTURE.criteria.find((criterion) => criterion.id === 'technology')!.indicators);
    expect(shadow(catalogue).querySelectorAll('section.criterion')).toHaveLength(1);

    catalogue.query = 'search';
    await settled(catalogue);
    const ids = shownIds(catalogue);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => getIndicator(id, '2024')!.criterion === 'technology')).toBe(true);
    expect(ids).toContain('internal-search');
  });

  it('takes its search and criterion from attributes', async () => {
    const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue query="tax" criterion="services-provision"></losi-catalogue>`);
    expect(part<HTMLInputElement>(catalogue, 'input[type="search"]').value).toBe('tax');
    expect(part<HTMLSelectElement>(catalogue, 'select').value).toBe('services-provision');
    expect(shownIds(catalogue)).toContain('online-tax-filing');
    expect(shownIds(catalogue).every((id) => getIndicator(id, '2024')!.criterion === 'services-provision')).toBe(true);
  });

  it('shows why it matters, the steps and the good-practice cases in an expandable block', async () => {
    const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue query="heads of departments"></losi-catalogue>`);
    const article = part(catalogue, 'article[data-id="heads-of-departments-and-contacts"]');
    const details = article.querySelector('details')!;
    expect(details.open).toBe(false);
    details.querySelector('summary')!.click();
    expect(details.open).toBe(true);
    const indicator = getIndicator('heads-of-departments-and-contacts', '2024')!;
    expect(details.textContent).toContain(indicator.rationale);
    expect([...details.querySelectorAll(':scope .guidance-body > ol > li')].map((item) => item.textContent)).toEqual(indicator.guidance);
    const cases = [...details.querySelectorAll('.cases li')];
    expect(cases).toHaveLength(indicator.cases.length);
    expect(cases[0]!.textContent).toContain(indicator.cases[0]!.city);
    expect(cases[0]!.querySelector('[lang="en"]')!.textContent).toBe(indicator.cases[0]!.note);
  });

  it('switches language with its lang or its ancestor: texts from the locale, criterion names, right-to-left Arabic, accent-insensitive search', async () => {
    const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue></losi-catalogue>`, { lang: 'fr' });
    const french = await loadLocale('fr');
    const title = () => part(catalogue, 'article.indicator [role="heading"]').textContent;
    expect(title()).toBe(french.indicators['official-portal']!.title);
    expect(part(catalogue, '.criterion-heading').textContent).toContain(CRITERION_LABELS.fr['institutional-framework']);
    expect(count(catalogue)).toBe('Indicateurs affichés : 95 sur 95');
    catalogue.query = 'reseaux SOCIAUX';
    await settled(catalogue);
    expect(shownIds(catalogue)).toContain('social-networking-features');

    catalogue.query = '';
    catalogue.parentElement!.lang = 'ar';
    await settled(catalogue);
    const arabic = await loadLocale('ar');
    expect(part(catalogue, '[part="base"]').dir).toBe('rtl');
    expect(title()).toBe(arabic.indicators['official-portal']!.title);
    expect(part(catalogue, 'label[for="query"]').textContent).toBe('بحث');

    catalogue.lang = 'zh';
    await settled(catalogue);
    const chinese = await loadLocale('zh');
    expect(part(catalogue, '[part="base"]').dir).toBe('ltr');
    expect(title()).toBe(chinese.indicators['official-portal']!.title);
  });

  it('browses the partial 2022 catalogue', async () => {
    const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue edition="2022"></losi-catalogue>`);
    const ids = getStructure('2022')!.criteria.flatMap((criterion) => criterion.indicators);
    expect(shownIds(catalogue)).toEqual(ids);
    expect(count(catalogue)).toBe(`Indicators shown: ${ids.length} of ${ids.length}`);
  });

  it.each([
    ['criterion', 'security', /criterion must be "institutional-framework", .* or "technology", got "security"/],
    ['edition', '2030', /edition must be "2024" or "2022", got "2030"/],
    ['heading-level', '9', /heading-level must be a whole number from 1 to 5/],
  ])('shows an error, warns once and fires losi-error for %s="%s"', async (attribute, bad, message) => {
    const errors: string[] = [];
    let catalogue: LosiCatalogue | undefined;
    const logs = await captureConsole(async () => {
      catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue></losi-catalogue>`);
      catalogue.addEventListener('losi-error', (event) => errors.push(event.detail.message));
      catalogue.setAttribute(attribute, bad);
      await settled(catalogue);
    });
    expect(part(catalogue!, '[role="alert"]').textContent).toMatch(message);
    expect(logs.warn).toHaveLength(1);
    expect(errors).toHaveLength(1);
    catalogue!.removeAttribute(attribute);
    await settled(catalogue!);
    expect(shadow(catalogue!).querySelector('[role="alert"]')).toBeNull();
  });

  it('follows dark mode and forced colours and renders no inline styles', async () => {
    const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue criterion="institutional-framework"></losi-catalogue>`);
    const base = part(catalogue, '[part="base"]');
    const light = getComputedStyle(base).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(base).backgroundColor).not.toBe(light);
    await emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    expect(getComputedStyle(part(catalogue, 'article.indicator')).borderTopStyle).toBe('solid');
    expect(shadow(catalogue).querySelectorAll('[style]')).toHaveLength(0);
  });

  it('passes axe (WCAG 2.2 AA) in light, dark and Arabic, with guidance open', async () => {
    await expectAccessibleInAllModes(
      () => html`<losi-catalogue criterion="institutional-framework"></losi-catalogue>`,
      async (element) => {
        for (const details of shadow(element).querySelectorAll('details')) details.open = true;
      },
    );
  });

  describe('with a country indicator set and a level scheme', () => {
    it("lists the set's indicators under its groups, ids and titles, each with its official mapping, headed as adapted", async () => {
      const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue .indicatorSet=${SET}></losi-catalogue>`);
      expect(part(catalogue, '[part="adapted"]').textContent).toBe(`${SET.name} (adapted from LOSI 2024)`);
      expect(shadow(catalogue).textContent).not.toMatch(/official LOSI value/i);
      expect(count(catalogue)).toBe(`Indicators shown: ${SET.indicators.length} of ${SET.indicators.length}`);
      const ids = shownIds(catalogue);
      expect(ids).not.toContain('sdg-data');
      expect(ids).toContain('messaging-channel');
      const headings = [...shadow(catalogue).querySelectorAll('.criterion-heading')].map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim());
      expect(headings.at(-1)).toBe('Open government (2)');
      const article = (id: string) => part(catalogue, `article[data-id="${id}"]`);
      expect(article('official-portal').querySelector('[role="heading"]')!.textContent).toBe('Official municipal website');
      expect(article('official-portal').querySelector('[role="heading"]')!.getAttribute('lang')).toBe('en');
      expect(article('official-portal').querySelector('[part="mapping"]')!.textContent).toBe('Official LOSI indicator: #281');
      expect(article('messaging-channel').querySelector('[part="mapping"]')!.textContent).toBe('Added by the project: no official LOSI indicator');
      // The set's own bands are listed.
      const bands = [...shadow(catalogue).querySelectorAll('[part="levels"] li')].map((band) => band.textContent!.replace(/\s+/g, ' ').trim());
      expect(bands).toEqual(['Above 80 %: 80% to 100%', '60 to 80 %: 60% to 80%', '40 to 60 %: 40% to 60%', 'Up to 40 %: 0% to 40%']);
    });

    it("filters by the set's groups and refuses a criterion the set does not have", async () => {
      const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue .indicatorSet=${SET} criterion="open-government"></losi-catalogue>`);
      expect(shownIds(catalogue)).toEqual(SET.indicators.filter((indicator) => indicator.group === 'open-government').map((indicator) => indicator.id));
      expect(shownIds(catalogue)).toHaveLength(2);
      const options = [...shadow(catalogue).querySelectorAll<HTMLOptionElement>('#criterion option')].map((option) => option.value);
      expect(options).toEqual(['', ...SET.groups.map((group) => group.id)]);
      catalogue.criterion = 'not-a-group' as never;
      await settled(catalogue);
      expect(shadow(catalogue).querySelector('[role="alert"]')?.textContent).toMatch(/criterion must be .*"open-government"/);
    });

    it('lists the bands of a level scheme, in the language where the scheme names them', async () => {
      const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue .levels=${ARGENTINE_MUNICIPAL_LEVELS}></losi-catalogue>`, { lang: 'es' });
      const names = [...shadow(catalogue).querySelectorAll<HTMLElement>('[part="levels"] .band-name')];
      expect(names.map((name) => name.textContent)).toEqual(ARGENTINE_MUNICIPAL_LEVELS.bands.map((band) => band.labels!.es));
      expect(names[0]!.getAttribute('lang')).toBeNull();
      catalogue.lang = 'fr';
      await settled(catalogue);
      const french = part(catalogue, '[part="levels"] .band-name');
      expect(french.textContent).toBe('Above 80 %');
      expect(french.getAttribute('lang')).toBe('en');
    });

    it('is accessible with a set in light, dark and Arabic', async () => {
      await expectAccessibleInAllModes(() => html`<losi-catalogue .indicatorSet=${SET}></losi-catalogue>`);
    }, 60_000);
  });
});

describe('<losi-catalogue> compendium of good practice', () => {
  const submitted = {
    id: 'submitted-1',
    indicators: ['online-payment-for-services'],
    codes: [],
    city: 'Exampleton',
    country: 'XXX',
    title: 'Pagar servicios en línea',
    link: 'https://www.exampleton.example/pagar',
    description: 'Los vecinos pagan con tarjeta.',
    language: 'es' as const,
    status: 'submitted' as const,
    source: 'case form',
  };
  const cases = (catalogue: LosiCatalogue) => [...shadow(catalogue).querySelectorAll<HTMLElement>('[part="case"]')];

  it("lists the toolkit guides' cases and submitted ones, and filters them by criterion, country and language", async () => {
    const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue .compendium=${[submitted]}></losi-catalogue>`);
    const edition = STRUCTURE.criteria.flatMap((criterion) => criterion.indicators).map((id) => getIndicator(id, '2024')!);
    const cited = edition.reduce((sum, indicator) => sum + indicator.cases.length, 0);
    expect(cited).toBeGreaterThan(0);
    expect(cases(catalogue)).toHaveLength(cited + 1);
    expect(part(catalogue, '.cases-count').textContent).toBe(`Cases shown: ${cited + 1} of ${cited + 1}`);
    const select = async (id: string, value: string) => {
      const element = part<HTMLSelectElement>(catalogue, `#${id}`);
      element.value = value;
      element.dispatchEvent(new Event('change', { bubbles: true }));
      await settled(catalogue);
    };
    await select('case-language', 'es');
    expect(cases(catalogue).map((item) => item.dataset.id)).toEqual(['submitted-1']);
    expect(cases(catalogue)[0]!.textContent).toContain('Submitted by the city, not reviewed');
    expect(cases(catalogue)[0]!.querySelector('a')!.href).toBe(submitted.link);
    await select('case-language', '');
    await select('case-country', 'URY');
    expect(cases(catalogue).length).toBeGreaterThan(0);
    expect(cases(catalogue).every((item) => item.textContent!.includes('(URY)'))).toBe(true);
    await select('case-country', '');
    await select('case-criterion', 'participation-engagement');
    const participation = edition.filter((indicator) => indicator.criterion === 'participation-engagement').reduce((sum, indicator) => sum + indicator.cases.length, 0);
    expect(cases(catalogue)).toHaveLength(participation);
  });

  it("shows each indicator's cases in its article", async () => {
    const catalogue = await fixture<LosiCatalogue>(html`<losi-catalogue .compendium=${[submitted]}></losi-catalogue>`);
    const heads = part(catalogue, 'article[data-id="heads-of-departments-and-contacts"] [part="cases"]');
    expect(heads.textContent).toBe('Good practice: Montevideo (URY) and Dublin (IRL)');
    expect(part(catalogue, 'article[data-id="online-payment-for-services"] [part="cases"]').textContent).toContain('Exampleton (XXX)');
  });

  it('is accessible with the compendium filtered, in light, dark and Arabic', async () => {
    await expectAccessibleInAllModes(() => html`<losi-catalogue .compendium=${[submitted]} case-country="URY"></losi-catalogue>`);
  }, 60_000);
});
