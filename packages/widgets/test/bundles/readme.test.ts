import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST, README, apiReference, withApiReference } from '../../scripts/readme-api.js';

describe('README.md API reference', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Parameters<typeof apiReference>[0];

  it('documents every element with its attributes, parts and custom properties', () => {
    const reference = apiReference(manifest);
    for (const tag of ['losi-badge', 'losi-report', 'losi-criteria-chart']) expect(reference).toContain(`### \`<${tag}>\``);
    expect(reference).toContain('| `value` | `value` |');
    expect(reference).toContain('`--losi-badge-inline-size`');
    expect(reference).toContain('| `losi-error` |');
  });

  it('is up to date with custom-elements.json (run `pnpm --filter @losi/widgets docs`)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(withApiReference(readme, manifest));
  });
});
