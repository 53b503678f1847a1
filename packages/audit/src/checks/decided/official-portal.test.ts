import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home } from '../testing/build.js';
import { officialPortal } from './official-portal.js';

describe('official-portal', () => {
  it('passes on a government domain', () => {
    const gov = home({ finalUrl: 'https://www.riverton.gov.uk/' });
    expect(runCheck(officialPortal, { ...artifacts({ home: gov }), registrableDomain: 'riverton.gov.uk' }).status).toBe('pass');
  });

  it('passes on a footer line naming the organisation of the title', () => {
    const verdict = runCheck(officialPortal, artifacts({ home: home({ title: 'City of Riverton', text: 'Welcome. © 2026 City of Riverton. All rights reserved.' }) }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.snippet).toMatch(/© 2026 City of Riverton/);
  });

  it('fails on a parked domain page', () => {
    expect(runCheck(officialPortal, artifacts({ home: home({ title: 'riverton.example', text: 'This domain is for sale. Buy this domain today.' }) })).status).toBe('fail');
  });

  it('needs review without a marker, with a generic owner line, or after a move to another site', () => {
    expect(runCheck(officialPortal, artifacts({ home: home({ text: 'Welcome to the city.' }) })).status).toBe('needs-review');
    expect(runCheck(officialPortal, artifacts({ home: home({ title: 'City portal', text: '© 2026 City portal' }) })).status).toBe('needs-review');
    expect(runCheck(officialPortal, artifacts({ home: home({ finalUrl: 'https://tourism.example/', text: '© Riverton' }) })).status).toBe('needs-review');
  });
});
