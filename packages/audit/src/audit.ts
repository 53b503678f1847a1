/** `auditPortal`: gather the artifacts of one portal in Chromium, run the checks on them, assemble the report. */
import type { AuditReport, Verdict } from '@losi/indicators/audit-report';
import type { Browser } from 'playwright-core';
import type { Artifacts } from './artifacts/types.js';
import { launchBrowser } from './browser/launch.js';
import { ALL_CHECKS } from './checks/index.js';
import { gatherArtifacts } from './gather/gather.js';
import { assertPublicLiteral, PrivateAddressError } from './net/address-guard.js';
import { isHttpUrl } from './net/site.js';
import { resolveOptions, type AuditOptions, type ResolvedOptions } from './options.js';
import { assembleReport } from './report/assemble.js';
import { runChecks } from './run/run-checks.js';
import { AUDIT_VERSION, libraryVersions } from './version.js';

/** The portal address as the audit requests it: http(s) only, with a scheme added when missing (https). */
export function normalisePortalUrl(input: string): string {
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new TypeError(`"${input}" is not a web address.`);
  }
  if (!isHttpUrl(url.href)) throw new TypeError(`"${input}" is not an http:// or https:// address.`);
  url.hash = '';
  return url.href;
}

function optionsRecord(options: ResolvedOptions, checks: number): Record<string, unknown> {
  return {
    maxPages: options.maxPages,
    allowPrivate: options.allowPrivate,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    delayMs: options.delayMs,
    maxOutbound: options.maxOutbound,
    screenshots: options.screenshots,
    checks,
  };
}

/** What `gatherOnly` gives: the artifacts, and the pages requested while gathering them. */
export interface GatheredPortal {
  readonly artifacts: Artifacts;
  readonly pages: AuditReport['pages'];
}

async function withBrowser<T>(options: AuditOptions, task: (browser: Browser) => Promise<T>): Promise<T> {
  if (options.browser) return task(options.browser);
  const browser = await launchBrowser();
  try {
    return await task(browser);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/**
 * Gathers the artifacts of a portal without running checks: for recording check fixtures and for tools that judge
 * artifacts their own way.
 */
export async function gatherPortal(url: string, options: AuditOptions = {}): Promise<GatheredPortal> {
  const portalUrl = normalisePortalUrl(url);
  return withBrowser(options, async (browser) => {
    const resolved = resolveOptions(options, AUDIT_VERSION, browser.version());
    const gathered = await gatherArtifacts(portalUrl, { browser, options: resolved, versions: libraryVersions(), ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    await gathered.close();
    return { artifacts: gathered.artifacts, pages: gathered.session.pages };
  });
}

/**
 * Audits one portal: visits it in headless Chromium (politely, on its own site, honouring robots.txt), runs the checks
 * on what it gathered and returns the report. Resolves whenever the audit ran, also when the portal was unreachable
 * (outcome `unreachable`, every verdict `unreachable`). Rejects on a bad address or option (TypeError, RangeError), when
 * Chromium cannot start, and with the signal's reason when aborted.
 */
export async function auditPortal(url: string, options: AuditOptions = {}): Promise<AuditReport> {
  const portalUrl = normalisePortalUrl(url);
  const checks = options.checks ?? ALL_CHECKS;
  const startedAt = new Date();
  options.signal?.throwIfAborted();
  return withBrowser(options, async (browser) => {
    const resolved = resolveOptions(options, AUDIT_VERSION, browser.version());
    const versions = libraryVersions();
    const tool = { name: '@losi/audit', version: AUDIT_VERSION, browser: `Chromium ${browser.version()}`, userAgent: resolved.userAgent, versions };
    const report = (parts: { artifacts?: Artifacts; verdicts: Verdict[]; pages: AuditReport['pages']; failure?: string }): AuditReport =>
      assembleReport({
        portalUrl,
        ...parts,
        edition: resolved.edition,
        startedAt,
        finishedAt: new Date(),
        tool,
        options: optionsRecord(resolved, checks.length),
        ...(options.city ? { city: options.city } : {}),
        ...(options.country ? { country: options.country } : {}),
      });
    try {
      assertPublicLiteral(new URL(portalUrl).hostname, resolved.allowPrivate);
    } catch (error) {
      if (!(error instanceof PrivateAddressError)) throw error;
      const artifacts: Artifacts = { portalUrl, registrableDomain: new URL(portalUrl).host, errors: { home: error.message } };
      return report({ artifacts, verdicts: runChecks(checks, artifacts), pages: [] });
    }
    const gathered = await gatherArtifacts(portalUrl, { browser, options: resolved, versions, ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    try {
      options.onProgress?.({ phase: 'checks', pagesDone: gathered.session.pages.length, maxPages: resolved.maxPages });
      // Screenshots were taken while gathering; the runner attaches them to the evidence that names their element.
      const verdicts = runChecks(checks, gathered.artifacts);
      options.signal?.throwIfAborted();
      options.onProgress?.({ phase: 'done', pagesDone: gathered.session.pages.length, maxPages: resolved.maxPages });
      return report({ artifacts: gathered.artifacts, verdicts, pages: gathered.session.pages });
    } finally {
      await gathered.close();
    }
  });
}
