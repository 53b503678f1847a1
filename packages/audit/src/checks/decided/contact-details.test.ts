import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, messageForm, page } from '../testing/build.js';
import { contactDetails } from './contact-details.js';

describe('contact-details', () => {
  it('passes on an e-mail or telephone link', () => {
    const mail = link('info@riverton.example', 'mailto:info@riverton.example', 'footer');
    const verdict = runCheck(contactDetails, artifacts({ home: home({ links: [mail] }) }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(mail.selector);
    expect(runCheck(contactDetails, artifacts({ home: home({ links: [link('Call us', 'tel:+1 555 0100', 'footer')] }) })).status).toBe('pass');
  });

  it('passes on a contact page with a message form', () => {
    const contact = page('/contact/', { h1: 'Contact us', forms: [messageForm()] });
    const verdict = runCheck(contactDetails, artifacts({ home: home({ links: [link('Contact us', '/contact/', 'footer')] }), pages: [contact] }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.url).toBe(contact.url);
  });

  it('needs review for a contact page with only a postal address', () => {
    const verdict = runCheck(contactDetails, artifacts({ home: home({ lang: 'es', links: [link('Contacto', '/contacto/', 'footer')] }), pages: [page('/contacto/', { lang: 'es', h1: 'Contacto', text: 'Plaza Mayor 1.' })] }));
    expect(verdict.status).toBe('needs-review');
  });

  it('fails with no channel and no contact link; a language without a list goes to review', () => {
    expect(runCheck(contactDetails, artifacts({ home: home({ links: [link('News', '/news/', 'nav')] }) })).status).toBe('fail');
    expect(runCheck(contactDetails, artifacts({ home: home({ lang: 'sw' }) })).status).toBe('needs-review');
  });
});
