/**
 * social-networking-features (#273): links to (or feeds from) the city's accounts on social networks.
 * Pass: a link or embedded feed pointing at an account on a known network (not a share button), on any page read.
 * Fail: no link to any social network at all. Review: only share buttons or the networks' front pages.
 * The network list is language-independent, so fail needs no term list; an assessor still confirms the accounts.
 */
import type { Check } from '../check.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { socialAccount, socialShare } from '../lib/hosts.js';
import { fail, okPages, pass, review } from '../lib/site.js';

export const socialNetworkingFeatures: Check = {
  id: 'social-networking-features',
  indicator: 'social-networking-features',
  code: '#273',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: 'links and embedded feeds pointing at accounts on known social networks (Facebook, X, YouTube, Instagram, VK, Weibo, Telegram, ...), share buttons excluded',
  run: (artifacts) => {
    const accounts = [];
    const shares = [];
    for (const page of okPages(artifacts)) {
      for (const link of page.links) {
        const network = socialAccount(link.href);
        if (network) accounts.push(evidenceFrom(page, { selector: link.selector, text: link.text || link.href, note: `${network} account: ${link.href}`.slice(0, 500) }));
        else if (socialShare(link.href)) shares.push(evidenceFrom(page, { selector: link.selector, text: link.text || link.href, note: `a share button or front page: ${link.href}`.slice(0, 500) }));
      }
      for (const frame of page.frames) {
        const network = socialAccount(frame.src);
        if (network) accounts.push(evidenceFrom(page, { selector: frame.selector, text: frame.title ?? frame.src, note: `an embedded ${network} feed` }));
      }
      if (accounts.length >= 10) break;
    }
    if (accounts.length > 0) {
      const first = accounts[0]!;
      return pass(`The portal links to ${accounts.length} social-network account${accounts.length === 1 ? '' : 's'}; an assessor confirms they are the city's own.`, [first, ...accounts.slice(1, 10)]);
    }
    if (shares.length > 0) return review('Only share buttons or social networks\' front pages were found, not the city\'s accounts.', shares.slice(0, 10));
    return fail('No link to a social network on the pages read.');
  },
};
