/** The demo's pages, in navigation order: `file` is relative to apps/demo and to `dist/` alike. */
export const PAGES = [
  { id: 'home', file: 'index.html' },
  { id: 'assessment', file: 'pages/assessment.html' },
  { id: 'report', file: 'pages/report.html' },
  { id: 'badge', file: 'pages/badge.html' },
  { id: 'dashboard', file: 'pages/dashboard.html' },
  { id: 'catalogue', file: 'pages/catalogue.html' },
  { id: 'reconcile', file: 'pages/reconcile.html' },
  { id: 'adapted', file: 'pages/adapted.html' },
] as const;

/** A relative link from one page's file to another's, so the built app works under any base path. */
export function relativeHref(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  const target = to === 'index.html' ? '' : to;
  const up = '../'.repeat(depth);
  return up + target || './';
}

export type PageId = (typeof PAGES)[number]['id'];
