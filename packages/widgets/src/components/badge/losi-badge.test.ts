import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { LEVEL_NAMES } from '@losi/indicators/labels';
import { ARGENTINE_MUNICIPAL_LEVELS, levelOf, levels, score } from '@losi/scoring';
import { expectAccessibleInAllModes } from '../../../test/axe.js';
import { captureConsole } from '../../../test/console.js';
import { fixture, part, settled, shadow } from '../../../test/fixture.js';
import { emulateMedia } from '../../../test/media.js';
import type { LosiBadge } from './losi-badge.js';
import './losi-badge.js';

function badgeBox(badge: LosiBadge): HTMLElement {
  return part(badge, '[part~="badge"]');
}

function filledBars(badge: LosiBadge): number {
  return shadow(badge).querySelectorAll('.step.filled').length;
}

describe('<losi-badge>', () => {
  it('shows the value, the level as text and as a shape, and names all of it accessibly', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge value="0.82" edition="2024"></losi-badge>`);
    const box = badgeBox(badge);
    expect(box.getAttribute('role')).toBe('img');
    expect(box.getAttribute('aria-label')).toBe('LOSI 2024: 0.82, Very High, self-assessed');
    expect(part(badge, '[part="value"]').textContent).toBe('0.82');
    expect(part(badge, '[part="level"]').textContent).toBe('Very High');
    expect(filledBars(badge)).toBe(4);
    expect(shadow(badge).querySelectorAll('.step').length).toBe(4);
  });

  it('takes every level from @losi/scoring, boundaries included', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge></losi-badge>`);
    const probes = levels.flatMap((band) => [band.min, (band.min + band.max) / 2, band.max]);
    for (const value of probes) {
      badge.value = value;
      await badge.updateComplete;
      expect(part(badge, '[part="level"]').textContent, `level of ${value}`).toBe(LEVEL_NAMES.en[levelOf(value)]);
    }
    const filled = new Set<number>();
    for (const band of levels) {
      badge.value = (band.min + band.max) / 2;
      await badge.updateComplete;
      filled.add(filledBars(badge));
    }
    // Each level has its own shape.
    expect(filled.size).toBe(levels.length);
  });

  it('shows the bands of another level scheme, drawn with the UN level each borrows', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge value="0.7" edition="2024" lang="es"></losi-badge>`);
    expect(part(badge, '[part="level"]').textContent).toBe('Alto');
    badge.levels = ARGENTINE_MUNICIPAL_LEVELS;
    await settled(badge);
    expect(part(badge, '[part="level"]').textContent).toBe('Del 60 al 80 %');
    expect(filledBars(badge)).toBe(3);
    badge.result = { value: 0.95, level: 'above-80', edition: '2024' };
    await settled(badge);
    expect(badgeBox(badge).getAttribute('aria-label')).toBe('LOSI 2024: 0,95, Más del 80 %, autoevaluación');
    const logs = await captureConsole(async () => {
      badge.result = { value: 0.95, level: 'very-high', edition: '2024' };
      await settled(badge);
    });
    expect(logs.warn.join()).toMatch(/result\.level/);
    expect(part(badge, '[role="alert"]').textContent).toMatch(/result\.level/);
  });

  it('labels a result of a country\'s indicator set as adapted from LOSI, never as official LOSI', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge></losi-badge>`);
    badge.result = { value: 0.5, level: 'high', edition: '2024', indicatorSet: { name: 'Índice municipal' } };
    await settled(badge);
    expect(badgeBox(badge).getAttribute('aria-label')).toBe('Índice municipal (adapted from LOSI 2024): 0.50, High, self-assessed');
  });

  it('names the city and the source, and becomes a link to the report with href', async () => {
    const badge = await fixture<LosiBadge>(
      html`<losi-badge value="0.5" city="Testville" edition="2022" source="official" href="https://example.org/report"></losi-badge>`,
    );
    const link = badgeBox(badge);
    expect(link.localName).toBe('a');
    expect(link.getAttribute('href')).toBe('https://example.org/report');
    expect(link.getAttribute('aria-label')).toBe('Testville, LOSI 2022: 0.50, High, official, open the report');
  });

  it('shows a city name with markup as text, never as HTML', async () => {
    const city = '<img src=x onerror="alert(1)">Testville';
    const badge = await fixture<LosiBadge>(html`<losi-badge value="0.6" variant="full" .city=${city}></losi-badge>`);
    expect(part(badge, '[part="city"]').textContent).toBe(city);
    expect(shadow(badge).querySelector('img')).toBeNull();
  });

  it('keeps the focus on its report link when it renders again', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge value="0.6" href="/report"></losi-badge>`);
    badgeBox(badge).focus();
    expect(shadow(badge).activeElement).toBe(badgeBox(badge));
    badge.value = 0.9;
    await badge.updateComplete;
    expect(part(badge, '[part="value"]').textContent).toBe('0.90');
    expect(shadow(badge).activeElement).toBe(badgeBox(badge));
  });

  it('reads a result from @losi/scoring', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge variant="full"></losi-badge>`);
    badge.result = { value: 0.3, level: levelOf(0.3), edition: '2024', city: { name: 'Exampleton' } };
    await badge.updateComplete;
    expect(badgeBox(badge).getAttribute('aria-label')).toBe('Exampleton, LOSI 2024: 0.30, Middle, self-assessed');
    expect(part(badge, '[part="city"]').textContent).toBe('Exampleton');
    expect(part(badge, '.primary').textContent).toContain('LOSI 2024');
    expect(part(badge, '[part="source"]').textContent).toBe('self-assessed');
  });

  it('marks the value of an incomplete assessment provisional, with the count answered, in its text and its accessible name', async () => {
    const assessment = { schemaVersion: 1 as const, edition: '2024' as const, city: { name: 'Partway' }, answers: {} as Record<string, 'yes'> };
    for (const id of ['official-portal', 'organizational-chart', 'contact-details']) assessment.answers[id] = 'yes';
    const badge = await fixture<LosiBadge>(html`<losi-badge></losi-badge>`);
    badge.result = score(assessment);
    await badge.updateComplete;
    expect(badgeBox(badge).getAttribute('aria-label')).toBe('Partway, LOSI 2024: 0.03, Low, provisional 3/95, self-assessed, 3 of 95 answered');
    expect(part(badge, '[part="provisional"]').textContent).toBe('provisional 3/95');
    expect(shadow(badge).querySelector('[part="source"]')).toBeNull();

    const fromAttributes = await fixture<LosiBadge>(html`<losi-badge value="0.08" edition="2024" answered="11" total="95" lang="fr"></losi-badge>`);
    expect(badgeBox(fromAttributes).getAttribute('aria-label')).toBe('LOSI 2024 : 0,08, Faible, provisoire 11/95, auto-évaluation, 11 réponses sur 95');
    const complete = await fixture<LosiBadge>(html`<losi-badge value="0.5" edition="2024" answered="95" total="95"></losi-badge>`);
    expect(badgeBox(complete).getAttribute('aria-label')).toBe('LOSI 2024: 0.50, High, self-assessed');
    const wrong = await captureConsole(async () => {
      await fixture<LosiBadge>(html`<losi-badge value="0.5" answered="96" total="95"></losi-badge>`);
    });
    expect(wrong.warn.join(' ')).toContain('total');
    await expectAccessibleInAllModes(() => html`<losi-badge value="0.08" edition="2024" answered="11" total="95" href="/report"></losi-badge>`);
  });

  it.each(['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'])('shows its level and source in full in the compact badge (%s), the longest level included', async (lang) => {
    const badge = await fixture<LosiBadge>(html`<losi-badge value="0.82" edition="2024" lang=${lang}></losi-badge>`);
    const lines = [...shadow(badge).querySelectorAll<HTMLElement>('.line')];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.scrollWidth, `${lang}: "${line.textContent}" fits`).toBeLessThanOrEqual(line.clientWidth);
  });

  it('keeps a fixed size whatever the value, the city, the language or the data arriving late', async () => {
    const empty = await fixture<LosiBadge>(html`<losi-badge></losi-badge>`);
    const before = empty.getBoundingClientRect();
    empty.value = 0.1;
    empty.city = 'A city with a really rather long name indeed';
    await empty.updateComplete;
    const after = empty.getBoundingClientRect();
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    empty.lang = 'ru';
    await settled(empty);
    expect(empty.getBoundingClientRect().width).toBe(before.width);
    const full = await fixture<LosiBadge>(html`<losi-badge variant="full" value="1" city="X"></losi-badge>`);
    const fullRect = full.getBoundingClientRect();
    expect(fullRect.width).toBeGreaterThan(before.width);
    full.city = 'Another city';
    full.value = 0;
    await full.updateComplete;
    expect(full.getBoundingClientRect().height).toBe(fullRect.height);
  });

  it('shows its children as fallback until it has a value', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge><a href="https://example.org">LOSI report</a></losi-badge>`);
    const slot = shadow(badge).querySelector('slot');
    expect(slot?.assignedElements().map((element) => element.textContent)).toEqual(['LOSI report']);
    badge.value = 0.9;
    await badge.updateComplete;
    expect(shadow(badge).querySelector('slot')).toBeNull();
  });

  it('speaks the language of its own lang, else of its nearest ancestor, and is right-to-left in Arabic', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge value="0.82" edition="2024"></losi-badge>`, { lang: 'fr-CA' });
    expect(badgeBox(badge).getAttribute('aria-label')).toBe('LOSI 2024 : 0,82, Très élevé, auto-évaluation');
    badge.parentElement!.lang = 'ar';
    await settled(badge);
    const base = part(badge, '[part="base"]');
    expect(base.dir).toBe('rtl');
    expect(base.lang).toBe('ar');
    expect(part(badge, '[part="level"]').textContent).toBe(LEVEL_NAMES.ar['very-high']);
    badge.lang = 'zh';
    await settled(badge);
    expect(part(badge, '[part="base"]').dir).toBe('ltr');
    expect(part(badge, '[part="level"]').textContent).toBe('非常高');
    badge.lang = 'de';
    await settled(badge);
    expect(part(badge, '[part="level"]').textContent).toBe('Very High');
  });

  it('follows dark mode from the user preference and from the theme attribute', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge value="0.4"></losi-badge>`);
    const background = () => getComputedStyle(badgeBox(badge)).backgroundColor;
    const light = background();
    badge.theme = 'dark';
    await badge.updateComplete;
    const dark = background();
    expect(dark).not.toBe(light);
    badge.theme = undefined;
    await badge.updateComplete;
    expect(background()).toBe(light);
    await emulateMedia({ colorScheme: 'dark' });
    expect(background()).toBe(dark);
    badge.theme = 'light';
    await badge.updateComplete;
    expect(background()).toBe(light);
  });

  it('keeps the level readable in forced colours: filled bars take the text colour', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge value="0.6"></losi-badge>`);
    await emulateMedia({ forcedColors: 'active' });
    const bar = shadow(badge).querySelector('.step.filled')!;
    const empty = shadow(badge).querySelector('.step:not(.filled)')!;
    expect(getComputedStyle(bar).fill).toBe(getComputedStyle(badgeBox(badge)).color);
    expect(getComputedStyle(empty).fill).toBe('none');
  });

  it('renders no inline style attributes (strict CSP)', async () => {
    const badge = await fixture<LosiBadge>(html`<losi-badge value="0.7" variant="full" href="/report"></losi-badge>`);
    expect(shadow(badge).querySelectorAll('[style]').length).toBe(0);
  });

  it.each([
    ['value', 'abc', /value must be a number from 0 to 1, got NaN/],
    ['value', '', /value must be a number from 0 to 1/],
    ['value', '1.5', /value must be a number from 0 to 1, got 1.5/],
    ['source', 'guessed', /source must be "self-assessed" or "official"/],
    ['variant', 'huge', /variant must be "compact" or "full"/],
    ['href', 'javascript:alert(1)', /href must be an http\(s\) or relative URL/],
    ['edition', '24', /edition must be a year/],
    ['theme', 'blue', /theme must be "light", "dark" or "auto"/],
  ])('shows an error, warns once and fires losi-error for %s="%s", without throwing', async (attribute, bad, message) => {
    const events: string[] = [];
    let badge: LosiBadge | undefined;
    const logs = await captureConsole(async () => {
      badge = await fixture<LosiBadge>(html`<losi-badge value="0.5"></losi-badge>`);
      badge.addEventListener('losi-error', (event) => events.push(event.detail.message));
      badge.setAttribute(attribute, bad);
      await settled(badge);
      badge.city = 'Re-rendered';
      await settled(badge);
    });
    const alert = part(badge!, '[role="alert"]');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toContain('LOSI widget error:');
    expect(alert.lang).toBe('en');
    expect(alert.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(logs.warn).toHaveLength(1);
    expect(logs.warn[0]).toMatch(message);
    expect(events).toHaveLength(1);
    expect(badge!.matches(':state(invalid)')).toBe(true);
  });

  it('rejects a result that is not one, and recovers when the input is fixed', async () => {
    let badge: LosiBadge | undefined;
    const logs = await captureConsole(async () => {
      badge = await fixture<LosiBadge>(html`<losi-badge></losi-badge>`);
      badge.result = { value: 'high' } as never;
      await badge.updateComplete;
    });
    expect(logs.warn.join()).toMatch(/result must be a @losi\/scoring result/);
    expect(part(badge!, '[role="alert"]').textContent).toMatch(/result must be a @losi\/scoring result/);
    badge!.result = undefined;
    badge!.value = 0.2;
    await badge!.updateComplete;
    expect(shadow(badge!).querySelector('[role="alert"]')).toBeNull();
    expect(part(badge!, '[part="level"]').textContent).toBe('Low');
    expect(badge!.matches(':state(invalid)')).toBe(false);
  });

  it('passes axe (WCAG 2.2 AA) in light, dark and Arabic, as image and as link, compact and full', async () => {
    await expectAccessibleInAllModes(() => html`<losi-badge value="0.82" edition="2024" city="Testville"></losi-badge>`);
    await expectAccessibleInAllModes(
      () => html`<losi-badge value="0.31" edition="2024" city="Testville" variant="full" href="/report" source="official"></losi-badge>`,
    );
  });
});
