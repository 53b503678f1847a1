import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { eventStarts, upcomingEvents } from './upcoming-events.js';

const eventsLink = link("What's on", '/events/', 'nav');

describe('upcoming-events', () => {
  it('passes when the events page lists a date to come', () => {
    const verdict = runCheck(upcomingEvents, artifacts({ home: home({ links: [eventsLink] }), pages: [page('/events/', { h1: 'Events', text: 'Winter market, 19/12/2026' })] }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(eventsLink.selector);
  });

  it('passes on schema.org Event data with a future start', () => {
    const jsonLd = [{ '@context': 'https://schema.org', '@graph': [{ '@type': 'Event', name: 'Concert', startDate: '2027-01-10T19:00' }] }];
    expect(eventStarts(jsonLd)).toHaveLength(1);
    expect(runCheck(upcomingEvents, artifacts({ pages: [page('/culture/', { h1: 'Culture', jsonLd })] })).status).toBe('pass');
  });

  it('needs review for past-only events, an unread or endless agenda, or a calendar element', () => {
    expect(runCheck(upcomingEvents, artifacts({ home: home({ links: [eventsLink] }), pages: [page('/events/', { h1: 'Events', text: 'Fair, 2025-05-01' })] })).status).toBe('needs-review');
    const endless = artifacts({ home: home({ lang: 'es', links: [link('Agenda', '/agenda/', 'nav')] }), pages: [page('/agenda/', { outcome: 'too-large', lang: 'es' })] });
    expect(runCheck(upcomingEvents, endless).status).toBe('needs-review');
    expect(runCheck(upcomingEvents, artifacts({ home: home({ landmarks: [{ kind: 'calendar', selector: '#calendar', text: 'December' }] }) })).status).toBe('needs-review');
  });

  it('fails with no events at all; review without a term list', () => {
    expect(runCheck(upcomingEvents, artifacts({ home: home({ links: [link('Health', '/health/', 'nav')] }) })).status).toBe('fail');
    expect(runCheck(upcomingEvents, artifacts({ home: home({ lang: 'pl' }) })).status).toBe('needs-review');
  });
});
