import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureConsole } from '../../../../test/console.js';
import { fixture, settled } from '../../../../test/fixture.js';
import { define } from '../../../internal/define.js';
import { LosiElement } from '../../../internal/losi-element.js';
import { blankModel, type QuestionnaireModel } from '../assessment-model.js';
import { StorageController, type ReadOutcome } from './storage-controller.js';

function cityModel(name: string): QuestionnaireModel {
  return { ...blankModel('2024'), city: { ...blankModel('2024').city, name } };
}

/** Reads a saved text as a city name: "bad" is unreadable. */
async function read(saved: string): Promise<ReadOutcome> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  if (saved === 'bad') return { problem: 'not a copy' };
  return { model: cityModel(saved), revision: 0 };
}

class StoringElement extends LosiElement {
  static override properties = { key: { type: String } };
  declare key: string | undefined;
  edited = false;
  restored: QuestionnaireModel[] = [];
  readonly storage = new StorageController(this, {
    key: () => this.key,
    mayRestore: () => !this.edited,
    read,
    restored: (model) => this.restored.push(model),
    failed: () => undefined,
    current: () => this.restored.at(-1) ?? blankModel('2024'),
    merged: () => undefined,
    removedElsewhere: () => undefined,
  });
  protected override renderContent(): unknown {
    return this.storage.restoring ? 'restoring' : 'ready';
  }
}
define('losi-test-storing', StoringElement);

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('StorageController', () => {
  it('restores the copy under its key once, and not when the user started meanwhile', async () => {
    localStorage.setItem('k1', 'Tallinn');
    localStorage.setItem('k2', 'Tartu');
    const element = await fixture<StoringElement>(html`<losi-test-storing key="k1"></losi-test-storing>`);
    expect(element.restored.map((model) => model.city.name)).toEqual(['Tallinn']);
    element.requestUpdate();
    await settled(element);
    expect(element.restored).toHaveLength(1);
    element.key = 'k2';
    element.edited = true;
    await settled(element);
    expect(element.restored).toHaveLength(1);
  });

  it('moves an unreadable copy aside with a notice and a warning', async () => {
    localStorage.setItem('k', 'bad');
    let element: StoringElement | undefined;
    const logs = await captureConsole(async () => {
      element = await fixture<StoringElement>(html`<losi-test-storing key="k"></losi-test-storing>`);
    });
    const aside = Object.keys(localStorage).find((name) => name.startsWith('k.unreadable-'))!;
    expect(localStorage.getItem(aside)).toBe('bad');
    expect(localStorage.getItem('k')).toBeNull();
    expect(element!.storage.notice).toEqual({ kind: 'unreadable', key: aside });
    expect(logs.warn[0]).toContain('not a copy');
    element!.storage.clearUnreadableNotice();
    expect(element!.storage.notice).toBeUndefined();
  });

  it('saves and removes, and says so when storage refuses', async () => {
    const element = await fixture<StoringElement>(html`<losi-test-storing key="k"></losi-test-storing>`);
    element.storage.save('k', cityModel('Tartu'));
    expect(JSON.parse(localStorage.getItem('k')!)).toMatchObject({ format: 'losi-assessment-draft', revision: 1, city: { name: 'Tartu' } });
    element.storage.save('k', undefined);
    expect(localStorage.getItem('k')).toBeNull();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    element.storage.save('k', cityModel('Tartu'));
    expect(element.storage.notice).toEqual({ kind: 'unavailable' });
  });
});
