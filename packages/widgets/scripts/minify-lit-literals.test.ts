import { describe, expect, it } from 'vitest';
import { minifyCss, minifyLitLiterals } from './minify-lit-literals.js';

describe('minifyLitLiterals', () => {
  it('minifies css literals and collapses html whitespace, leaving other code and strings alone', () => {
    const source = [
      "const a = css`",
      '  /* comment */',
      '  :host([theme=\'dark\']) {',
      '    color: red ;',
      '    padding: 0.5em 1em;',
      '  }',
      '  .a :focus { outline: none !important; }',
      '`;',
      'const b = html`<p>',
      '   ${x ? html`<span>  a  </span>` : \'keep   these   spaces\'}',
      '</p>`;',
      'const c = `plain   template`;',
    ].join('\n');
    expect(minifyLitLiterals(source)).toBe(
      [
        'const a = css`:host([theme=dark]){color:red;padding:.5em 1em}.a :focus{outline:none!important}`;',
        "const b = html`<p> ${x ? html`<span> a </span>` : 'keep   these   spaces'} </p>`;",
        'const c = `plain   template`;',
      ].join('\n'),
    );
  });

  it('keeps interpolations in css intact', () => {
    expect(minifyLitLiterals('css`:host { ${tokens} color: x; }`')).toBe('css`:host{${tokens} color:x}`');
  });

  it('never removes the space before a colon (descendant pseudo-class selectors)', () => {
    expect(minifyCss('.a :hover { x: y }')).toBe('.a :hover{x:y}');
  });
});
