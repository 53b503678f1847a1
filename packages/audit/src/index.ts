/** @losi/audit: checks a city portal in headless Chromium and proposes LOSI answers with evidence. */
export type * from './artifacts/types.js';
export type { Check, CheckResult } from './checks/check.js';
export { ALL_CHECKS, DECIDED_CHECKS, STRUCTURAL_CHECKS, TOPIC_CHECKS } from './checks/index.js';
export { checkCatalogue, type CheckCatalogueEntry } from './checks/catalogue.js';
export { TERMS, TERM_LANGUAGES, TERMS_PROVENANCE, type TermConcept, type TermLanguage } from './checks/terms/terms.js';
export { auditPortal, gatherPortal, normalisePortalUrl, type GatheredPortal } from './audit.js';
export { launchBrowser, CHROMIUM_FLAGS, defaultChromePath, type LaunchOptions } from './browser/launch.js';
export { runCheck, runChecks, homeUnreachableReason } from './run/run-checks.js';
export { evidenceFrom, snippetOf, textHash, MAX_SNIPPET } from './evidence/evidence.js';
export { DEFAULTS, defaultUserAgent, INFO_URL, type AuditOptions, type AuditProgress } from './options.js';
export { ROBOTS_TOKEN } from './net/robots.js';
export { isNonPublicAddress } from './net/address-guard.js';
export { siteOf, isOnSite } from './net/site.js';
export { AUDIT_VERSION } from './version.js';
export type { AuditReport, Verdict, Evidence, AuditPage } from '@losi/indicators/audit-report';
export { renderAuditReportHtml, auditReportCsp, type AuditHtmlOptions } from './report/html.js';
export { AUDIT_HTML_MESSAGES, type AuditHtmlMessages } from './report/html-messages.js';
