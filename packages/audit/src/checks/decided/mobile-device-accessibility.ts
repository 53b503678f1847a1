/**
 * mobile-device-accessibility (#204): the portal is usable at phone width. The gatherer rendered the home page at
 * 360×740 with a phone's user agent and touch.
 * Pass: a viewport meta tag that follows the device width, and nothing sticking out sideways (at most 1 px), with
 * body text of at least 12 px. Fail: no such viewport tag (the page is shown as a shrunk desktop page), or content
 * wider than the phone. Review: the page fits but its body text is smaller than 12 px.
 */
import type { Check } from '../check.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { fail, pass, review } from '../lib/site.js';

/** Horizontal overflow tolerated (sub-pixel rounding). */
export const OVERFLOW_TOLERANCE_PX = 1;
export const MIN_BODY_FONT_PX = 12;

export const mobileDeviceAccessibility: Check = {
  id: 'mobile-device-accessibility',
  indicator: 'mobile-device-accessibility',
  code: '#204',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'mobile'],
  looksAt: 'the home page at 360×740: a viewport meta tag with width=device-width, no horizontal overflow, body text of at least 12 px',
  run: (artifacts) => {
    const home = artifacts.home!;
    const mobile = artifacts.mobile!;
    const viewport = mobile.viewport ?? home.meta.viewport;
    const viewportEvidence = evidenceFrom(home, { selector: 'meta[name="viewport"]', text: viewport ?? '(none)', note: `at ${mobile.width} px the page is ${mobile.scrollWidth} px wide` });
    if (viewport === undefined || !/width\s*=\s*device-width/i.test(viewport)) {
      return fail(viewport === undefined ? 'The home page has no viewport meta tag, so phones show it as a shrunk desktop page.' : `The viewport tag ("${viewport}") does not follow the device width.`, [
        { ...viewportEvidence, ...(mobile.screenshot ? { screenshot: mobile.screenshot } : {}) },
      ]);
    }
    if (mobile.overflowPx > OVERFLOW_TOLERANCE_PX) {
      const offenders = mobile.offenders.slice(0, 5).map((offender) => evidenceFrom(home, { selector: offender.selector, note: `reaches ${Math.round(offender.right)} px at a width of ${mobile.width} px` }));
      return fail(`At ${mobile.width} px the page is ${mobile.scrollWidth} px wide: ${mobile.overflowPx} px stick out sideways.`, [...offenders, viewportEvidence]);
    }
    if (mobile.bodyFontPx !== undefined && mobile.bodyFontPx < MIN_BODY_FONT_PX) {
      return review(`The page fits the phone, but body text is ${mobile.bodyFontPx} px: check that it reads without zooming.`, [viewportEvidence]);
    }
    return pass(`The page follows the device width and fits ${mobile.width} px without sideways scrolling.`, [{ ...viewportEvidence, ...(mobile.screenshot ? { screenshot: mobile.screenshot } : {}) }]);
  },
};
