/** The mobile artifact: the home page rendered at phone size (360×740, touch, a phone's user agent), with overflow figures. */
import type { Browser } from 'playwright-core';
import type { MobileArtifact } from '../artifacts/types.js';
import { installRouter } from '../net/router.js';
import type { Session } from '../net/session.js';
import type { FetchResult } from '../net/fetch.js';

export const PHONE = { width: 360, height: 740 } as const;

interface Measure {
  viewport?: string;
  scrollWidth: number;
  offenders: { selector: string; right: number }[];
  bodyFontPx?: number;
}

/** Measures in the page: the scroll width, the elements that stick out to the right, the body text size. */
function measureInBrowser(width: number): Measure {
  const root = document.scrollingElement ?? document.documentElement;
  const selectorOf = (element: Element): string => {
    const parts: string[] = [];
    for (let current: Element | null = element; current !== null && current.localName !== 'html'; current = current.parentElement) {
      if (current.id) {
        parts.unshift(`#${CSS.escape(current.id)}`);
        break;
      }
      const parent: Element | null = current.parentElement;
      const same = parent ? Array.from(parent.children).filter((child) => child.localName === current!.localName) : [];
      parts.unshift(same.length > 1 ? `${current.localName}:nth-of-type(${same.indexOf(current) + 1})` : current.localName);
    }
    return parts.join(' > ');
  };
  const sticking: { element: Element; right: number }[] = [];
  for (const element of Array.from(document.body?.querySelectorAll('*') ?? []).slice(0, 20000)) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= width + 1) continue;
    const style = getComputedStyle(element);
    if (style.position === 'fixed' || style.visibility === 'hidden') continue;
    sticking.push({ element, right: Math.round(rect.right) });
  }
  sticking.sort((a, b) => b.right - a.right);
  const offenders: Measure['offenders'] = [];
  for (const entry of sticking) {
    // The outermost elements only: a too-wide table and its cells are one problem.
    if (offenders.length >= 10) break;
    if (sticking.some((other) => other !== entry && other.element.contains(entry.element) && other.right >= entry.right)) continue;
    offenders.push({ selector: selectorOf(entry.element), right: entry.right });
  }
  const paragraphs = Array.from(document.querySelectorAll('main p, p, li, body')).filter((element) => (element.textContent ?? '').trim().length > 20);
  const sample = paragraphs[0];
  const result: Measure = { scrollWidth: root.scrollWidth, offenders };
  const viewport = document.querySelector('meta[name="viewport"]')?.getAttribute('content');
  if (viewport) result.viewport = viewport;
  if (sample) result.bodyFontPx = Number.parseFloat(getComputedStyle(sample).fontSize);
  return result;
}

/** A phone's user agent carrying the audit's own identification. */
function phoneUserAgent(userAgent: string): string {
  return userAgent.replace(/\(X11; Linux x86_64\)/, '(Linux; Android 14; Pixel 8)').replace(/Safari\/537\.36/, 'Mobile Safari/537.36');
}

/** Renders the home page (already fetched) in a phone-sized context of the browser and measures it. */
export async function gatherMobile(browser: Browser, session: Session, home: FetchResult, screenshots: boolean): Promise<MobileArtifact> {
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
    userAgent: phoneUserAgent(session.options.userAgent),
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
  try {
    const router = await installRouter(context, session);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    router.stash(home.finalUrl, home);
    await page.goto(home.finalUrl, { waitUntil: 'domcontentloaded', timeout: session.options.timeoutMs });
    await page.waitForLoadState('load', { timeout: 5000 }).catch(() => undefined);
    const measure = await page.evaluate(measureInBrowser, PHONE.width);
    const screenshot = screenshots ? `data:image/png;base64,${(await page.screenshot({ type: 'png', timeout: 10_000 })).toString('base64')}` : undefined;
    return {
      width: PHONE.width,
      height: PHONE.height,
      ...(measure.viewport ? { viewport: measure.viewport } : {}),
      scrollWidth: measure.scrollWidth,
      overflowPx: Math.max(0, measure.scrollWidth - PHONE.width),
      offenders: measure.offenders,
      ...(measure.bodyFontPx && Number.isFinite(measure.bodyFontPx) ? { bodyFontPx: measure.bodyFontPx } : {}),
      ...(screenshot ? { screenshot } : {}),
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
