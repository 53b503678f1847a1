/** Which addresses belong to the portal's site: the registrable domain (public suffix list, via tldts). */
import { getDomain } from 'tldts';

/**
 * The site an address belongs to: its registrable domain (www.tallinn.ee → tallinn.ee). A host without one (an IP
 * address, localhost) is its own site, port included, since no public suffix joins it to anything else.
 */
export function siteOf(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  const domain = getDomain(parsed.hostname, { allowPrivateDomains: false });
  return domain ?? parsed.host;
}

/** True when the address is on the given site. */
export function isOnSite(url: string | URL, site: string): boolean {
  try {
    return siteOf(url) === site;
  } catch {
    return false;
  }
}

/** True for http: and https: addresses, the only ones the audit ever requests. */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The address without its fragment: two links to parts of one page are one page. */
export function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** File types that are not pages: links to them are not crawled (they would be downloads). */
const DOWNLOAD_EXTENSION = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|zip|rar|7z|gz|tgz|tar|exe|msi|dmg|apk|iso|mp3|mp4|m4a|avi|mov|wmv|webm|ogg|wav|jpe?g|png|gif|webp|svg|ico|tiff?|bmp|xml|json|txt|ics|vcf|kml|kmz|gpx|shp|epub)$/i;

/** True when the address names a file that is not a page, by its extension. */
export function looksLikeDownload(url: string): boolean {
  try {
    return DOWNLOAD_EXTENSION.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
