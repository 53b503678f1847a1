import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import type { Language } from '@losi/indicators/labels';
import type { EditionId } from '@losi/indicators/structure';
import { fixture, part, settled } from '../../../test/fixture.js';
import { define } from '../define.js';
import { LosiElement } from '../losi-element.js';
import { IndicatorTextsController } from './indicator-texts-controller.js';

class TextsElement extends LosiElement {
  static override properties = { edition: { type: String } };
  declare edition: EditionId;
  loaded: string[] = [];
  readonly texts = new IndicatorTextsController(
    this,
    () => ({ language: this.language, edition: this.edition ?? '2024' }),
    (texts) => this.loaded.push(`${texts.lang}:${texts.edition}`),
  );
  protected override renderContent(): unknown {
    const texts = this.texts.texts;
    return html`<span class="title">${texts ? texts.indicators.values().next().value?.title : 'loading'}</span>`;
  }
}
define('losi-test-texts', TextsElement);

describe('IndicatorTextsController', () => {
  it('loads the texts of the language and edition before rendering them, and updateComplete waits for them', async () => {
    const element = await fixture<TextsElement>(html`<losi-test-texts lang="fr"></losi-test-texts>`);
    expect(element.texts.texts?.lang).toBe('fr');
    expect(element.texts.texts?.edition).toBe('2024');
    expect(element.texts.texts?.indicators.size).toBe(95);
    expect(part(element, '.title').textContent).not.toBe('loading');
    element.edition = '2022';
    await settled(element);
    expect(element.texts.texts?.edition).toBe('2022');
    expect(element.loaded).toEqual(['fr:2024', 'fr:2022']);
  });

  it('drops an answer that arrives after the language changed again', async () => {
    const element = await fixture<TextsElement>(html`<losi-test-texts></losi-test-texts>`);
    element.loaded = [];
    const languages: Language[] = ['ru', 'zh', 'es'];
    for (const language of languages) element.texts.load(language, '2024');
    await settled(element);
    expect(element.loaded.at(-1)).not.toBe('ru:2024');
    expect(element.loaded).not.toContain('ru:2024');
    expect(element.loaded).not.toContain('zh:2024');
  });
});
