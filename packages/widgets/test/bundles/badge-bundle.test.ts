import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BADGE_BUNDLE, catalogueTexts, forbiddenContent } from '../../scripts/check-badge-bundle.js';

describe('cdn/losi-badge.js contents', () => {
  const texts = catalogueTexts();

  it('has catalogue texts to look for', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it('finds lit-html, zod and indicator prose when they are there (the check can fail)', () => {
    const sample = `var a="${texts[0]}";class ZodError extends Error{};(globalThis.litHtmlVersions??=[]).push("3.3.3")`;
    expect(forbiddenContent(sample, texts)).toEqual([
      'lit-html (a badge module imports from "lit"; use "@lit/reactive-element")',
      'zod identifier /ZodError/',
      `indicator text "${texts[0]!.slice(0, 50)}"`,
    ]);
  });

  it('contains neither lit-html, nor zod, nor any indicator title, description, rationale, guidance or evidence hint', () => {
    const bundle = readFileSync(BADGE_BUNDLE, 'utf8');
    expect(bundle).toContain('losi-badge');
    expect(forbiddenContent(bundle, texts)).toEqual([]);
  });

  it('is self-contained: no import of another file', () => {
    const bundle = readFileSync(BADGE_BUNDLE, 'utf8');
    const imports = bundle.match(/\bimport\s*\(|\bimport\s*["']|\bfrom\s*["'][^"']*["']/g) ?? [];
    expect(imports).toEqual([]);
  });
});
