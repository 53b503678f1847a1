import { LitElement, html } from 'lit';
import { describe, expect, it } from 'vitest';
import { fixture, part } from '../../../test/fixture.js';
import { define } from '../define.js';
import { LiveAnnouncer } from './live-announcer.js';

class AnnouncingElement extends LitElement {
  readonly announcer = new LiveAnnouncer(this, 50);
  renders = 0;
  protected override render(): unknown {
    this.renders++;
    return this.announcer.render();
  }
}
define('losi-test-announcing', AnnouncingElement);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LiveAnnouncer', () => {
  it('speaks once a burst of calls settles, with the last text, in a polite status region', async () => {
    const element = await fixture<AnnouncingElement>(html`<losi-test-announcing></losi-test-announcing>`);
    const region = part(element, '#announcer');
    expect(region.getAttribute('role')).toBe('status');
    for (const text of ['one', 'two', 'three']) {
      element.announcer.schedule(() => text);
      await wait(10);
    }
    expect(region.textContent).toBe('');
    await wait(80);
    await element.updateComplete;
    expect(part(element, '#announcer').textContent).toBe('three');
  });

  it('does not re-render for the same text, says nothing for undefined, and stops when disconnected', async () => {
    const element = await fixture<AnnouncingElement>(html`<losi-test-announcing></losi-test-announcing>`);
    element.announcer.schedule(() => 'same');
    await wait(80);
    await element.updateComplete;
    const renders = element.renders;
    element.announcer.schedule(() => 'same');
    element.announcer.schedule(() => undefined);
    await wait(80);
    expect(element.renders).toBe(renders);
    element.announcer.schedule(() => 'after removal');
    element.remove();
    await wait(80);
    expect(element.announcer.text).toBe('same');
  });
});
