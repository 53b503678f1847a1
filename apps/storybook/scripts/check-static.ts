/**
 * Checks the static build (`storybook-static/`), which the story tests (run on Vite's dev server) do not see.
 * In headless Chromium, for every story file:
 * - its first story: the custom element is registered and rendered (a production build can tree-shake a
 *   component's registration through a wrong `sideEffects` entry);
 * - its docs page: the API table lists every attribute `custom-elements.json` gives the element;
 * and nowhere an uncaught error or a request leaving the local server.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../vitest.shared.js';

const STATIC_DIR = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const MANIFEST = fileURLToPath(new URL('../../../packages/widgets/custom-elements.json', import.meta.url));

/** Attribute names of each custom element in the manifest. */
function manifestAttributes(): Map<string, string[]> {
  interface Declaration {
    tagName?: string;
    attributes?: { name: string }[];
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const tags = new Map<string, string[]>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) tags.set(declaration.tagName, (declaration.attributes ?? []).map((attribute) => attribute.name));
    }
  }
  return tags;
}

interface IndexEntry {
  readonly id: string;
  readonly type: 'story' | 'docs';
  readonly importPath: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<number> {
  const indexFile = join(STATIC_DIR, 'index.json');
  if (!existsSync(indexFile)) {
    console.error(`check-static: ${indexFile} is missing; run the build first`);
    return 1;
  }
  const entries = Object.values((JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> }).entries);
  // One story per story file: each file imports (registers) its own component.
  const firstStories = new Map<string, IndexEntry>();
  const docsPages = new Map<string, IndexEntry>();
  for (const entry of entries) {
    const pages = entry.type === 'story' ? firstStories : docsPages;
    if (!pages.has(entry.importPath)) pages.set(entry.importPath, entry);
  }
  const attributes = manifestAttributes();
  if (firstStories.size === 0) {
    console.error('check-static: the build has no stories');
    return 1;
  }

  const server = await serve(STATIC_DIR);
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS, headless: true });
  const failures: string[] = [];
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      errors.push(`request outside the static site: ${route.request().url()}`);
      return route.abort();
    });
    for (const [importPath, story] of firstStories) {
      const tag = basename(importPath).replace(/\.stories\.ts$/, '');
      errors.length = 0;
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
      const rendered = await page
        .waitForFunction(
          (name) => customElements.get(name) !== undefined && document.querySelector(name)?.shadowRoot?.childElementCount,
          tag,
          { timeout: 15_000 },
        )
        .then(() => true)
        .catch(() => false);
      if (!rendered) failures.push(`${story.id}: <${tag}> was not registered or did not render`);
      for (const error of errors) failures.push(`${story.id}: ${error}`);
      console.log(`${rendered && errors.length === 0 ? 'ok  ' : 'FAIL'} ${story.id} <${tag}>`);

      const docs = docsPages.get(importPath);
      const expected = attributes.get(tag) ?? [];
      if (docs === undefined || expected.length === 0) {
        failures.push(`${story.id}: no docs page, or no attributes for <${tag}> in custom-elements.json`);
        continue;
      }
      errors.length = 0;
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs`);
      const listed = await page
        .waitForFunction(
          (names) => {
            const table = document.querySelector('.docblock-argstable');
            const cells = [...(table?.querySelectorAll('tbody tr td:first-child') ?? [])].map((cell) => cell.textContent ?? '');
            return names.every((name) => cells.some((cell) => cell.trim().startsWith(name))) ? cells.length : false;
          },
          expected,
          { timeout: 15_000 },
        )
        .then(() => true)
        .catch(() => false);
      if (!listed) failures.push(`${docs.id}: the API table does not list every attribute of <${tag}> (${expected.join(', ')})`);
      for (const error of errors) failures.push(`${docs.id}: ${error}`);
      console.log(`${listed && errors.length === 0 ? 'ok  ' : 'FAIL'} ${docs.id} (${expected.length} attributes documented)`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const failure of failures) console.error(`check-static: ${failure}`);
  console.log(`check-static: ${firstStories.size} story files, ${failures.length} problems`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
