/**
 * What runs inside the page: reading the rendered DOM into plain data. Passed to `page.evaluate`, so the function must
 * be self-contained (no imports, no helpers from module scope) and return only serialisable values.
 */

export interface InPageInput {
  readonly maxText: number;
  /** Registrable domain (or host:port) of the portal, to mark links internal. Computed again in Node; this is a hint. */
  readonly searchWords: readonly string[];
}

export interface InPageLink {
  href: string;
  text: string;
  region: string;
  selector: string;
  rel?: string;
  hreflang?: string;
  visible: boolean;
}

export interface InPageForm {
  selector: string;
  region: string;
  action: string;
  method: string;
  role?: string;
  looksLikeSearch: boolean;
  hasPassword: boolean;
  hasFileUpload: boolean;
  fields: { type: string; name?: string; label?: string; autocomplete?: string; required: boolean; selector: string }[];
  text: string;
}

export interface InPageResult {
  url: string;
  lang?: string;
  dir?: string;
  title: string;
  meta: Record<string, string>;
  linkTags: { rel: string; href: string; hreflang?: string; type?: string }[];
  text: string;
  headings: { level: number; text: string; selector: string }[];
  links: InPageLink[];
  forms: InPageForm[];
  frames: { src: string; title?: string; selector: string }[];
  scripts: string[];
  inlineScripts: number;
  jsonLd: unknown[];
  landmarks: { kind: string; selector: string; text: string }[];
}

/** Reads the page. Runs in the browser. */
export function readPageInBrowser(input: InPageInput): InPageResult {
  const normalise = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
  const clip = (text: string, max: number): string => (text.length <= max ? text : text.slice(0, max));
  const esc = (value: string): string => CSS.escape(value);

  const selectorCache = new Map<Element, string>();
  const selectorOf = (element: Element): string => {
    const cached = selectorCache.get(element);
    if (cached !== undefined) return cached;
    const parts: string[] = [];
    let current: Element | null = element;
    while (current !== null && current.nodeType === 1) {
      if (current.id && document.querySelectorAll(`#${esc(current.id)}`).length === 1) {
        parts.unshift(`#${esc(current.id)}`);
        break;
      }
      const tag = current.localName;
      if (tag === 'html' || tag === 'body' || tag === 'head') {
        parts.unshift(tag);
        if (tag === 'html') break;
        current = current.parentElement;
        continue;
      }
      const parent: Element | null = current.parentElement;
      if (parent === null) {
        parts.unshift(tag);
        break;
      }
      const sameTag = Array.from(parent.children).filter((child) => child.localName === tag);
      parts.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(current) + 1})` : tag);
      current = parent;
    }
    const selector = parts.join(' > ');
    selectorCache.set(element, selector);
    return selector;
  };

  const hasMain = document.querySelector('main, [role="main"]') !== null;
  const regionOf = (element: Element): string => {
    if (element.closest('nav, [role="navigation"]')) return 'nav';
    if (element.closest('header, [role="banner"]')) {
      // A <header> inside an <article> or <section> is that block's heading, not the page header.
      const header = element.closest('header, [role="banner"]');
      if (header !== null && (header.getAttribute('role') === 'banner' || !header.parentElement?.closest('article, section, main, aside'))) return 'header';
    }
    if (element.closest('footer, [role="contentinfo"]')) {
      const footer = element.closest('footer, [role="contentinfo"]');
      if (footer !== null && (footer.getAttribute('role') === 'contentinfo' || !footer.parentElement?.closest('article, section, main, aside'))) return 'footer';
    }
    if (element.closest('aside, [role="complementary"]')) return 'aside';
    if (element.closest('main, [role="main"]')) return 'main';
    // Pages built of divs: ids and classes that say what the block is.
    for (let current: Element | null = element; current !== null && current !== document.body; current = current.parentElement) {
      const name = `${current.id} ${typeof current.className === 'string' ? current.className : ''}`.toLowerCase();
      if (/(^|[\s_-])(nav|navbar|navigation|menu|main-menu|mainmenu)([\s_-]|$)/.test(name)) return 'nav';
      if (/(^|[\s_-])(header|masthead|site-header|top-bar|topbar)([\s_-]|$)/.test(name)) return 'header';
      if (/(^|[\s_-])(footer|site-footer|page-footer)([\s_-]|$)/.test(name)) return 'footer';
    }
    return hasMain ? 'other' : 'main';
  };

  const isVisible = (element: Element): boolean => {
    if (element.getClientRects().length === 0) return false;
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && style.visibility !== 'collapse';
  };

  const textOf = (element: Element): string => {
    const own = normalise((element as HTMLElement).innerText ?? element.textContent);
    if (own) return own;
    const aria = normalise(element.getAttribute('aria-label'));
    if (aria) return aria;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const text = normalise(labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
      if (text) return text;
    }
    const title = normalise(element.getAttribute('title'));
    if (title) return title;
    const img = element.querySelector('img[alt], [aria-label]');
    return normalise(img?.getAttribute('alt') ?? img?.getAttribute('aria-label'));
  };

  const absolute = (value: string | null): string => {
    if (value === null) return '';
    try {
      return new URL(value, document.baseURI).href;
    } catch {
      return value;
    }
  };

  const meta: Record<string, string> = {};
  for (const element of Array.from(document.querySelectorAll('meta[name], meta[property], meta[http-equiv]'))) {
    const key = (element.getAttribute('name') ?? element.getAttribute('property') ?? `http-equiv:${element.getAttribute('http-equiv')}`).toLowerCase();
    const content = element.getAttribute('content');
    if (content !== null && !(key in meta)) meta[key] = clip(normalise(content), 1000);
  }

  const linkTags: InPageResult['linkTags'] = [];
  for (const element of Array.from(document.querySelectorAll('link[rel][href]'))) {
    const rel = (element.getAttribute('rel') ?? '').toLowerCase();
    if (!/\b(alternate|manifest|icon|apple-touch-icon|canonical|search)\b/.test(rel)) continue;
    const entry: InPageResult['linkTags'][number] = { rel, href: absolute(element.getAttribute('href')) };
    const hreflang = element.getAttribute('hreflang');
    if (hreflang) entry.hreflang = hreflang;
    const type = element.getAttribute('type');
    if (type) entry.type = type;
    linkTags.push(entry);
  }

  const headings: InPageResult['headings'] = [];
  for (const element of Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'))) {
    const level = element.getAttribute('aria-level') ? Number(element.getAttribute('aria-level')) : Number(element.localName.slice(1)) || 2;
    const text = clip(normalise((element as HTMLElement).innerText ?? element.textContent), 300);
    if (text) headings.push({ level, text, selector: selectorOf(element) });
    if (headings.length >= 300) break;
  }

  const links: InPageLink[] = [];
  const anchors = Array.from(document.querySelectorAll('a[href], area[href]'));
  for (const element of anchors.slice(0, 3000)) {
    const raw = element.getAttribute('href') ?? '';
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const href = /^\s*(javascript|data|vbscript):/i.test(raw) ? raw.trim().slice(0, 200) : absolute(raw);
    const link: InPageLink = { href, text: clip(textOf(element), 300), region: regionOf(element), selector: selectorOf(element), visible: isVisible(element) };
    const rel = element.getAttribute('rel');
    if (rel) link.rel = rel;
    const hreflang = element.getAttribute('hreflang') ?? element.getAttribute('lang');
    if (hreflang) link.hreflang = hreflang;
    links.push(link);
  }

  const searchPattern = new RegExp(`(^|[^\\p{L}])(${input.searchWords.join('|')})`, 'iu');
  const labelOf = (field: Element): string => {
    const id = field.getAttribute('id');
    const byFor = id ? document.querySelector(`label[for="${esc(id)}"]`) : null;
    const wrapping = field.closest('label');
    return clip(
      normalise(byFor?.textContent ?? wrapping?.textContent ?? field.getAttribute('aria-label') ?? field.getAttribute('placeholder') ?? field.getAttribute('title')),
      200,
    );
  };
  const fieldsOf = (container: Element): InPageForm['fields'] => {
    const fields: InPageForm['fields'] = [];
    for (const field of Array.from(container.querySelectorAll('input, select, textarea, button')).slice(0, 100)) {
      const type = field.localName === 'input' ? (field.getAttribute('type') ?? 'text').toLowerCase() : field.localName;
      if (type === 'hidden') continue;
      const entry: InPageForm['fields'][number] = { type, required: field.hasAttribute('required'), selector: selectorOf(field) };
      const name = field.getAttribute('name');
      if (name) entry.name = name;
      const label = field.localName === 'button' ? clip(textOf(field), 200) : labelOf(field);
      if (label) entry.label = label;
      const autocomplete = field.getAttribute('autocomplete');
      if (autocomplete) entry.autocomplete = autocomplete;
      fields.push(entry);
    }
    return fields;
  };
  const searchy = (container: Element, fields: InPageForm['fields'], action: string): boolean => {
    if (container.closest('[role="search"]') || container.querySelector('[role="search"]')) return true;
    if (fields.some((field) => field.type === 'search')) return true;
    if (fields.some((field) => field.type === 'password')) return false;
    const textFields = fields.filter((field) => field.type === 'text' || field.type === 'search');
    if (textFields.length !== 1) return false;
    const names = fields.map((field) => `${field.name ?? ''} ${field.label ?? ''}`).join(' ');
    if (/^(q|query|s|search|keys|keyword|keywords|k|searchword|search_api_fulltext|text|term|termo|busca|buscar|suche|recherche|poisk)$/i.test(textFields[0]?.name ?? '')) return true;
    let path = '';
    try {
      path = new URL(action || document.baseURI).pathname;
    } catch {
      path = action;
    }
    return searchPattern.test(`${names} ${path} ${container.id} ${typeof container.className === 'string' ? container.className : ''}`);
  };

  const forms: InPageForm[] = [];
  for (const form of Array.from(document.querySelectorAll('form')).slice(0, 100)) {
    const fields = fieldsOf(form);
    const action = form.getAttribute('action') ? absolute(form.getAttribute('action')) : '';
    const method = (form.getAttribute('method') ?? 'get').toLowerCase();
    const entry: InPageForm = {
      selector: selectorOf(form),
      region: regionOf(form),
      action,
      method: method === 'post' || method === 'dialog' ? method : 'get',
      looksLikeSearch: searchy(form, fields, action),
      hasPassword: fields.some((field) => field.type === 'password'),
      hasFileUpload: fields.some((field) => field.type === 'file'),
      fields,
      text: clip(normalise((form as HTMLElement).innerText ?? form.textContent), 300),
    };
    const role = form.getAttribute('role');
    if (role) entry.role = role;
    forms.push(entry);
  }
  // Search fields that a script drives without any <form> around them.
  for (const field of Array.from(document.querySelectorAll('input[type="search"], [role="search"] input, [role="searchbox"]'))) {
    if (field.closest('form')) continue;
    const container = field.closest('[role="search"]') ?? field.parentElement ?? field;
    if (forms.some((form) => form.selector === selectorOf(container))) continue;
    const fields = fieldsOf(container);
    forms.push({
      selector: selectorOf(container),
      region: regionOf(container),
      action: '',
      method: 'get',
      role: container.getAttribute('role') ?? 'search',
      looksLikeSearch: true,
      hasPassword: false,
      hasFileUpload: false,
      fields,
      text: clip(normalise((container as HTMLElement).innerText ?? container.textContent), 300),
    });
  }

  const frames: InPageResult['frames'] = [];
  for (const frame of Array.from(document.querySelectorAll('iframe[src], embed[src], object[data]')).slice(0, 100)) {
    const entry: InPageResult['frames'][number] = { src: absolute(frame.getAttribute('src') ?? frame.getAttribute('data')), selector: selectorOf(frame) };
    const title = frame.getAttribute('title');
    if (title) entry.title = title;
    frames.push(entry);
  }

  const scripts: string[] = [];
  let inlineScripts = 0;
  const jsonLd: unknown[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const src = script.getAttribute('src');
    if (src) {
      if (scripts.length < 300) scripts.push(absolute(src));
      continue;
    }
    if ((script.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') {
      try {
        if (jsonLd.length < 50) jsonLd.push(JSON.parse(script.textContent ?? ''));
      } catch {
        // invalid JSON-LD is skipped, as search engines do
      }
      continue;
    }
    inlineScripts += 1;
  }

  const landmarks: InPageResult['landmarks'] = [];
  const kinds: [string, RegExp][] = [
    ['cookie-banner', /(cookie|consent|gdpr|cmp-|tarteaucitron|didomi|onetrust|cookiebot)/],
    ['chat', /(chat|chatbot|livechat|tawk|intercom|zendesk|webchat|botframework)/],
    ['map', /(^|[\s_-])(map|leaflet|mapbox|openlayers|gmap)([\s_-]|$)/],
    ['calendar', /(calendar|agenda|fullcalendar)/],
    ['accessibility-tool', /(readspeaker|userway|recite|accessib|a11y-toolbar)/],
  ];
  for (const element of Array.from(document.querySelectorAll('body [id], body [class], iframe[src]')).slice(0, 20000)) {
    const name = `${element.id} ${typeof element.className === 'string' ? element.className : ''} ${element.localName === 'iframe' ? element.getAttribute('src') ?? '' : ''}`.toLowerCase();
    for (const [kind, pattern] of kinds) {
      if (!pattern.test(name)) continue;
      // Report the outermost element of each kind only.
      if (landmarks.some((landmark) => landmark.kind === kind && document.querySelector(landmark.selector)?.contains(element))) continue;
      if (landmarks.filter((landmark) => landmark.kind === kind).length >= 5) continue;
      landmarks.push({ kind, selector: selectorOf(element), text: clip(normalise((element as HTMLElement).innerText ?? element.textContent), 300) });
    }
  }

  const html = document.documentElement;
  const result: InPageResult = {
    url: location.href,
    title: clip(normalise(document.title), 500),
    meta,
    linkTags,
    text: clip(normalise(document.body?.innerText ?? document.body?.textContent), input.maxText),
    headings,
    links,
    forms,
    frames,
    scripts,
    inlineScripts,
    jsonLd,
    landmarks,
  };
  const lang = html.getAttribute('lang') ?? html.getAttribute('xml:lang');
  if (lang) result.lang = lang.trim();
  const dir = (html.getAttribute('dir') ?? document.body?.getAttribute('dir') ?? getComputedStyle(html).direction).toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') result.dir = dir;
  return result;
}
