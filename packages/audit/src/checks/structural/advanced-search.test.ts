import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts, form, home, link, page, search } from '../testing/build.js';
import { advancedSearch } from './advanced-search.js';

describe('advanced-search', () => {
  it('proposes the filters of the results page', () => {
    const filters = form({ method: 'get', fields: [{ type: 'select', name: 'section', label: 'Section', required: false }, { type: 'date', name: 'from', label: 'From', required: false }], text: 'Section From' });
    const verdict = runCheck(advancedSearch, artifacts({ search: search({ page: page('/search?q=x', { role: 'search', h1: 'Results', forms: [filters] }) }) }));
    expect(verdict.status).toBe('needs-review');
    expect(verdict.evidence[0]?.selector).toBe(filters.selector);
  });

  it('proposes an advanced-search link in Spanish', () => {
    const advanced = link('Búsqueda avanzada', '/buscar/avanzada/', 'header');
    expect(runCheck(advancedSearch, artifacts({ home: home({ lang: 'es', links: [advanced] }), search: search() })).evidence[0]?.selector).toBe(advanced.selector);
  });

  it('reviews without evidence when nothing is seen (never fails)', () => {
    expect(runCheck(advancedSearch, artifacts({ search: search({ page: page('/search?q=x', { h1: 'Results' }) }) }))).toMatchObject({ status: 'needs-review', evidence: [] });
  });
});
