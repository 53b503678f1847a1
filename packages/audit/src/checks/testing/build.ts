/**
 * Small builders of recorded artifacts for the checks' unit tests: a fictional portal at https://www.riverton.example
 * whose pages, links, forms and other artifacts each test describes in a few lines. Test-only (not exported).
 */
import type { Artifacts, FormInfo, HomeArtifact, LinkInfo, MobileArtifact, PageArtifact, Region, SearchArtifact } from '../../artifacts/types.js';

export const ORIGIN = 'https://www.riverton.example';
export const FETCHED_AT = '2026-12-03T12:00:00.000Z';

let counter = 0;

/** An absolute address on the portal (or the address itself when it has a scheme). */
export function at(path: string): string {
  return /^[a-z]+:/i.test(path) ? path : `${ORIGIN}${path.startsWith('/') ? '' : '/'}${path}`;
}

export function link(text: string, path: string, region: Region = 'main', extra: Partial<LinkInfo> = {}): LinkInfo {
  counter += 1;
  const href = at(path);
  const internal = /^https?:/i.test(href) && new URL(href).hostname.endsWith('riverton.example');
  return { href, text, region, selector: `${region} a:nth-of-type(${counter})`, internal, visible: true, ...extra };
}

export function form(partial: Partial<FormInfo> & { fields: FormInfo['fields'] }): FormInfo {
  counter += 1;
  return { selector: `form:nth-of-type(${counter})`, region: 'main', action: '', method: 'post', looksLikeSearch: false, hasPassword: false, hasFileUpload: false, text: '', ...partial };
}

export const searchForm = (): FormInfo =>
  form({ selector: 'header form', region: 'header', action: at('/search'), method: 'get', role: 'search', looksLikeSearch: true, fields: [{ type: 'search', name: 'q', label: 'Search', required: false, selector: '#q' }], text: 'Search' });

export const messageForm = (text = 'Message E-mail Send'): FormInfo =>
  form({
    fields: [
      { type: 'textarea', name: 'message', label: 'Message', required: true, selector: '#msg' },
      { type: 'email', name: 'email', label: 'E-mail', required: true, selector: '#email' },
      { type: 'button', label: 'Send', required: false },
    ],
    text,
  });

export const loginForm = (): FormInfo =>
  form({
    hasPassword: true,
    fields: [
      { type: 'text', name: 'user', label: 'User name', required: true, selector: '#user' },
      { type: 'password', name: 'password', label: 'Password', required: true, selector: '#pw' },
    ],
    text: 'User name Password Sign in',
  });

export interface PageSpec extends Partial<Omit<PageArtifact, 'headings'>> {
  /** The first heading (h1); its selector is `h1`. */
  readonly h1?: string;
  readonly headings?: PageArtifact['headings'];
}

export function page(path: string, spec: PageSpec = {}): PageArtifact {
  const { h1, ...rest } = spec;
  const url = at(path);
  return {
    url,
    finalUrl: url,
    role: 'nav',
    outcome: 'ok',
    httpStatus: 200,
    fetchedAt: FETCHED_AT,
    durationMs: 100,
    lang: 'en',
    dir: 'ltr',
    title: h1 ?? '',
    meta: {},
    linkTags: [],
    text: h1 ?? '',
    headings: h1 ? [{ level: 1, text: h1, selector: 'h1' }] : [],
    links: [],
    forms: [],
    frames: [],
    scripts: [],
    jsonLd: [],
    ...rest,
  };
}

export function home(spec: PageSpec & Partial<Pick<HomeArtifact, 'html' | 'headers' | 'redirects'>> = {}): HomeArtifact {
  const base = page('/', { role: 'home', title: 'City of Riverton', h1: 'Welcome to the City of Riverton', ...spec });
  return { ...base, requestedUrl: base.url, redirects: [], headers: { 'content-type': 'text/html; charset=utf-8' }, html: '<!doctype html>', ...spec, role: 'home' } as HomeArtifact;
}

export function mobile(partial: Partial<MobileArtifact> = {}): MobileArtifact {
  return { width: 360, height: 740, viewport: 'width=device-width, initial-scale=1', scrollWidth: 360, overflowPx: 0, offenders: [], bodyFontPx: 16, ...partial };
}

export function search(partial: Partial<SearchArtifact> = {}): SearchArtifact {
  return { found: true, formSelector: 'header form', inputSelector: '#q', query: 'riverton', resultsUrl: at('/search?q=riverton'), resultsStatus: 200, resultLinks: [], resultsMentionQuery: true, saysNoResults: false, ...partial };
}

/** Artifacts of the fictional portal; the home page defaults to an English page with no links. */
export function artifacts(partial: Partial<Omit<Artifacts, 'errors'>> & { errors?: Artifacts['errors'] } = {}): Artifacts {
  const homePage = partial.home ?? home();
  return {
    portalUrl: `${ORIGIN}/`,
    registrableDomain: 'riverton.example',
    language: (homePage.lang ?? 'en').split('-')[0]!.toLowerCase(),
    pages: [],
    ...partial,
    home: homePage,
    errors: partial.errors ?? {},
  };
}
