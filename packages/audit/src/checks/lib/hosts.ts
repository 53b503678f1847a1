/**
 * Known hosts as data: social networks, app stores, open-data platforms, government domain markers. Kept here so
 * checks share one list; each entry is a registrable domain (subdomains match) unless it says otherwise.
 * Provenance: LOSI Kit authors, from the public addresses of these services.
 */
import { hostIs, hostOf } from './site.js';

/** Social networks, with path patterns that are share buttons or embeds rather than the city's own account. */
export const SOCIAL_NETWORKS: readonly { readonly name: string; readonly domains: readonly string[] }[] = [
  { name: 'Facebook', domains: ['facebook.com', 'fb.com', 'fb.me'] },
  { name: 'X (Twitter)', domains: ['twitter.com', 'x.com'] },
  { name: 'Instagram', domains: ['instagram.com'] },
  { name: 'YouTube', domains: ['youtube.com', 'youtu.be'] },
  { name: 'LinkedIn', domains: ['linkedin.com'] },
  { name: 'Flickr', domains: ['flickr.com'] },
  { name: 'TikTok', domains: ['tiktok.com'] },
  { name: 'Threads', domains: ['threads.net'] },
  { name: 'Bluesky', domains: ['bsky.app'] },
  { name: 'Telegram', domains: ['t.me', 'telegram.me'] },
  { name: 'WhatsApp', domains: ['whatsapp.com'] },
  { name: 'VK', domains: ['vk.com', 'vk.ru'] },
  { name: 'Odnoklassniki', domains: ['ok.ru'] },
  { name: 'Rutube', domains: ['rutube.ru'] },
  { name: 'Weibo', domains: ['weibo.com', 'weibo.cn'] },
  { name: 'Douyin', domains: ['douyin.com'] },
  { name: 'Bilibili', domains: ['bilibili.com'] },
  { name: 'Pinterest', domains: ['pinterest.com'] },
  { name: 'Vimeo', domains: ['vimeo.com'] },
  { name: 'Snapchat', domains: ['snapchat.com'] },
];

/** Paths that share a page or log in rather than show an account. */
const SHARE_PATH = /^\/(sharer|share|intent|home\?status|dialog|plugins|login|signup|hashtag|search|embed|watch\?|shareArticle|cws\/share)/i;

/** The network of a link to an account (not a share button), or undefined. */
export function socialAccount(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const network = SOCIAL_NETWORKS.find((entry) => entry.domains.some((domain) => hostIs(href, domain)));
  if (network === undefined) return undefined;
  const path = `${url.pathname}${url.search}`;
  if (path === '/' || path === '' || SHARE_PATH.test(path)) return undefined;
  return network.name;
}

/** True for links to a social network that are share buttons or the network's front page. */
export function socialShare(href: string): boolean {
  return SOCIAL_NETWORKS.some((entry) => entry.domains.some((domain) => hostIs(href, domain))) && socialAccount(href) === undefined;
}

/** App stores, with the path an app's own page has. */
const APP_STORES: readonly { readonly name: string; readonly host: string; readonly path: RegExp }[] = [
  { name: 'App Store', host: 'apps.apple.com', path: /\/app\// },
  { name: 'App Store', host: 'itunes.apple.com', path: /\/app\// },
  { name: 'Google Play', host: 'play.google.com', path: /\/store\/apps\/(details|dev)/ },
  { name: 'AppGallery', host: 'appgallery.huawei.com', path: /\/app\// },
  { name: 'Galaxy Store', host: 'galaxystore.samsung.com', path: /\/detail\// },
  { name: 'RuStore', host: 'rustore.ru', path: /\/catalog\/app\// },
  { name: 'Microsoft Store', host: 'apps.microsoft.com', path: /\/detail\// },
];

/** The store of a link to an app's store page, or undefined. */
export function appStore(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  return APP_STORES.find((store) => host === store.host && store.path.test(url.pathname))?.name;
}

/** Open-data platforms and their tell-tale addresses: CKAN, Socrata, OpenDataSoft, uData, ArcGIS Hub, DKAN. */
export function openDataPlatform(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (/(^|\.)(opendata|open-data|dados|datos|donnees|data|daten|opendatasoft)\./.test(host) || /(^|\.)data\.gov(\.[a-z]{2})?$/.test(host)) return 'an open-data host';
  if (/\.opendatasoft\.com$|\.socrata\.com$|\.hub\.arcgis\.com$|\.ckan\.io$/.test(host)) return 'an open-data platform';
  if (/\/(dataset|datasets|catalog|catalogue|explore\/dataset)(\/|$)/i.test(url.pathname) && /data|datos|dados|donnees|daten/i.test(host + url.pathname)) return 'a dataset catalogue';
  return undefined;
}

/** File formats LOSI counts as open for datasets. */
export const OPEN_FORMAT = /\.(csv|tsv|txt|json|geojson|xml|ods|kml|gpx|rdf|ttl|parquet)(\?|#|$)/i;

/** Labels that mark a host as governmental (gov.uk, gob.mx, gouv.fr, govt.nz, gv.at, go.kr, ...) or an EU/UN body. */
export function governmentHost(href: string): boolean {
  const host = hostOf(href);
  if (host === '') return false;
  const labels = host.split('.');
  if (labels.some((label) => ['gov', 'gob', 'gouv', 'govt', 'gv', 'gub', 'admin', 'government', 'mil'].includes(label))) return true;
  if (/(^|\.)go\.[a-z]{2}$/.test(host)) return true;
  if (/(^|\.)(europa\.eu|un\.org|bund\.de|gosuslugi\.ru|gov\.br|service-public\.fr|admin\.ch|belgium\.be|overheid\.nl|government\.nl)$/.test(host)) return true;
  return false;
}

export { hostOf };
