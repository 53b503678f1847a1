import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { municipalMobileApps } from './municipal-mobile-apps.js';

describe('municipal-mobile-apps', () => {
  it('passes on a link to an app in a store', () => {
    const store = link('Get it on Google Play', 'https://play.google.com/store/apps/details?id=example.riverton', 'main');
    const verdict = runCheck(municipalMobileApps, artifacts({ pages: [page('/about/', { links: [store] })] }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(store.selector);
  });

  it('needs review when an app is mentioned without a store link', () => {
    expect(runCheck(municipalMobileApps, artifacts({ home: home({ lang: 'fr', links: [link('Application mobile', '/appli/', 'footer')] }) })).status).toBe('needs-review');
    expect(runCheck(municipalMobileApps, artifacts({ home: home({ links: [link('Store', 'https://play.google.com/store')] }) })).status).toBe('fail');
  });

  it('fails without a store link or mention; review for a language without a list', () => {
    expect(runCheck(municipalMobileApps, artifacts({ home: home({ links: [link('Health', '/health/', 'nav')] }) })).status).toBe('fail');
    expect(runCheck(municipalMobileApps, artifacts({ home: home({ lang: 'it' }) })).status).toBe('needs-review');
  });
});
