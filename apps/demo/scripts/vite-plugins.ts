import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { PAGES, type PageId } from './pages.js';
import { en, type StringKey } from '../src/i18n/en.js';
import { pageTitle } from '../src/i18n/title.js';
import { escapeXml } from '@losi/scoring/badge';
import { footerHtml, headerHtml } from './shell-html.js';

function englishText(key: string, file: string): string {
  if (!(key in en)) throw new Error(`${file}: data-i18n="${key}" is not a key of src/i18n/en.ts`);
  return escapeXml(en[key as StringKey]);
}

/**
 * Writes the English texts into a page: the content of every empty `data-i18n="key"` element, the
 * `<title data-i18n-title="key">`, and the shared header and footer at `<!--demo:header-->` and
 * `<!--demo:footer-->`. So src/i18n/en.ts is the one source of the English texts, and pages read well
 * before (and without) JavaScript.
 */
export function fillPage(html: string, file: string): string {
  const page = PAGES.find((candidate) => candidate.file === file);
  if (!page) throw new Error(`${file} is not listed in scripts/pages.ts`);
  const filled = html
    .replace('<!--demo:header-->', headerHtml(page.id as PageId))
    .replace('<!--demo:footer-->', footerHtml())
    .replace(/<title data-i18n-title="([^"]+)"><\/title>/, (_whole, key: string) => {
      englishText(key, file);
      return `<title data-i18n-title="${key}">${escapeXml(pageTitle(en, key as StringKey))}</title>`;
    })
    .replace(/(<([a-z][a-z0-9]*)\b[^>]*\sdata-i18n="([^"]+)"[^>]*>)(<\/\2>)/g, (_whole, open: string, _tag, key: string, close: string) => {
      return `${open}${englishText(key, file)}${close}`;
    });
  const empty = /<([a-z][a-z0-9]*)\b[^>]*\sdata-i18n="([^"]+)"[^>]*><\/\1>/.exec(filled);
  if (empty) throw new Error(`${file}: the element with data-i18n="${empty[2]}" was left empty`);
  return filled;
}

/** Runs `fillPage` on every page, in dev and in the build. */
export function pageShell(): Plugin {
  let root = process.cwd();
  return {
    name: 'demo:page-shell',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => fillPage(html, relative(root, context.filename).split('\\').join('/')),
    },
  };
}

/**
 * Adds the Content Security Policy to every built page as a `<meta>` element, so the static files are
 * protected on any server. Not in dev: Vite's dev server injects inline styles for hot reloading.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'demo:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const charset = '<meta charset="utf-8" />';
        if (!html.includes(charset)) throw new Error(`${context.filename} needs ${charset} (the policy is placed after it)`);
        // Right after the charset, so it applies to every script and style of the page.
        return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${escapeXml(CONTENT_SECURITY_POLICY)}" />`);
      },
    },
  };
}

const CDN_MODULE_ID = 'virtual:cdn-badge';

/** Where the built demo offers cdn/losi-badge.js for download (relative to the site). */
export const BADGE_DOWNLOAD = 'downloads/losi-badge.js';

/** Facts about the published badge bundle, for the badge builder's script-tag snippet. */
export interface CdnBadgeInfo {
  readonly version: string;
  readonly url: string;
  readonly integrity: string;
  /** The bundle on this machine. */
  readonly path: string;
}

/** Reads `@losi/widgets`'s `cdn/losi-badge.js` and its version, and computes the SRI hash (sha384). */
export function readCdnBadge(): CdnBadgeInfo {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@losi/widgets/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string; version: string };
  const bundlePath = join(dirname(manifestPath), 'cdn', 'losi-badge.js');
  if (!existsSync(bundlePath)) {
    throw new Error(
      `${bundlePath} does not exist: build @losi/widgets first (pnpm --filter @losi/widgets build, or pnpm build at the root).`,
    );
  }
  const integrity = `sha384-${createHash('sha384').update(readFileSync(bundlePath)).digest('base64')}`;
  return {
    version: manifest.version,
    url: `https://cdn.jsdelivr.net/npm/${manifest.name}@${manifest.version}/cdn/losi-badge.js`,
    integrity,
    path: bundlePath,
  };
}

/**
 * `import { version, url, integrity } from 'virtual:cdn-badge'`: the versioned CDN address of the badge bundle
 * and the SRI hash of the file actually built, computed when the demo is built (or served in dev).
 */
export function cdnBadgeInfo(): Plugin {
  const resolvedId = `\0${CDN_MODULE_ID}`;
  return {
    name: 'demo:cdn-badge',
    resolveId: (id) => (id === CDN_MODULE_ID ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      const info = readCdnBadge();
      return `export const version = ${JSON.stringify(info.version)};
export const url = ${JSON.stringify(info.url)};
export const integrity = ${JSON.stringify(info.integrity)};
// Built, this module is part of a chunk in assets/, so the file is one folder up (in dev, /@id/ is one level deep).
export const download = new URL(['..', ${JSON.stringify(BADGE_DOWNLOAD)}].join('/'), import.meta.url).href;`;
    },
    // The same file, offered for download by the badge builder, for portals that host it themselves.
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BADGE_DOWNLOAD, source: readFileSync(readCdnBadge().path) });
    },
    configureServer(server) {
      server.middlewares.use(`/${BADGE_DOWNLOAD}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(readCdnBadge().path));
      });
    },
  };
}
