import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { socialAccount } from '../lib/hosts.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { socialNetworkingFeatures } from './social-networking-features.js';

describe('social-networking-features', () => {
  it('passes on a link to an account, on the home page or a followed page', () => {
    const facebook = link('Facebook', 'https://www.facebook.com/RivertonCity', 'footer');
    const verdict = runCheck(socialNetworkingFeatures, artifacts({ home: home({ links: [facebook] }) }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(facebook.selector);
    expect(runCheck(socialNetworkingFeatures, artifacts({ pages: [page('/contact/', { links: [link('ВКонтакте', 'https://vk.com/severskadm')] })] })).status).toBe('pass');
  });

  it('needs review for share buttons only', () => {
    expect(socialAccount('https://twitter.com/intent/tweet?url=x')).toBeUndefined();
    expect(runCheck(socialNetworkingFeatures, artifacts({ home: home({ links: [link('Share', 'https://www.facebook.com/sharer/sharer.php?u=x')] }) })).status).toBe('needs-review');
  });

  it('fails without any social link (language-independent)', () => {
    expect(runCheck(socialNetworkingFeatures, artifacts({ home: home({ lang: 'sw', links: [link('Habari', '/habari/')] }) })).status).toBe('fail');
  });
});
