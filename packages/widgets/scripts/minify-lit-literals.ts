import { readFile } from 'node:fs/promises';
import type { Options } from 'tsup';
import ts from 'typescript';

/**
 * Minifies the CSS of a Lit `css` literal's static text: comments go, whitespace runs collapse, and spaces
 * around `{`, `}`, `;`, `,` and `>` and after `:` go. No space before `:` is removed, so descendant selectors
 * such as `.a :focus` keep their meaning.
 */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/ !important/g, '!important')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/@media \(/g, '@media(')
    .replace(/='([\w-]+)'\]/g, '=$1]');
}

/** Collapses every whitespace run of an `html`/`svg` literal's static text to one space, as HTML renders it anyway. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** An esbuild plugin, as tsup takes it (esbuild itself is tsup's dependency, not ours). */
type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const MINIFIERS: Readonly<Record<string, (text: string) => string>> = { css: minifyCss, html: collapseWhitespace, svg: collapseWhitespace };

/**
 * Minifies the static text of every `css`, `html` and `svg` tagged template in a TypeScript source, found with
 * the TypeScript parser (so nested templates, strings and comments are never mistaken for template text).
 * esbuild keeps template literals as written; their indentation would otherwise cost the badge about 1 kB.
 */
export function minifyLitLiterals(source: string, fileName = 'source.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && Object.hasOwn(MINIFIERS, node.tag.text)) {
      const minify = MINIFIERS[node.tag.text]!;
      const literals = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      const isCss = node.tag.text === 'css';
      literals.forEach((literal, index) => {
        // Raw text between the delimiters: ` or } before, ` or ${ after.
        const start = literal.getStart(file) + 1;
        const end = literal.end - (ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1);
        let text = minify(source.slice(start, end));
        // Whitespace at the very start and end of a stylesheet means nothing.
        if (isCss && index === 0) text = text.trimStart();
        if (isCss && index === literals.length - 1) text = text.trimEnd();
        edits.push({ start, end, text });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** esbuild plugin applying `minifyLitLiterals` to this package's TypeScript sources. */
export function minifyLitLiteralsPlugin(): Plugin {
  return {
    name: 'minify-lit-literals',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]widgets[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        return { contents: minifyLitLiterals(source, args.path), loader: 'ts' };
      });
    },
  };
}
