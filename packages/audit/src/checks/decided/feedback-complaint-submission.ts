/**
 * feedback-complaint-submission (#271): a message can be sent online for feedback or a complaint.
 * Pass: a page about feedback or complaints (reached by such a link or titled so) has a form that takes a message,
 * or an e-mail link says it is for feedback or complaints. Fail: no feedback or complaint link, page or form and no
 * message form at all, in a language with a term list. Review: only a general contact form (a person decides
 * whether it takes complaints), or a feedback link whose page was not read.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import type { PageArtifact } from '../../artifacts/types.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { canConcludeAbsent, fail, findLinks, linkEvidence, noTermList, okPages, pageEvidence, pageLanguages, pagesAbout, pass, review, visitOf } from '../lib/site.js';
import { findTerm } from '../terms/match.js';
import { isMessageForm } from './contact-details.js';

export const feedbackComplaintSubmission: Check = {
  id: 'feedback-complaint-submission',
  indicator: 'feedback-complaint-submission',
  code: '#271',
  class: 'decided',
  ruleVersion: 1,
  needs: ['home', 'pages'],
  looksAt: 'feedback, complaint and "write to the mayor" links and pages, and whether they offer a message form or a dedicated e-mail address',
  run: (artifacts) => {
    const hits = findLinks(artifacts, 'feedback', { maxText: 80 });
    const feedbackPages = new Set<PageArtifact>(pagesAbout(artifacts, 'feedback'));
    const candidates: Evidence[] = [];
    for (const hit of hits) {
      if (/^mailto:/i.test(hit.link.href)) return pass(`An e-mail address is given for feedback: "${hit.link.text}".`, [linkEvidence(hit)]);
      const target = visitOf(artifacts, hit.link.href);
      if (target?.outcome === 'ok') feedbackPages.add(target);
      else candidates.push(linkEvidence(hit, target === undefined ? `links to ${hit.link.href}, not followed` : `links to ${hit.link.href} (${target.outcome})`));
    }
    for (const page of okPages(artifacts)) {
      for (const link of page.links) {
        if (/^mailto:/i.test(link.href) && findTerm(link.text, 'feedback', pageLanguages(page, artifacts))) {
          return pass(`An e-mail address is given for feedback: "${link.text}".`, [evidenceFrom(page, { selector: link.selector, text: link.text })]);
        }
      }
    }
    for (const page of feedbackPages) {
      const form = page.forms.find(isMessageForm);
      if (form) return pass(`The page "${page.title}" has a form to send feedback or a complaint.`, [evidenceFrom(page, { selector: form.selector, text: form.text, note: 'a feedback or complaint form' }), pageEvidence(page)]);
      candidates.push(pageEvidence(page, 'a feedback or complaint page without a recognised form: read it'));
    }
    const messageForms = okPages(artifacts).flatMap((page) => page.forms.filter(isMessageForm).map((form) => evidenceFrom(page, { selector: form.selector, text: form.text, note: 'a general message form: does it take complaints and feedback?' })));
    if (candidates.length > 0 || messageForms.length > 0) return review('A feedback link or a general message form was found; a person decides whether complaints can be sent through it.', [...candidates, ...messageForms].slice(0, 10));
    if (!canConcludeAbsent(artifacts, 'feedback')) return noTermList(artifacts, 'feedback or complaint channel');
    return fail('No feedback or complaint link, page or message form on the pages read.');
  },
};
