import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, mobile } from '../testing/build.js';
import { mobileDeviceAccessibility } from './mobile-device-accessibility.js';

describe('mobile-device-accessibility', () => {
  it('passes with a device-width viewport and no overflow', () => {
    const verdict = runCheck(mobileDeviceAccessibility, artifacts({ mobile: mobile() }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe('meta[name="viewport"]');
  });

  it('fails without a viewport tag, with a fixed-width one, or with sideways overflow', () => {
    expect(runCheck(mobileDeviceAccessibility, artifacts({ mobile: mobile({ viewport: undefined, scrollWidth: 980, overflowPx: 620 }) })).status).toBe('fail');
    expect(runCheck(mobileDeviceAccessibility, artifacts({ mobile: mobile({ viewport: 'width=1024' }) })).status).toBe('fail');
    const wide = runCheck(mobileDeviceAccessibility, artifacts({ mobile: mobile({ scrollWidth: 600, overflowPx: 240, offenders: [{ selector: 'table.wide', right: 600 }] }) }));
    expect(wide.status).toBe('fail');
    expect(wide.evidence[0]?.selector).toBe('table.wide');
  });

  it('tolerates one pixel of rounding and sends tiny text to review', () => {
    expect(runCheck(mobileDeviceAccessibility, artifacts({ mobile: mobile({ scrollWidth: 361, overflowPx: 1 }) })).status).toBe('pass');
    expect(runCheck(mobileDeviceAccessibility, artifacts({ mobile: mobile({ bodyFontPx: 10 }) })).status).toBe('needs-review');
  });
});
