import { describe, expect, it } from 'vitest';
import { addressPolicy, isNonPublicAddress } from '../../src/net/address-guard.js';
import { guardedFetch } from '../../src/net/fetch.js';
import { startFixtureServer } from '../fixtures/server.js';
import { PORTALS_DIR } from '../fixtures/server.js';
import { join } from 'node:path';

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', 'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });
  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '193.40.5.1', '2001:4860:4860::8888', '2a00:1450:4001::1', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(false);
  });
});

const options = { userAgent: 'LOSI-Audit/test', allowPrivate: true, timeoutMs: 3000, maxBytes: 100_000 };

describe('guardedFetch', () => {
  it('refuses a loopback address unless private addresses are allowed', async () => {
    const server = await startFixtureServer({ root: join(PORTALS_DIR, 'riverton-en') });
    try {
      const refused = await guardedFetch(server.url, { ...options, allowPrivate: false });
      expect(refused.outcome).toBe('private-address');
      expect(refused.status).toBeNull();
      expect(server.requests).toHaveLength(0);
      const named = await guardedFetch(server.url.replace('127.0.0.1', 'localhost'), { ...options, allowPrivate: false });
      expect(named.outcome).toBe('private-address');
      const allowed = await guardedFetch(server.url, options);
      expect(allowed.outcome).toBe('ok');
      expect(allowed.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('checks the address again on every redirect hop (a redirect to a refused host is not followed)', async () => {
    const target = await startFixtureServer({ root: join(PORTALS_DIR, 'riverton-en') });
    const start = await startFixtureServer({ root: join(PORTALS_DIR, 'riverton-en'), routes: { '/go': { redirect: `http://localhost:${new URL(target.url).port}/` } } });
    try {
      // 127.0.0.1 is allowed, whatever "localhost" resolves to is refused: the hop's own lookup must refuse it.
      const result = await guardedFetch(`${start.origin}/go`, { ...options, refuseAddress: (_address, host) => host === 'localhost' });
      expect(result.outcome).toBe('private-address');
      expect(result.redirects).toHaveLength(1);
      expect(target.requests).toHaveLength(0);
    } finally {
      await start.close();
      await target.close();
    }
  });

  it('records redirect chains, detects loops, caps bytes, stops at downloads and keeps to the deadline', async () => {
    const server = await startFixtureServer({
      root: join(PORTALS_DIR, 'riverton-en'),
      routes: { '/a': { redirect: '/b', status: 301 }, '/b': { redirect: '/about/' }, '/loop1': { redirect: '/loop2' }, '/loop2': { redirect: '/loop1' }, '/slow': { delayMs: 2000 }, '/endless': { endless: true } },
    });
    try {
      const chain = await guardedFetch(`${server.origin}/a`, options);
      expect(chain.outcome).toBe('ok');
      expect(chain.finalUrl).toBe(`${server.origin}/about/`);
      expect(chain.redirects.map((hop) => hop.status)).toEqual([301, 302]);
      const loop = await guardedFetch(`${server.origin}/loop1`, options);
      expect(loop.outcome).toBe('redirect-loop');
      const endless = await guardedFetch(`${server.origin}/endless`, options);
      expect(endless.outcome).toBe('too-large');
      expect(endless.body.length).toBe(100_000);
      const slow = await guardedFetch(`${server.origin}/slow`, { ...options, timeoutMs: 300 });
      expect(slow.outcome).toBe('timeout');
      const notHtml = await guardedFetch(`${server.origin}/files/budget-2026.pdf`, {
        ...options,
        acceptHead: (_status, headers) => (headers['content-disposition'] ? { outcome: 'not-html', reason: 'download' } : undefined),
      });
      expect(notHtml.outcome).toBe('not-html');
      expect(notHtml.body.length).toBe(0);
      const bad = await guardedFetch('ftp://example.org/', options);
      expect(bad.outcome).toBe('blocked');
    } finally {
      await server.close();
    }
  });

  it('refuses private addresses by default in the policy', () => {
    expect(addressPolicy(false)('10.0.0.1', 'intranet')).toBe(true);
    expect(addressPolicy(true)('10.0.0.1', 'intranet')).toBe(false);
  });
});
