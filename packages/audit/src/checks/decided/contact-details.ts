/**
 * contact-details (#214): at least one way to reach the municipality: an e-mail or telephone link, or a contact page
 * that loads with a message form.
 * Pass: a mailto: or tel: link with an address or number, or a contact page with a form that takes a message.
 * Fail: none of these and no contact link, in a language with a term list. Review: a contact link or page whose
 * channel was not recognised (a postal address or a number written as text), for a person to read.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import type { FormInfo, PageArtifact } from '../../artifacts/types.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { canConcludeAbsent, fail, findLinks, linkEvidence, noTermList, okPages, pageEvidence, pagesAbout, pass, review, visitOf } from '../lib/site.js';

const EMAIL = /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+/i;
const PHONE = /^tel:\+?[\d\s().-]{5,}$/i;

/** A form a person writes a message in (a text area), that is neither a search nor a login. */
export function isMessageForm(form: FormInfo): boolean {
  return !form.looksLikeSearch && !form.hasPassword && form.fields.some((field) => field.type === 'textarea');
}

function formEvidence(page: PageArtifact, form: FormInfo, note: string): Evidence {
  return evidenceFrom(page, { selector: form.selector, text: form.text || form.fields.map((field) => field.label ?? field.name ?? field.type).join(' '), note });
}

export const contactDetails: Check = {
  id: 'contact-details',
  indicator: 'contact-details',
  code: '#214',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: 'mailto: and tel: links on the pages read, and the contact page with a message form',
  run: (artifacts) => {
    const pages = okPages(artifacts);
    const channels: Evidence[] = [];
    for (const page of pages) {
      for (const link of page.links) {
        if (EMAIL.test(link.href) || PHONE.test(link.href.replace(/%20/g, ' '))) channels.push(evidenceFrom(page, { selector: link.selector, text: link.text || link.href, note: link.href.slice(0, 500) }));
        if (channels.length >= 5) break;
      }
    }
    const contactPages = [...new Set([...findLinks(artifacts, 'contact', { maxText: 50 }).map((hit) => visitOf(artifacts, hit.link.href)), ...pagesAbout(artifacts, 'contact')])].filter((page): page is PageArtifact => page?.outcome === 'ok');
    for (const page of contactPages) {
      const form = page.forms.find(isMessageForm);
      if (form) channels.push(formEvidence(page, form, 'a contact form that takes a message'));
    }
    if (channels.length > 0) return pass('The portal gives an e-mail address, a telephone number or a contact form.', channels.slice(0, 10));
    const candidates = [...findLinks(artifacts, 'contact', { maxText: 50 }).map((hit) => linkEvidence(hit)), ...contactPages.map((page) => pageEvidence(page, 'a contact page without an e-mail link, telephone link or message form: read its text'))];
    if (candidates.length > 0) return review('A contact link or page was found but no e-mail, telephone or form was recognised on it.', candidates.slice(0, 10));
    if (!canConcludeAbsent(artifacts, 'contact')) return noTermList(artifacts, 'contact channel');
    return fail('No e-mail or telephone link, contact page or contact form on the pages read.');
  },
};
