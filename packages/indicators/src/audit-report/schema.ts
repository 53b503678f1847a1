/**
 * The audit report format (version 1): what `@losi/audit` found on one portal, as proposals with evidence.
 * It lives here, beside the assessment format, because the questionnaire (browser), the studio and the CLI all read it
 * and none of them may depend on the Node-only audit package. Documented field by field in the package README.
 */
import * as z from 'zod';
import { EDITION_IDS } from '../structure.js';
import type { EditionId } from '../types.js';

/** The current version of the audit report format. */
export const AUDIT_REPORT_VERSION = 1;

/**
 * What a check concluded about one indicator.
 * - `pass`: the feature is there (proposes "yes"); `fail`: it is not (proposes "no"); `not-applicable`: proposes "na".
 * - `needs-review`: signals are partial; a person decides, helped by the candidate evidence. Proposes nothing.
 * - `error`: the check could not run (a gatherer failed); `unreachable`: the portal or page could not be loaded.
 *   Neither ever counts as "no".
 */
export const VERDICT_STATUSES = ['pass', 'fail', 'needs-review', 'not-applicable', 'error', 'unreachable'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/** How a check decides: `decided` by rule (pass/fail), `structural` evidence for review, `topic` pages found by term lists. */
export const CHECK_CLASSES = ['decided', 'structural', 'topic'] as const;
export type CheckClass = (typeof CHECK_CLASSES)[number];

/** Why a page was visited. */
export const PAGE_ROLES = ['home', 'nav', 'footer', 'sitemap', 'search', 'topic', 'link', 'outbound', 'robots'] as const;
export type PageRole = (typeof PAGE_ROLES)[number];

/** How loading a page ended. */
export const PAGE_OUTCOMES = [
  'ok',
  'http-error',
  'robots-disallowed',
  'timeout',
  'redirect-loop',
  'too-large',
  'not-html',
  'blocked',
  'off-site',
  'private-address',
  'network-error',
  'skipped',
] as const;
export type PageOutcome = (typeof PAGE_OUTCOMES)[number];

/** How the audit of the portal as a whole ended. */
export const AUDIT_OUTCOMES = ['completed', 'unreachable', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

const isoDateTime = z.iso.datetime({ offset: true }).meta({ description: 'An ISO 8601 date and time, e.g. 2026-12-03T12:00:00.000Z.' });
const httpUrl = z
  .string()
  .regex(/^https?:\/\/\S+$/)
  .meta({ description: 'An http:// or https:// address.' });

/** One piece of evidence: where something was seen (or looked for), so a person can check it. */
export const evidenceSchema = z
  .strictObject({
    url: httpUrl.meta({ description: 'The address that was requested.' }),
    finalUrl: httpUrl.optional().meta({ description: 'The address after redirects, when it differs.' }),
    selector: z.string().max(500).optional().meta({ description: 'A CSS selector of the element in that page.' }),
    snippet: z.string().max(300).optional().meta({ description: "At most 300 characters of the element's text, in the page's language." }),
    lang: z.string().max(35).optional().meta({ description: 'The language of the snippet (BCP 47), when the page declares one.' }),
    textHash: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .optional()
      .meta({ description: 'sha256 of the normalised snippet text, so the same text can be found again later.' }),
    fetchedAt: isoDateTime.optional().meta({ description: 'When the page was fetched.' }),
    screenshot: z
      .string()
      .max(2_000_000)
      .optional()
      .meta({ description: 'A screenshot of the element: a file name relative to the report, or a data:image/png;base64 address.' }),
    note: z.string().max(500).optional().meta({ description: 'What this evidence shows, in plain words (English).' }),
  })
  .meta({ description: 'Where the check saw the feature, or the candidate a person should look at.' });

/** One verdict: a check's proposal for one indicator. */
export const verdictSchema = z
  .strictObject({
    indicator: z.string().min(1).meta({ description: 'The catalogue id of the indicator, e.g. privacy-policy.' }),
    code: z.string().nullable().meta({ description: 'The questionnaire code, e.g. #212, or null where unknown.' }),
    check: z.string().min(1).meta({ description: 'The id of the check that produced the verdict.' }),
    ruleVersion: z.number().int().positive().meta({ description: "The version of the check's rule; raised whenever the rule changes." }),
    class: z.enum(CHECK_CLASSES).meta({ description: 'decided, structural or topic.' }),
    status: z.enum(VERDICT_STATUSES).meta({ description: 'pass, fail, needs-review, not-applicable, error or unreachable.' }),
    reason: z.string().max(1000).meta({ description: 'Why, in one or two plain sentences (English).' }),
    evidence: z.array(evidenceSchema).max(50).meta({ description: 'The evidence, most telling first (may be empty for a fail).' }),
  })
  .meta({ description: "A check's proposal for one indicator; never an answer until a person accepts it." });

/** One page the audit visited. */
export const pageSchema = z
  .strictObject({
    url: httpUrl,
    finalUrl: httpUrl.optional(),
    role: z.enum(PAGE_ROLES),
    outcome: z.enum(PAGE_OUTCOMES),
    httpStatus: z.number().int().nullable().meta({ description: 'The HTTP status of the last response, or null when there was none.' }),
    reason: z.string().max(1000).optional().meta({ description: 'For an outcome other than ok: what happened.' }),
    fetchedAt: isoDateTime,
    durationMs: z.number().nonnegative(),
    bytes: z.number().int().nonnegative().optional(),
    lang: z.string().max(35).optional(),
    title: z.string().max(500).optional(),
  })
  .meta({ description: 'A page the audit requested, with how it went.' });

export const auditReportSchema = z
  .strictObject({
    $schema: z.string().optional(),
    reportVersion: z.literal(AUDIT_REPORT_VERSION).meta({ description: 'The version of this format: 1.' }),
    edition: z.enum(EDITION_IDS as [EditionId, ...EditionId[]]).meta({ description: 'The LOSI edition whose indicators the verdicts name.' }),
    portal: z
      .strictObject({
        requestedUrl: httpUrl,
        finalUrl: httpUrl.optional(),
        city: z.string().max(200).optional(),
        country: z.string().regex(/^[A-Z]{3}$/).optional(),
        lang: z.string().max(35).optional().meta({ description: 'The language the home page declares.' }),
      })
      .meta({ description: 'The portal audited.' }),
    outcome: z.enum(AUDIT_OUTCOMES).meta({ description: 'completed, unreachable (with reason) or error (with reason).' }),
    reason: z.string().max(1000).optional().meta({ description: 'Why the audit did not complete.' }),
    startedAt: isoDateTime,
    finishedAt: isoDateTime,
    tool: z
      .strictObject({
        name: z.string(),
        version: z.string(),
        browser: z.string().optional().meta({ description: 'The browser and its version, e.g. Chromium 156.0.8078.108.' }),
        userAgent: z.string().optional(),
        versions: z.record(z.string(), z.string()).optional().meta({ description: 'Versions of the libraries used (playwright-core, axe-core, ...).' }),
      })
      .meta({ description: 'What produced the report.' }),
    options: z.record(z.string(), z.unknown()).optional().meta({ description: 'The options the audit ran with (max pages, timeouts, ...).' }),
    pages: z.array(pageSchema).meta({ description: 'Every page requested, in order.' }),
    verdicts: z.array(verdictSchema).meta({ description: 'One verdict per indicator checked, in catalogue order.' }),
  })
  .meta({
    title: 'LOSI audit report',
    description: 'What @losi/audit found on one city portal: proposals with evidence, for a person to accept or reject. Format version 1.',
  });

export type Evidence = z.output<typeof evidenceSchema>;
export type Verdict = z.output<typeof verdictSchema>;
export type AuditPage = z.output<typeof pageSchema>;
export type AuditReport = Omit<z.output<typeof auditReportSchema>, '$schema'>;
