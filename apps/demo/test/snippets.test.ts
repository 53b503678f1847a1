import { describe, expect, it } from 'vitest';
import { markdownSnippet, scriptSnippet, svgFileName, type BadgeSettings } from '../src/badge/snippets.js';

const bundle = { url: 'https://cdn.jsdelivr.net/npm/@losi/widgets@1.2.3/cdn/losi-badge.js', integrity: 'sha384-abc+/=' };

const base: BadgeSettings = {
  value: 0.8211,
  city: 'Tallinn',
  edition: '2024',
  source: 'self-assessed',
  href: '',
  variant: 'compact',
  language: 'en',
  theme: 'auto',
};

describe('badge snippets', () => {
  it('script tag: versioned CDN address, SRI hash, defaults left out, text fallback', () => {
    expect(scriptSnippet(base, bundle)).toBe(
      [
        '<script type="module" src="https://cdn.jsdelivr.net/npm/@losi/widgets@1.2.3/cdn/losi-badge.js"',
        '  integrity="sha384-abc+/=" crossorigin="anonymous"></script>',
        '<losi-badge value="0.8211" edition="2024" city="Tallinn" lang="en">',
        '  Tallinn, LOSI 2024: 0.82, Very High, self-assessed',
        '</losi-badge>',
      ].join('\n'),
    );
  });

  it('script tag: a provisional value keeps its count in the attributes and in the no-JavaScript fallback', () => {
    const partial: BadgeSettings = { ...base, value: 0.0842, provisional: { answered: 11, total: 95 }, href: 'https://example.org/report' };
    const lines = scriptSnippet(partial, bundle).split('\n');
    expect(lines[2]).toBe('<losi-badge value="0.0842" edition="2024" city="Tallinn" answered="11" total="95" lang="en" href="https://example.org/report">');
    expect(lines[3]).toBe('  <a href="https://example.org/report">Tallinn, LOSI 2024: 0.08, Low, provisional 11/95, self-assessed, 11 of 95 answered</a>');
    expect(markdownSnippet(partial)).toContain('provisional 11/95');
  });

  it('script tag: every chosen option, a link fallback, and escaped attribute values', () => {
    const snippet = scriptSnippet(
      { ...base, city: 'A "quoted" <city> & co', source: 'official', variant: 'full', language: 'fr', theme: 'dark', href: 'https://example.org/r?a=1&b=2' },
      bundle,
    );
    expect(snippet).toContain(
      '<losi-badge value="0.8211" edition="2024" city="A &#34;quoted&#34; &#60;city&#62; &#38; co" source="official" variant="full" lang="fr" theme="dark" href="https://example.org/r?a=1&#38;b=2">',
    );
    expect(snippet).toContain('<a href="https://example.org/r?a=1&#38;b=2">A &#34;quoted&#34; &#60;city&#62; &#38; co, LOSI 2024');
    expect(snippet).not.toMatch(/<city>/);
  });

  it('SVG file name keeps letters of any script and drops the rest', () => {
    expect(svgFileName(base)).toBe('losi-badge-tallinn-2024.svg');
    expect(svgFileName({ ...base, city: 'São Paulo / SP' })).toBe('losi-badge-são-paulo-sp-2024.svg');
    expect(svgFileName({ ...base, city: 'القاهرة' })).toBe('losi-badge-القاهرة-2024.svg');
    expect(svgFileName({ ...base, city: '' })).toBe('losi-badge-2024.svg');
  });

  it('markdown: the image linked to the report, brackets and parentheses escaped', () => {
    expect(markdownSnippet(base)).toBe('![Tallinn, LOSI 2024: 0.82, Very High, self-assessed](losi-badge-tallinn-2024.svg)');
    expect(markdownSnippet({ ...base, city: 'Town [old] (north)', href: 'https://example.org/a (b)' })).toBe(
      '[![Town \\[old\\] (north), LOSI 2024: 0.82, Very High, self-assessed](losi-badge-town-old-north-2024.svg)](https://example.org/a%20%28b%29)',
    );
  });
});
