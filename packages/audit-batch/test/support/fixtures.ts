/** Fixture portals for batch tests (from @losi/audit's test fixtures), the test checks, and small, fast audit options. */
import { startFixturePortal, startFixtureServer, PORTALS_DIR, type FixtureServer, type RouteBehaviour } from '../../../audit/test/fixtures/server.js';
import { homeSearchFormCheck, sitemapCheck } from '../../../audit/test/helpers/test-checks.js';
import type { PortalEntry } from '../../src/portals/load-portals.js';
import type { BatchAuditOptions } from '../../src/run/worker.js';

export { startFixturePortal, startFixtureServer, PORTALS_DIR, type FixtureServer };
export const TEST_CHECKS = [homeSearchFormCheck, sitemapCheck];

/** Tiny audits: two pages, no screenshots, no outbound checks, no pause between requests. */
export const FAST_AUDIT: BatchAuditOptions = { maxPages: 2, screenshots: false, delayMs: 0, allowPrivate: true, timeoutMs: 3000, maxOutbound: 0 };

/** A copy of a committed fixture portal with some routes changed (a 503 home page, a hanging one). */
export function startVariant(name: string, routes: Readonly<Record<string, RouteBehaviour>>): Promise<FixtureServer> {
  return startFixtureServer({ root: `${PORTALS_DIR}${name}`, routes, vars: { NATIONAL: 'http://localhost:9/' } });
}

export function entry(server: FixtureServer, city: string, country = 'GRC'): PortalEntry {
  return { city, country, url: server.url, portalKey: server.url, host: new URL(server.url).host };
}
