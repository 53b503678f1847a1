import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link } from '../testing/build.js';
import { linksToOtherGovernmentAgencies } from './links-to-other-government-agencies.js';

describe('links-to-other-government-agencies', () => {
  it('puts confirmed links to government domains first', () => {
    const unconfirmed = link('Ministry', 'https://www.health.gov.uk/', 'footer');
    const national = link('National portal', 'https://www.service-public.fr/', 'footer');
    const verdict = runCheck(linksToOtherGovernmentAgencies, artifacts({ home: home({ links: [unconfirmed, national, link('Shop', 'https://shop.example/', 'footer')] }), outbound: [{ href: 'https://www.service-public.fr/', httpStatus: 200, outcome: 'ok', title: 'Service-Public.fr' }] }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence.map((item) => item.selector)).toEqual([national.selector, unconfirmed.selector]);
  });

  it('reviews with no evidence when no government link is seen (never fails)', () => {
    const verdict = runCheck(linksToOtherGovernmentAgencies, artifacts({ home: home({ links: [link('Shop', 'https://shop.example/')] }) }));
    expect(verdict).toMatchObject({ status: 'needs-review', evidence: [] });
  });
});
