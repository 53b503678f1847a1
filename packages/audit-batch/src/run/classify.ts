/**
 * Which failures are worth another attempt. Permanent: the name does not resolve, TLS fails, the home page answers
 * 4xx (except 408 and 429), the portal refuses the bot (blocked, robots.txt) or is a private address. Transient:
 * timeouts, 5xx, refused or reset connections, a crashed browser, a hung audit.
 */
import type { AuditReport } from '@losi/audit';

export type FailureKind = 'permanent' | 'transient';

export interface Classified {
  readonly kind: FailureKind;
  readonly reason: string;
}

const PERMANENT_NETWORK = /ENOTFOUND|ERR_NAME_NOT_RESOLVED|CERT|SSL|TLS|self[- ]signed|UNABLE_TO_VERIFY|ERR_INVALID_URL/i;
const PERMANENT_OUTCOMES = new Set(['blocked', 'robots-disallowed', 'private-address', 'redirect-loop', 'not-html', 'off-site', 'too-large']);

/** Undefined when the audit completed; otherwise whether to retry, with the reason to record. */
export function classifyReport(report: AuditReport): Classified | undefined {
  if (report.outcome === 'completed') return undefined;
  const reason = report.reason ?? `the audit ended with outcome ${report.outcome}`;
  if (report.outcome === 'error') return { kind: 'transient', reason };
  const home = report.pages.find((page) => page.role === 'home');
  // No home request at all: refused before sending anything (a private address, a robots.txt that forbids it).
  if (home === undefined) return { kind: 'permanent', reason };
  if (home.outcome === 'http-error' && home.httpStatus !== null) {
    const status = home.httpStatus;
    return { kind: status >= 400 && status < 500 && status !== 408 && status !== 429 ? 'permanent' : 'transient', reason };
  }
  if (home.outcome === 'timeout') return { kind: 'transient', reason };
  if (home.outcome === 'network-error') return { kind: PERMANENT_NETWORK.test(home.reason ?? '') ? 'permanent' : 'transient', reason };
  if (PERMANENT_OUTCOMES.has(home.outcome)) return { kind: 'permanent', reason };
  return { kind: 'transient', reason };
}

/** An audit that threw: a bad address or option is permanent; a browser crash or a deadline is transient. */
export function classifyError(error: unknown): Classified {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TypeError || error instanceof RangeError) return { kind: 'permanent', reason: message };
  return { kind: 'transient', reason: message || 'the audit failed without a message' };
}
