/**
 * Checks the static build (`storybook-static/`), which the story tests (run on Vite's dev server) do not see:
 * opens the first story of every story file in headless Chromium and expects its custom element to be
 * registered and rendered, with no uncaught error and no request leaving the local server.
 * A production build can tree-shake a component's registration (a wrong `sideEffects` entry); this catches it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../../vitest.shared.js';

const STATIC_DIR = fileURLToPath(new URL('../storybook-static/', import.meta.url));

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
  for (const entry of entries) if (entry.type === 'story' && !firstStories.has(entry.importPath)) firstStories.set(entry.importPath, entry);
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
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const failure of failures) console.error(`check-static: ${failure}`);
  console.log(`check-static: ${firstStories.size - new Set(failures.map((f) => f.split(':')[0])).size}/${firstStories.size} story files render from the static build`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
