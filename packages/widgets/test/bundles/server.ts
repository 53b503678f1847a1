import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** The strict policy every response carries: scripts, styles, images and fetches from this origin only. */
export const STRICT_CSP = "default-src 'self'";

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** A running static server: its base URL and how to stop it. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves directories under URL prefixes (e.g. `{ '/cdn/': 'packages/widgets/cdn' }`) on 127.0.0.1, on a port
 * the OS picks, with `Content-Security-Policy: default-src 'self'` on every response (or the policy `policyFor` gives
 * for a path). Paths that leave their directory are refused.
 */
export function serveStatic(mounts: Readonly<Record<string, string>>, policyFor: (pathname: string) => string = () => STRICT_CSP): Promise<StaticServer> {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const mount = roots.find(([prefix]) => pathname.startsWith(prefix));
    const file = mount ? normalize(join(mount[1], pathname.slice(mount[0].length))) : undefined;
    if (!mount || !file || !(file === mount[1] || file.startsWith(mount[1] + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-security-policy': STRICT_CSP }).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': policyFor(pathname),
        'cache-control': 'no-store',
      })
      .end(readFileSync(file));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
