import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built demo served for the tests, ending in `/`. */
    demoUrl: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Serves the built demo (dist/) with `vite preview` on 127.0.0.1 on a free port, for every test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
    throw new Error(
      'apps/demo/dist/ does not exist: build the demo first (pnpm --filter demo build after building the packages, or `pnpm build` at the root; `pnpm test` does both).',
    );
  }
  const server = await preview({
    root,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report its address');
  project.provide('demoUrl', address);
  return () => server.close();
}
