/**
 * official-portal (#281): the city's own official website, told apart by a government domain or a footer line that
 * names the city as owner.
 * Pass: the home page loaded on the requested site, and its host carries a government marker (gov, gob, gouv, ...)
 * or its text has a copyright or ownership line that names the organisation in the page's title. Fail: the address
 * shows a parked or for-sale domain page. Review: anything else (a person confirms the address, e.g. against the
 * list UN DESA publishes), including a home page that moved to another site.
 */
import type { Check } from '../check.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { siteOf } from '../../net/site.js';
import { governmentHost } from '../lib/hosts.js';
import { fail, pass, review } from '../lib/site.js';
import { normaliseText } from '../terms/match.js';

const PARKED = /(this domain (is|may be) for sale|buy this domain|domain (is )?parked|parked free|domain name is available|ce domaine est a vendre|dominio en venta|este dominio esta a la venta|домен продается|domain steht zum verkauf)/;
const OWNERSHIP = /(?:©|\(c\)|copyright|todos los derechos|tous droits|все права|جميع الحقوق|版权所有|todos os direitos|alle rechte)[^\n]{0,120}/giu;

/** Words of 4+ letters in the title that are not generic ("city", "portal", ...), for matching the owner line. */
function titleWords(title: string): string[] {
  const generic = new Set(['city', 'ville', 'ciudad', 'cidade', 'stadt', 'portal', 'official', 'officiel', 'oficial', 'website', 'site', 'home', 'accueil', 'inicio', 'welcome', 'municipality', 'municipal', 'mairie', 'ayuntamiento', 'prefeitura', 'gobierno', 'government', 'council']);
  return normaliseText(title).split(' ').filter((word) => word.length >= 4 && !generic.has(word));
}

export const officialPortal: Check = {
  id: 'official-portal',
  indicator: 'official-portal',
  code: '#281',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home'],
  looksAt: 'the home page\'s final address (a government domain marker) and its copyright or ownership line naming the organisation in the title; parked-domain pages fail',
  run: (artifacts) => {
    const home = artifacts.home!;
    const text = normaliseText(home.text.slice(0, 20_000));
    const address = evidenceFrom(home, { text: home.title, note: `final address ${home.finalUrl}` });
    if (PARKED.test(text)) return fail('The address shows a parked or for-sale domain page, not a city portal.', [address]);
    if (siteOf(home.finalUrl) !== artifacts.registrableDomain) return review(`The home page moved to another site (${home.finalUrl}); a person confirms it is the city's official portal.`, [address]);
    if (governmentHost(home.finalUrl)) return pass(`The portal is served from a government domain (${new URL(home.finalUrl).hostname}).`, [address]);
    const words = titleWords(home.title);
    for (const match of home.text.slice(0, 100_000).matchAll(OWNERSHIP)) {
      const line = normaliseText(match[0]);
      const named = words.find((word) => line.includes(word));
      if (named) return pass(`The footer line "${match[0].trim().slice(0, 120)}" names the organisation of the title.`, [evidenceFrom(home, { text: match[0], note: `an ownership line naming "${named}"` }), address]);
    }
    return review('Neither a government domain nor an ownership line naming the city was found; a person confirms the address is the official portal.', [address]);
  },
};
