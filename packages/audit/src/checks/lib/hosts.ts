/**
 * Known hosts as data: social networks, app stores, open-data platforms, government domain markers. Kept here so
 * checks share one list; each entry is a registrable domain (subdomains match) unless it says otherwise.
 * Provenance: LOSI Kit authors, from the public addresses of these services.
 */
import { hostIs, hostOf } from './site.js';
import { parsedUrl } from './url-cache.js';

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
  const url = parsedUrl(href);
  if (url === undefined) return undefined;
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
  const url = parsedUrl(href);
  if (url === undefined) return undefined;
  const host = url.hostname.toLowerCase();
  return APP_STORES.find((store) => host === store.host && store.path.test(url.pathname))?.name;
}

/** Open-data platforms and their tell-tale addresses: CKAN, Socrata, OpenDataSoft, uData, ArcGIS Hub, DKAN. */
export function openDataPlatform(href: string): string | undefined {
  const url = parsedUrl(href);
  if (url === undefined) return undefined;
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

/** A matcher for a list of platforms, each a name and the domains (or domain/path prefixes) it runs on. */
export function platformMatcher(platforms: readonly { readonly name: string; readonly domains: readonly string[] }[]): (href: string) => string | undefined {
  // Remembered per address: the same menu links come back on every page and in every check.
  const known = new Map<string, string | null>();
  const match = (href: string): string | undefined => {
    const url = parsedUrl(href);
    if (url === undefined) return undefined;
    const host = url.hostname.toLowerCase();
    const hostPath = `${host}${url.pathname.toLowerCase()}`;
    for (const platform of platforms) {
      for (const domain of platform.domains) {
        // "a.b/path" is a host and path prefix; "a.b" a domain with its subdomains; a bare word a label of the host.
        const matches = domain.includes('/')
          ? hostPath.startsWith(domain) || hostPath.includes(`.${domain}`)
          : domain.includes('.')
            ? host === domain || host.endsWith(`.${domain}`)
            : host.split('.').some((label) => label.includes(domain));
        if (matches) return platform.name;
      }
    }
    return undefined;
  };
  return (href) => {
    let name = known.get(href);
    if (name === undefined) {
      name = match(href) ?? null;
      if (known.size >= 50_000) known.clear();
      known.set(href, name);
    }
    return name ?? undefined;
  };
}

/** Payment gateways and public payment services. */
export const PAYMENT_PLATFORMS = platformMatcher([
  { name: 'PayPal', domains: ['paypal.com'] },
  { name: 'Stripe', domains: ['stripe.com', 'checkout.stripe.com'] },
  { name: 'Adyen', domains: ['adyen.com'] },
  { name: 'Worldpay', domains: ['worldpay.com'] },
  { name: 'GOV.UK Pay', domains: ['payments.service.gov.uk'] },
  { name: 'Pay.gov', domains: ['pay.gov'] },
  { name: 'Paymentus', domains: ['paymentus.com'] },
  { name: 'PayFiP', domains: ['payfip.gouv.fr', 'tipi.budget.gouv.fr'] },
  { name: 'PayZen', domains: ['payzen.eu'] },
  { name: 'Paybox', domains: ['paybox.com'] },
  { name: 'Redsys', domains: ['redsys.es'] },
  { name: 'Mercado Pago', domains: ['mercadopago.com', 'mercadopago.com.br', 'mercadopago.com.ar', 'mercadopago.com.mx'] },
  { name: 'PagSeguro', domains: ['pagseguro.uol.com.br', 'pagbank.com.br'] },
  { name: 'PagTesouro', domains: ['pagtesouro.tesouro.gov.br'] },
  { name: 'YooKassa', domains: ['yookassa.ru', 'yoomoney.ru'] },
  { name: 'Robokassa', domains: ['robokassa.ru', 'robokassa.com'] },
  { name: 'Alipay', domains: ['alipay.com'] },
  { name: 'WeChat Pay', domains: ['pay.weixin.qq.com'] },
  { name: 'Razorpay', domains: ['razorpay.com'] },
  { name: 'Paystack', domains: ['paystack.com'] },
  { name: 'SADAD', domains: ['sadad.com'] },
  { name: 'Fawry', domains: ['fawry.com'] },
]);

/** E-participation platforms (consultations, participatory budgets, proposals, votes). */
export const PARTICIPATION_PLATFORMS = platformMatcher([
  { name: 'Decidim', domains: ['decidim.org', 'decidim.barcelona', 'decidim'] },
  { name: 'CONSUL Democracy', domains: ['consuldemocracy.org', 'decide.madrid.es'] },
  { name: 'Go Vocal (CitizenLab)', domains: ['citizenlab.co', 'govocal.com'] },
  { name: 'Cap Collectif', domains: ['cap-collectif.com'] },
  { name: 'EngagementHQ', domains: ['engagementhq.com', 'bangthetable.com'] },
  { name: 'Social Pinpoint', domains: ['mysocialpinpoint.com'] },
  { name: 'Commonplace', domains: ['commonplace.is'] },
  { name: 'Your Priorities', domains: ['yrpri.org'] },
  { name: 'Active Citizen', domains: ['ag.mos.ru'] },
  { name: 'Gosuslugi POS', domains: ['pos.gosuslugi.ru'] },
  { name: 'Participa + Brasil', domains: ['participamaisbrasil.economia.gov.br', 'brasilparticipativo.presidencia.gov.br'] },
  { name: 'Jeparticipe', domains: ['jeparticipe'] },
]);

/** Online survey tools (satisfaction surveys and opinion polls). */
export const SURVEY_PLATFORMS = platformMatcher([
  { name: 'SurveyMonkey', domains: ['surveymonkey.com'] },
  { name: 'Typeform', domains: ['typeform.com'] },
  { name: 'Google Forms', domains: ['docs.google.com/forms', 'forms.gle'] },
  { name: 'Microsoft Forms', domains: ['forms.office.com', 'forms.microsoft.com'] },
  { name: 'LimeSurvey', domains: ['limesurvey.org', 'limesurvey'] },
  { name: 'Qualtrics', domains: ['qualtrics.com'] },
  { name: 'Hotjar', domains: ['hotjar.com'] },
  { name: 'Yandex Forms', domains: ['forms.yandex.ru'] },
  { name: 'Wenjuanxing', domains: ['wjx.cn'] },
]);

/** Reporting problems in public space. */
export const REPORT_PLATFORMS = platformMatcher([
  { name: 'FixMyStreet', domains: ['fixmystreet.com', 'fixmystreet'] },
  { name: 'SeeClickFix', domains: ['seeclickfix.com'] },
  { name: 'CitySourced', domains: ['citysourced.com'] },
  { name: 'Dans ma rue', domains: ['dansmarue'] },
  { name: 'Colab', domains: ['colab.re'] },
  { name: 'Dobrodel', domains: ['dobrodel.mosreg.ru'] },
  { name: 'Mängelmelder', domains: ['mängelmelder.de', 'xn--mngelmelder-l8a.de', 'maengelmelder.de'] },
  { name: 'Open311', domains: ['open311'] },
]);

/** Procurement and tender platforms. */
export const PROCUREMENT_PLATFORMS = platformMatcher([
  { name: 'TED (EU tenders)', domains: ['ted.europa.eu'] },
  { name: 'PLACE (France)', domains: ['marches-publics.gouv.fr'] },
  { name: 'BOAMP', domains: ['boamp.fr'] },
  { name: 'achatpublic', domains: ['achatpublic.com'] },
  { name: 'Plataforma de Contratación del Sector Público', domains: ['contrataciondelestado.es'] },
  { name: 'Compras.gov.br', domains: ['compras.gov.br', 'comprasnet.gov.br'] },
  { name: 'Portal Nacional de Contratações Públicas', domains: ['pncp.gov.br'] },
  { name: 'EIS Zakupki', domains: ['zakupki.gov.ru'] },
  { name: 'SAM.gov', domains: ['sam.gov'] },
  { name: 'Contracts Finder', domains: ['contractsfinder.service.gov.uk'] },
  { name: 'Find a Tender', domains: ['find-tender.service.gov.uk'] },
  { name: 'China Government Procurement', domains: ['ccgp.gov.cn'] },
  { name: 'Etimad', domains: ['etimad.sa'] },
  { name: 'Bonfire', domains: ['bonfirehub.com'] },
  { name: 'BidNet', domains: ['bidnetdirect.com'] },
]);

/** Live chat services staffed by people. */
export const CHAT_PLATFORMS = platformMatcher([
  { name: 'tawk.to', domains: ['tawk.to', 'embed.tawk.to'] },
  { name: 'LiveChat', domains: ['livechatinc.com', 'livechat.com'] },
  { name: 'Zendesk chat', domains: ['zopim.com', 'zdassets.com'] },
  { name: 'Intercom', domains: ['intercom.io', 'intercomcdn.com'] },
  { name: 'Crisp', domains: ['crisp.chat'] },
  { name: 'JivoChat', domains: ['jivosite.com', 'jivo.ru'] },
  { name: 'Freshchat', domains: ['freshchat.com'] },
  { name: 'Olark', domains: ['olark.com'] },
  { name: 'Smartsupp', domains: ['smartsupp.com'] },
  { name: 'Userlike', domains: ['userlike.com'] },
  { name: 'Genesys', domains: ['genesys.com', 'mypurecloud.com'] },
]);

/** Chatbot and conversational-AI services. */
export const CHATBOT_PLATFORMS = platformMatcher([
  { name: 'Microsoft Bot Framework', domains: ['botframework.com'] },
  { name: 'Dialogflow', domains: ['dialogflow.com', 'dialogflow.cloud.google.com'] },
  { name: 'IBM watsonx Assistant', domains: ['watson.cloud.ibm.com', 'assistant-web.watsonplatform.net'] },
  { name: 'Kore.ai', domains: ['kore.ai'] },
  { name: 'Landbot', domains: ['landbot.io'] },
  { name: 'Botpress', domains: ['botpress.cloud', 'botpress.com'] },
  { name: 'Chatbase', domains: ['chatbase.co'] },
  { name: 'Amazon Lex', domains: ['lex.amazonaws.com'] },
  { name: 'Yellow.ai', domains: ['yellow.ai'] },
  { name: 'Rasa', domains: ['rasa.com'] },
]);

/** National e-ID and single sign-on services for citizens. */
export const EID_PLATFORMS = platformMatcher([
  { name: 'FranceConnect', domains: ['franceconnect.gouv.fr'] },
  { name: 'Cl@ve', domains: ['clave.gob.es', 'pasarela.clave.gob.es'] },
  { name: 'gov.br', domains: ['sso.acesso.gov.br', 'acesso.gov.br'] },
  { name: 'ESIA (Gosuslugi)', domains: ['esia.gosuslugi.ru'] },
  { name: 'Login.gov', domains: ['login.gov'] },
  { name: 'GOV.UK One Login', domains: ['account.gov.uk', 'signin.account.gov.uk'] },
  { name: 'SPID', domains: ['spid.gov.it'] },
  { name: 'itsme', domains: ['itsme-id.com', 'itsme.be'] },
  { name: 'BankID', domains: ['bankid.com', 'bankid.no'] },
  { name: 'Smart-ID', domains: ['smart-id.com'] },
  { name: 'eID (Estonia)', domains: ['eesti.ee'] },
  { name: 'UAE PASS', domains: ['uaepass.ae'] },
  { name: 'Nafath', domains: ['nafath.sa', 'iam.gov.sa'] },
  { name: 'Singpass', domains: ['singpass.gov.sg'] },
  { name: 'Autenticação.gov', domains: ['autenticacao.gov.pt'] },
  { name: 'BundID', domains: ['id.bund.de'] },
  { name: 'Mi Argentina', domains: ['mi.argentina.gob.ar'] },
  { name: 'Llave MX', domains: ['llave.gob.mx'] },
]);
