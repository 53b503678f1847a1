/**
 * Element screenshots, taken by the gatherer while a page is rendered, so checks can point to them without opening
 * pages. Each page gets a handful of candidates (the elements checks cite: search forms and fields, other forms,
 * language, e-mail and phone links, the home page's header, navigation and footer links, the first heading, widgets),
 * each clipped to at most 600×400 CSS px and 200 kB, with a budget per portal.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ElementShot, PageArtifact } from '../artifacts/types.js';

export const SHOT_MAX_WIDTH = 600;
export const SHOT_MAX_HEIGHT = 400;
export const SHOT_MAX_BYTES = 200_000;
/** Candidates on the home page (most evidence points there) and on every other page. */
export const SHOTS_PER_HOME = 24;
export const SHOTS_PER_PAGE = 4;
/** Per portal: at most this many screenshots and bytes in all. */
export const SHOTS_PER_PORTAL = 60;
export const SHOT_BYTES_PER_PORTAL = 4_000_000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const CONTACT_HREF = /^(mailto|tel):/i;

/** The selectors worth a screenshot on a page, most likely cited first, without repeats. Pure. */
export function shotCandidates(page: PageArtifact, isHome: boolean): string[] {
  const wanted: string[] = [];
  const add = (selector: string | undefined): void => {
    if (selector && !wanted.includes(selector)) wanted.push(selector);
  };
  const forms = [...page.forms].sort((a, b) => Number(b.looksLikeSearch) - Number(a.looksLikeSearch));
  for (const form of forms) {
    add(form.selector);
    // The search check cites the field a person types into.
    if (form.looksLikeSearch) add(form.fields.find((field) => field.selector && /^(search|text|)$/.test(field.type))?.selector);
  }
  const visible = page.links.filter((link) => link.visible);
  for (const link of visible) if (link.hreflang || CONTACT_HREF.test(link.href)) add(link.selector);
  if (isHome) for (const link of visible) if (link.region !== 'main' && link.region !== 'other') add(link.selector);
  add(page.headings.find((heading) => heading.level === 1)?.selector);
  for (const landmark of page.landmarks ?? []) if (landmark.kind !== 'cookie-banner') add(landmark.selector);
  return wanted.slice(0, isHome ? SHOTS_PER_HOME : SHOTS_PER_PAGE);
}

/** What is left of the portal's screenshot budget; shared by every page of one audit. */
export class ShotBudget {
  count = 0;
  bytes = 0;
  get exhausted(): boolean {
    return this.count >= SHOTS_PER_PORTAL || this.bytes >= SHOT_BYTES_PER_PORTAL;
  }
}

/** Runs in the page: each selector's box in document coordinates (CSS px), or null when absent, hidden or invalid. */
function boxesInBrowser(selectors: readonly string[]): ({ x: number; y: number; width: number; height: number } | null)[] {
  return selectors.map((selector) => {
    try {
      const element = document.querySelector(selector);
      if (element === null) return null;
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (rect.width < 1 || rect.height < 1 || style.visibility === 'hidden' || style.display === 'none') return null;
      return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height };
    } catch {
      return null;
    }
  });
}

/** The part of the document a screenshot may show: from the element's top-left corner, at most the size cap. */
function clipOf(box: { x: number; y: number; width: number; height: number }): { x: number; y: number; width: number; height: number; scale: number } {
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  return { x, y, width: Math.min(Math.ceil(box.width), SHOT_MAX_WIDTH), height: Math.min(Math.ceil(box.height), SHOT_MAX_HEIGHT), scale: 1 };
}

/**
 * Screenshots of a page's candidate elements, taken in `page`, which must be showing `artifact` right now. Never
 * throws: an element that cannot be captured is left out (a screenshot helps a person; the verdicts stand without it).
 */
export async function captureShots(page: Page, artifact: PageArtifact, isHome: boolean, budget: ShotBudget): Promise<ElementShot[]> {
  const shots: ElementShot[] = [];
  const selectors = shotCandidates(artifact, isHome);
  if (selectors.length === 0 || budget.exhausted) return shots;
  // One DevTools capture per element, clipped in document coordinates: no scrolling and one round trip each, where
  // locator.screenshot takes several (scroll, box, stable styles) and costs a second or more per page under load.
  let cdp: CDPSession | undefined;
  try {
    const boxes = await page.evaluate(boxesInBrowser, selectors);
    cdp = await page.context().newCDPSession(page);
    for (const [index, selector] of selectors.entries()) {
      const box = boxes[index];
      if (budget.exhausted) break;
      if (box === null || box === undefined) continue;
      const captured = (await cdp.send('Page.captureScreenshot', { format: 'png', clip: clipOf(box), captureBeyondViewport: true }).catch(() => undefined)) as { data: string } | undefined;
      if (captured === undefined) continue;
      const png = Buffer.from(captured.data, 'base64');
      const size = pngSize(png);
      if (size === undefined || png.length > SHOT_MAX_BYTES || size.width > SHOT_MAX_WIDTH || size.height > SHOT_MAX_HEIGHT) continue;
      budget.count += 1;
      budget.bytes += png.length;
      shots.push({
        id: `shot-${budget.count}`,
        url: artifact.url,
        ...(artifact.finalUrl !== artifact.url ? { finalUrl: artifact.finalUrl } : {}),
        selector,
        type: 'image/png',
        data: captured.data,
        width: size.width,
        height: size.height,
      });
    }
  } catch {
    // A page that navigated away or closed: the screenshots taken so far stand.
  } finally {
    await cdp?.detach().catch(() => undefined);
  }
  return shots;
}
