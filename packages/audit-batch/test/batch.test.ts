/** A batch run on the embedded database with fixture portals: outcomes, retries, exactly-once results and resume. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '@losi/audit';
import { parseAssessment } from '@losi/indicators/schema';
import { exportRowsToCsv, exportRun } from '../src/export/export.js';
import { ensureRun } from '../src/results/store.js';
import { openBatchStore, runBatch, type BatchStore } from '../src/run/batch.js';
import type { WorkerEvent } from '../src/run/worker.js';
import { entry, FAST_AUDIT, startFixturePortal, startVariant, TEST_CHECKS, type FixtureServer } from './support/fixtures.js';

let browser: Awaited<ReturnType<typeof launchBrowser>>;
const servers: FixtureServer[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
});

describe('runBatch (embedded)', () => {
  it('records each portal once: completed, unreachable without retry (403, 404), and unreachable after 3 attempts (503); a rerun adds nothing', async () => {
    const ok = await startFixturePortal('riverton-en');
    const blocked = await startFixturePortal('blocked-portal');
    const gone = await startVariant('villeneuve-fr', { '/': { status: 404 } });
    const flaky = await startVariant('ciudad-es', { '/': { status: 503 } });
    servers.push(ok, blocked, gone, flaky);
    const portals = [entry(ok, 'Riverton'), entry(blocked, 'Blocked'), entry(gone, 'Gone'), entry(flaky, 'Flaky')];
    const store: BatchStore = await openBatchStore('memory://', { retryDelayMs: 100 });
    try {
      const events: WorkerEvent[] = [];
      const first = await runBatch(store, { runId: 'test-run', source: 'portals.csv', portals, audit: FAST_AUDIT, checks: TEST_CHECKS, browser, concurrency: 2, pollMs: 50, onEvent: (event) => events.push(event) });
      expect(first).toMatchObject({ queued: 4, alreadyAudited: 0, auditedNow: 4, summary: { portals: 4, audited: 4, completed: 1, unreachable: 3, error: 0 } });
      const rows = await store.db.query<{ city: string; outcome: string; attempts: number; reason: string | null }>(
        `SELECT p.city, a.outcome, a.attempts, a.reason FROM portal_audits a JOIN run_portals p USING (run_id, portal_key) ORDER BY p.position`,
      );
      expect(rows.map((row) => [row.city, row.outcome, row.attempts])).toEqual([
        ['Riverton', 'completed', 1],
        ['Blocked', 'unreachable', 1],
        ['Gone', 'unreachable', 1],
        ['Flaky', 'unreachable', 3],
      ]);
      expect(rows[3]!.reason).toMatch(/gave up after 3 attempts/);
      expect(events.filter((event) => event.type === 'retrying').map((event) => (event as { job: { city: string } }).job.city)).toEqual(['Flaky', 'Flaky']);
      // Every verdict carries its rule version; the evidence of the completed portal is stored.
      const verdicts = await store.db.query<{ check_id: string; rule_version: number; status: string; evidence: number }>(
        `SELECT v.check_id, v.rule_version, v.status, (SELECT count(*)::int FROM evidence e WHERE e.verdict_id = v.id) AS evidence
         FROM verdicts v JOIN portal_audits a ON a.id = v.audit_id JOIN run_portals p USING (run_id, portal_key) WHERE p.city = 'Riverton' ORDER BY v.position`,
      );
      expect(verdicts).toEqual([
        { check_id: 'test-sitemap', rule_version: 2, status: 'needs-review', evidence: 1 },
        { check_id: 'test-home-search-form', rule_version: 1, status: 'pass', evidence: 1 },
      ]);

      const again = await runBatch(store, { runId: 'test-run', source: 'portals.csv', portals, audit: FAST_AUDIT, checks: TEST_CHECKS, browser, pollMs: 50 });
      expect(again).toMatchObject({ queued: 0, alreadyAudited: 4, auditedNow: 0, summary: { audited: 4 } });
      const [count] = await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM portal_audits`);
      expect(count!.n).toBe(4);

      // A portal added to the list later is pending in the export until audited.
      await ensureRun(store.db, { id: 'test-run', source: 'portals.csv', options: {}, portals: [{ city: 'Later', url: 'https://later.example/', portalKey: 'https://later.example/', host: 'later.example' }] });
      const exported = (await exportRun(store.db, 'test-run'))!;
      expect(exported.rows.map((row) => [row.city, row.outcome, row.indicator, row.status, row.proposed])).toEqual([
        ['Riverton', 'completed', 'navigability', 'needs-review', ''],
        ['Riverton', 'completed', 'internal-search', 'pass', 'yes'],
        ['Blocked', 'unreachable', 'navigability', 'unreachable', ''],
        ['Blocked', 'unreachable', 'internal-search', 'unreachable', ''],
        ['Gone', 'unreachable', 'navigability', 'unreachable', ''],
        ['Gone', 'unreachable', 'internal-search', 'unreachable', ''],
        ['Flaky', 'unreachable', 'navigability', 'unreachable', ''],
        ['Flaky', 'unreachable', 'internal-search', 'unreachable', ''],
        ['Later', 'pending', '', '', ''],
      ]);
      expect(exported.rows[1]).toMatchObject({ evidenceUrl: ok.url, ruleVersion: 1, check: 'test-home-search-form', snippet: expect.any(String) });
      // Drafts are valid assessments: only decided proposals, each marked as not accepted yet.
      expect(exported.drafts).toHaveLength(4);
      for (const draft of exported.drafts) expect(parseAssessment(draft).problems ?? []).toEqual([]);
      expect(exported.drafts[0]!.answers).toEqual({ 'internal-search': { value: 'yes', evidence: ok.url, note: expect.stringMatching(/^Audit proposal, not yet accepted by a person: pass by check test-home-search-form \(rule 1\)/) } });
      expect(exported.drafts[1]!.answers).toEqual({});
      const csv = exportRowsToCsv(exported.rows);
      expect(csv.split('\n')[0]).toBe('run,city,country,portal_url,outcome,outcome_reason,round,audited_at,indicator,code,check,rule_version,status,proposed,reason,evidence_url,snippet');
      expect(csv.trim().split('\n')).toHaveLength(10);
    } finally {
      await store.close();
    }
  });
});
