import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts } from '../testing/build.js';
import { wcagAccessibility } from './wcag-accessibility.js';

describe('wcag-accessibility', () => {
  it('fails on a violation, pointing at its first element', () => {
    const verdict = runCheck(wcagAccessibility, artifacts({ axe: { version: '4.14.1', passes: 20, incomplete: 1, violations: [{ id: 'image-alt', impact: 'critical', help: 'Images must have alternative text', helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/image-alt', tags: ['wcag2a'], nodes: [{ target: 'main > img', html: '<img src="x.png">' }] }] } }));
    expect(verdict.status).toBe('fail');
    expect(verdict.evidence[0]?.selector).toBe('main > img');
  });

  it('never passes: a clean run goes to a person', () => {
    expect(runCheck(wcagAccessibility, artifacts({ axe: { version: '4.14.1', passes: 30, incomplete: 0, violations: [] } })).status).toBe('needs-review');
  });
});
