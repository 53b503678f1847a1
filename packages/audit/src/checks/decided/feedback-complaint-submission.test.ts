import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, messageForm, page, searchForm } from '../testing/build.js';
import { feedbackComplaintSubmission } from './feedback-complaint-submission.js';

describe('feedback-complaint-submission', () => {
  it('passes on a feedback page with a message form', () => {
    const form = messageForm('Your feedback Send');
    const verdict = runCheck(feedbackComplaintSubmission, artifacts({ home: home({ links: [link('Feedback and complaints', '/feedback/', 'footer')] }), pages: [page('/feedback/', { h1: 'Feedback and complaints', forms: [form] })] }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(form.selector);
  });

  it('passes on an e-mail address given for complaints (Portuguese ouvidoria)', () => {
    const mail = link('Ouvidoria', 'mailto:ouvidoria@vilanova.example', 'footer');
    const verdict = runCheck(feedbackComplaintSubmission, artifacts({ home: home({ lang: 'pt', links: [mail] }) }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(mail.selector);
  });

  it('needs review for a general contact form only, or a feedback link not followed', () => {
    expect(runCheck(feedbackComplaintSubmission, artifacts({ pages: [page('/contact/', { h1: 'Contact us', forms: [messageForm()] })] })).status).toBe('needs-review');
    expect(runCheck(feedbackComplaintSubmission, artifacts({ home: home({ links: [link('Complaints', '/complaints/', 'footer')] }) })).status).toBe('needs-review');
  });

  it('fails with no feedback channel and no message form (a search form is not one)', () => {
    expect(runCheck(feedbackComplaintSubmission, artifacts({ home: home({ forms: [searchForm()], links: [link('News', '/news/', 'nav')] }) })).status).toBe('fail');
    expect(runCheck(feedbackComplaintSubmission, artifacts({ home: home({ lang: 'ja' }) })).status).toBe('needs-review');
  });
});
