/**
 * Artifacts: what the gatherers collect once per portal, as plain serialisable data (JSON round-trips exactly), so
 * checks are pure functions over them and are unit-tested on recorded artifacts without a browser.
 * Every artifact may be absent when its gatherer failed; the gatherer then records why in `Artifacts.errors`.
 * URLs are absolute; selectors are CSS selectors unique in their page; text is whitespace-normalised.
 */
import type { PageOutcome, PageRole } from '@losi/indicators/audit-report';

/** The page regions links and elements are filed under (landmarks and their HTML5 elements, else `main`/`other`). */
export type Region = 'header' | 'nav' | 'main' | 'aside' | 'footer' | 'other';

/** A link as an assessor sees it. */
export interface LinkInfo {
  /** Absolute http(s) address after resolving against the page; non-http(s) hrefs keep their scheme (mailto:, tel:). */
  readonly href: string;
  /** The accessible text: text content, else aria-label, else title, else img alt. */
  readonly text: string;
  readonly region: Region;
  readonly selector: string;
  /** Same registrable domain as the portal (tldts). */
  readonly internal: boolean;
  readonly rel?: string;
  /** `hreflang` or `lang` on the link, for language switches. */
  readonly hreflang?: string;
  /** True when the link is visible (has a box and is not hidden) in the desktop render. */
  readonly visible: boolean;
}

export interface FormField {
  /** input type, or `select` / `textarea` / `button`. */
  readonly type: string;
  readonly name?: string;
  /** The accessible label (label element, aria-label, placeholder). */
  readonly label?: string;
  readonly autocomplete?: string;
  readonly required: boolean;
  /** The field's CSS selector (added by the gatherer so the search can type into it). */
  readonly selector?: string;
}

export interface FormInfo {
  readonly selector: string;
  readonly region: Region;
  /** Absolute action address ('' means the page itself). */
  readonly action: string;
  readonly method: 'get' | 'post' | 'dialog';
  readonly role?: string;
  /** role=search, type=search field, or a name/label/action that says search, in the page's language. */
  readonly looksLikeSearch: boolean;
  readonly hasPassword: boolean;
  readonly hasFileUpload: boolean;
  readonly fields: readonly FormField[];
  /** The form's visible text (legend, labels, button), at most 300 characters. */
  readonly text: string;
}

export interface Heading {
  readonly level: number;
  readonly text: string;
  readonly selector: string;
}

export interface EmbeddedFrame {
  readonly src: string;
  readonly title?: string;
  readonly selector: string;
}

/** What one followed page looks like after rendering. */
export interface PageArtifact {
  readonly url: string;
  readonly finalUrl: string;
  readonly role: PageRole;
  readonly outcome: PageOutcome;
  readonly httpStatus: number | null;
  readonly reason?: string;
  readonly fetchedAt: string;
  readonly durationMs: number;
  readonly bytes?: number;
  /** `<html lang>` as written, or undefined. */
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly title: string;
  /** `<meta name>` / `<meta property>` to content (viewport, description, og:*, generator, application-name, ...). */
  readonly meta: Readonly<Record<string, string>>;
  /** `<link rel=...>` entries that matter to checks (alternate with hreflang, manifest, icon, canonical). */
  readonly linkTags: readonly { readonly rel: string; readonly href: string; readonly hreflang?: string; readonly type?: string }[];
  /** Visible text of the page, whitespace-normalised, at most 100,000 characters. */
  readonly text: string;
  readonly headings: readonly Heading[];
  readonly links: readonly LinkInfo[];
  readonly forms: readonly FormInfo[];
  readonly frames: readonly EmbeddedFrame[];
  /** Script addresses (absolute) and inline script count, for platform and widget detection. */
  readonly scripts: readonly string[];
  /** How many inline scripts (no src, not JSON-LD) the page has. */
  readonly inlineScripts?: number;
  /** JSON-LD blocks parsed (invalid ones skipped), e.g. schema.org Event, GovernmentOrganization. */
  readonly jsonLd: readonly unknown[];
  /** Elements with interesting ids/classes/roles found by the gatherer: chat widgets, maps, calendars, cookie banners. */
  readonly landmarks?: readonly { readonly kind: string; readonly selector: string; readonly text: string }[];
}

/** The home page: a PageArtifact plus what only the start of the visit shows. */
export interface HomeArtifact extends PageArtifact {
  readonly requestedUrl: string;
  /** Each hop of the redirect chain, first to last. */
  readonly redirects: readonly { readonly url: string; readonly status: number; readonly location: string }[];
  /** Response headers of the final document response, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly tls?: {
    readonly protocol?: string;
    readonly issuer?: string;
    readonly subject?: string;
    readonly validFrom?: number;
    readonly validTo?: number;
  };
  /** The raw HTML of the final document response (at most the byte cap), for markup validation. */
  readonly html: string;
}

/** The phone-sized render (360×740, touch, mobile user agent). */
export interface MobileArtifact {
  readonly width: number;
  readonly height: number;
  /** The `<meta name=viewport>` content, or undefined. */
  readonly viewport?: string;
  /** document.scrollingElement.scrollWidth at phone width. */
  readonly scrollWidth: number;
  /** scrollWidth - width (0 when nothing sticks out). */
  readonly overflowPx: number;
  /** The widest elements sticking out, at most 10. */
  readonly offenders: readonly { readonly selector: string; readonly right: number }[];
  /** Font size of body text in CSS px, for legibility. */
  readonly bodyFontPx?: number;
  /** Screenshot of the viewport (data:image/png;base64), optional. */
  readonly screenshot?: string;
}

/** The site search, tried as a person would: type a word from the home page, submit, read the results page. */
export interface SearchArtifact {
  /** Whether a search form or field was found at all. */
  readonly found: boolean;
  readonly formSelector?: string;
  readonly inputSelector?: string;
  /** The word typed (taken from the home page's own text). */
  readonly query?: string;
  readonly resultsUrl?: string;
  readonly resultsStatus?: number | null;
  /** Links in the results page's main region that were not on the home page. */
  readonly resultLinks: readonly LinkInfo[];
  /** The results page mentions the query (outside the search field). */
  readonly resultsMentionQuery: boolean;
  /** A results page says "no results" (in its language), when recognised. */
  readonly saysNoResults: boolean;
  readonly page?: PageArtifact;
  readonly reason?: string;
}

export interface RobotsArtifact {
  readonly url: string;
  readonly httpStatus: number | null;
  /** The file's text (at most 500 kB), '' when missing. */
  readonly body: string;
  /** Sitemaps the file lists. */
  readonly sitemaps: readonly string[];
  /** Addresses the crawl did not visit because robots.txt disallows them for our user agent. */
  readonly disallowedSeen: readonly string[];
}

export interface SitemapArtifact {
  readonly url: string;
  readonly httpStatus: number | null;
  /** Total URLs listed (after following a sitemap index one level). */
  readonly total: number;
  /** Every URL listed, at most 5,000. */
  readonly urls: readonly string[];
}

/** axe-core on the home page (WCAG 2.x A and AA tags). */
export interface AxeArtifact {
  readonly version: string;
  readonly violations: readonly {
    readonly id: string;
    readonly impact?: string;
    readonly help: string;
    readonly helpUrl: string;
    readonly tags: readonly string[];
    readonly nodes: readonly { readonly target: string; readonly html: string }[];
  }[];
  readonly passes: number;
  readonly incomplete: number;
}

/** Markup validation of the home page's HTML (a well-kept validator run by the gatherer). */
export interface MarkupArtifact {
  readonly validator: string;
  readonly errors: readonly { readonly rule: string; readonly message: string; readonly line: number; readonly column: number; readonly selector?: string }[];
  readonly warnings: number;
}

/** An outbound link followed one hop to confirm it (e.g. the national portal, app stores, social networks). */
export interface OutboundArtifact {
  readonly href: string;
  readonly finalUrl?: string;
  readonly httpStatus: number | null;
  readonly outcome: PageOutcome;
  readonly title?: string;
}

/**
 * A screenshot of one element of a rendered page, taken once by the gatherer (PNG, at most 600×400 CSS px and 200 kB,
 * clipped from the element's top-left corner). The check runner attaches it to evidence that names the same page and
 * selector, so checks never take screenshots themselves.
 */
export interface ElementShot {
  /** Unique within the audit: shot-1, shot-2, ... */
  readonly id: string;
  /** The page's requested address, and its final one when it differs. */
  readonly url: string;
  readonly finalUrl?: string;
  readonly selector: string;
  readonly type: 'image/png';
  /** The PNG, base64. */
  readonly data: string;
  /** Pixel size of the PNG (CSS px: the desktop render has device scale 1). */
  readonly width: number;
  readonly height: number;
}

/** Everything gathered for one portal. Checks declare which keys they need. */
export interface Artifacts {
  readonly portalUrl: string;
  /** The registrable domain of the portal (tldts), e.g. tallinn.ee. */
  readonly registrableDomain: string;
  /** The home page's language, lower-case primary subtag (en, fr, ar, ...), or undefined. */
  readonly language?: string;
  readonly home?: HomeArtifact;
  readonly mobile?: MobileArtifact;
  readonly search?: SearchArtifact;
  readonly robots?: RobotsArtifact;
  readonly sitemap?: SitemapArtifact;
  readonly axe?: AxeArtifact;
  readonly markup?: MarkupArtifact;
  /** Every followed page other than home, in visiting order (nav, footer, sitemap sample, search results, topic pages). */
  readonly pages?: readonly PageArtifact[];
  readonly outbound?: readonly OutboundArtifact[];
  /** Element screenshots of the home page and followed pages (left out with `screenshots: false`). */
  readonly screenshots?: readonly ElementShot[];
  /** Gatherers that failed, by artifact name, with the reason. */
  readonly errors: Readonly<Partial<Record<ArtifactName, string>>>;
}

export type ArtifactName = 'home' | 'mobile' | 'search' | 'robots' | 'sitemap' | 'axe' | 'markup' | 'pages' | 'outbound' | 'screenshots';
