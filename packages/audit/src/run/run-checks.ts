/**
 * The check runner: pure, no browser. A check sees only the artifacts it declared in `needs`; a missing one gives
 * `error` without calling it; a home page that could not be loaded makes every verdict `unreachable`; a check that
 * throws or returns something malformed gives `error`. Results are trimmed to the report format's limits.
 */
import { VERDICT_STATUSES, type Evidence, type Verdict, type VerdictStatus } from '@losi/indicators/audit-report';
import type { ArtifactName, Artifacts, ElementShot } from '../artifacts/types.js';
import type { Check, CheckResult } from '../checks/check.js';
import { snippetOf, textHash } from '../evidence/evidence.js';

const MAX_EVIDENCE = 50;
const MAX_REASON = 1000;
const HTTP = /^https?:\/\/\S+$/;
/** Screenshots go on the first evidence items of a verdict only, so one footer link does not fill the report. */
const SHOTS_PER_VERDICT = 3;

/** Why the audit could not judge anything, or undefined when the home page was loaded. */
export function homeUnreachableReason(artifacts: Pick<Artifacts, 'home' | 'errors'>): string | undefined {
  const home = artifacts.home;
  if (home === undefined) return `The home page could not be loaded: ${artifacts.errors.home ?? 'no home page artifact'}.`;
  if (home.outcome !== 'ok') return `The home page could not be loaded (${home.outcome}${home.reason ? `: ${home.reason}` : ''}).`;
  return undefined;
}

/** Only the artifacts a check declared, plus the portal facts every check may read. */
function restrict(artifacts: Artifacts, needs: readonly ArtifactName[]): Artifacts {
  const view: Record<string, unknown> = {
    portalUrl: artifacts.portalUrl,
    registrableDomain: artifacts.registrableDomain,
    errors: artifacts.errors,
    ...(artifacts.language === undefined ? {} : { language: artifacts.language }),
  };
  for (const name of needs) view[name] = artifacts[name];
  return Object.freeze(view) as unknown as Artifacts;
}

function cleanEvidence(evidence: unknown): Evidence[] {
  if (!Array.isArray(evidence)) return [];
  const cleaned: Evidence[] = [];
  for (const item of evidence.slice(0, MAX_EVIDENCE)) {
    if (item === null || typeof item !== 'object' || typeof (item as Evidence).url !== 'string' || !HTTP.test((item as Evidence).url)) continue;
    const source = item as Evidence;
    const snippet = source.snippet === undefined ? undefined : snippetOf(source.snippet);
    cleaned.push({
      ...source,
      ...(source.finalUrl !== undefined && !HTTP.test(source.finalUrl) ? { finalUrl: undefined } : {}),
      ...(source.selector === undefined ? {} : { selector: source.selector.slice(0, 500) }),
      ...(snippet === undefined ? {} : { snippet, textHash: source.textHash ?? textHash(snippet) }),
      ...(source.note === undefined ? {} : { note: source.note.slice(0, 500) }),
      ...(source.lang === undefined ? {} : { lang: source.lang.slice(0, 35) }),
    });
    if (cleaned.at(-1)?.finalUrl === undefined) delete (cleaned.at(-1) as { finalUrl?: string }).finalUrl;
  }
  return cleaned;
}

/** Screenshots by page address (requested and final) and selector. */
function shotIndex(shots: readonly ElementShot[] | undefined): Map<string, ElementShot> {
  const index = new Map<string, ElementShot>();
  for (const shot of shots ?? []) {
    for (const url of [shot.url, shot.finalUrl]) if (url !== undefined && !index.has(`${url}\n${shot.selector}`)) index.set(`${url}\n${shot.selector}`, shot);
  }
  return index;
}

/**
 * Attaches the gathered screenshot of the same page and element to the first evidence items that have none (a pure
 * lookup: the check chose the element, the gatherer had already captured it).
 */
export function attachScreenshots(evidence: readonly Evidence[], shots: readonly ElementShot[] | undefined): Evidence[] {
  const index = shotIndex(shots);
  if (index.size === 0) return [...evidence];
  return evidence.map((item, position) => {
    if (position >= SHOTS_PER_VERDICT || item.screenshot !== undefined || item.selector === undefined) return item;
    const shot = index.get(`${item.finalUrl ?? item.url}\n${item.selector}`) ?? index.get(`${item.url}\n${item.selector}`);
    return shot ? { ...item, screenshot: `data:${shot.type};base64,${shot.data}` } : item;
  });
}

function verdict(check: Check, status: VerdictStatus, reason: string, evidence: readonly Evidence[]): Verdict {
  return {
    indicator: check.indicator,
    code: check.code,
    check: check.id,
    ruleVersion: check.ruleVersion,
    class: check.class,
    status,
    reason: reason.slice(0, MAX_REASON),
    evidence: [...evidence],
  };
}

/** Runs one check on the artifacts. Never throws. */
export function runCheck(check: Check, artifacts: Artifacts): Verdict {
  const unreachable = homeUnreachableReason(artifacts);
  if (unreachable !== undefined) return verdict(check, 'unreachable', unreachable, []);
  const missing = check.needs.filter((name) => artifacts[name] === undefined);
  if (missing.length > 0) {
    const why = missing.map((name) => `${name}${artifacts.errors[name] ? ` (${artifacts.errors[name]})` : ''}`).join(', ');
    return verdict(check, 'error', `The check could not run: missing ${why}.`, []);
  }
  let result: CheckResult;
  try {
    result = check.run(restrict(artifacts, [...check.needs, ...(check.uses ?? [])]));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return verdict(check, 'error', `The check failed: ${message}`, []);
  }
  const status = result?.status as VerdictStatus | undefined;
  if (status === undefined || !VERDICT_STATUSES.includes(status) || status === 'unreachable') {
    return verdict(check, 'error', `The check returned an unknown status (${String(status)}).`, []);
  }
  return verdict(check, status, typeof result.reason === 'string' && result.reason !== '' ? result.reason : `Status ${status}.`, attachScreenshots(cleanEvidence(result.evidence), artifacts.screenshots));
}

/** Runs every check on the artifacts, in the given order. Pure and synchronous; never throws. */
export function runChecks(checks: readonly Check[], artifacts: Artifacts): Verdict[] {
  return checks.map((check) => runCheck(check, artifacts));
}
