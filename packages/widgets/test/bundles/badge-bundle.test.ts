import { readFileSync } from 'node:fs';
import { init, parse } from 'es-module-lexer';
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

  // A real module lexer, not a regular expression: the bundle's own strings ("adapted from", then a quote) look
  // like `from "…"` to a pattern but are not imports.
  const moduleSpecifiers = async (source: string): Promise<string[]> => {
    await init;
    const [imports] = parse(source);
    // d === -2 is `import.meta`, which loads nothing.
    return imports.filter((entry) => entry.d !== -2).map((entry) => entry.n ?? source.slice(entry.s, entry.e));
  };

  it('finds a static and a dynamic import when there is one (the check can fail)', async () => {
    const sample = 'import{a}from"./chunk.js";const t="adapted from";export const b=()=>import("./late.js");';
    expect(await moduleSpecifiers(sample)).toEqual(['./chunk.js', './late.js']);
  });

  it('is self-contained: no import of another file', async () => {
    const bundle = readFileSync(BADGE_BUNDLE, 'utf8');
    expect(await moduleSpecifiers(bundle)).toEqual([]);
  });
});
