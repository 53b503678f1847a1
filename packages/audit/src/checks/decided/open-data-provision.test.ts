import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, home, link, page } from '../testing/build.js';
import { openDataProvision } from './open-data-provision.js';

describe('open-data-provision', () => {
  it('passes when the open-data page links to CSV files', () => {
    const csv = link('Bus stops (CSV)', '/data/bus-stops.csv', 'main');
    const verdict = runCheck(openDataProvision, artifacts({ home: home({ links: [link('Open data', '/open-data/', 'footer')] }), pages: [page('/open-data/', { h1: 'Open data', links: [csv] })] }));
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence[0]?.selector).toBe(csv.selector);
  });

  it('needs review for an external data portal, an open-data page with PDFs only, or stray CSV files', () => {
    expect(runCheck(openDataProvision, artifacts({ home: home({ lang: 'es', links: [link('Datos abiertos', 'https://datos.ciudad.example/', 'footer')] }) })).status).toBe('needs-review');
    expect(runCheck(openDataProvision, artifacts({ home: home({ links: [link('Open data', '/open-data/', 'footer')] }), pages: [page('/open-data/', { h1: 'Open data', links: [link('Report', '/r.pdf')] })] })).status).toBe('needs-review');
    expect(runCheck(openDataProvision, artifacts({ home: home({ links: [link('Timetable', '/t.csv')] }) })).status).toBe('needs-review');
  });

  it('fails with nothing open; review for a language without a list', () => {
    expect(runCheck(openDataProvision, artifacts({ home: home({ links: [link('Budget (PDF)', '/budget.pdf', 'footer')] }) })).status).toBe('fail');
    expect(runCheck(openDataProvision, artifacts({ home: home({ lang: 'nl' }) })).status).toBe('needs-review');
  });
});
