/**
 * advanced-search (#207): search options beyond one field (filters by section, date or type; sorting; an
 * "advanced search" page). Candidates: selects, date fields and checkboxes in the search results page's forms, an
 * advanced-search link. Review only: whether the options make an advanced search is for a person to judge.
 */
import type { Evidence } from '@losi/indicators/audit-report';
import type { Check } from '../check.js';
import { evidenceFrom } from '../../evidence/evidence.js';
import { okPages, review } from '../lib/site.js';
import { normaliseText } from '../terms/match.js';

const ADVANCED = /(advanced search|recherche avancee|busqueda avanzada|pesquisa avancada|расширенный поиск|البحث المتقدم|高级搜索|erweiterte suche|filter|filtrer|filtrar|фильтр|تصفية|筛选|sort by|trier par|ordenar por)/u;
const OPTION_FIELDS = new Set(['select', 'date', 'datetime-local', 'month', 'checkbox', 'radio', 'number']);

export const advancedSearch: Check = {
  id: 'advanced-search',
  indicator: 'advanced-search',
  code: '#207',
  class: 'structural',
  ruleVersion: 1,
  needs: ['home', 'search'],
  uses: ['pages'],
  looksAt: 'the search results page\'s filters (selects, date fields, checkboxes) and advanced-search links on the pages read',
  run: (artifacts) => {
    const candidates: Evidence[] = [];
    const results = artifacts.search!.page;
    if (results) {
      for (const form of results.forms) {
        const options = form.fields.filter((field) => OPTION_FIELDS.has(field.type));
        if (options.length > 0) candidates.push(evidenceFrom(results, { selector: form.selector, text: form.text, note: `search options: ${options.map((field) => field.label ?? field.name ?? field.type).join(', ')}`.slice(0, 500) }));
      }
    }
    for (const page of [...(results ? [results] : []), ...okPages(artifacts)]) {
      for (const link of page.links) {
        if (link.text.length <= 60 && ADVANCED.test(normaliseText(link.text))) candidates.push(evidenceFrom(page, { selector: link.selector, text: link.text, note: `links to ${link.href}`.slice(0, 500) }));
        if (candidates.length >= 10) break;
      }
    }
    if (candidates.length > 0) return review('Search options or an advanced-search link were found; a person judges whether they make an advanced search.', candidates.slice(0, 10));
    return review(artifacts.search!.found ? 'The search results page shows no filters or options that the checks recognise; a person looks.' : 'The home page has no search field; a person looks for an advanced search elsewhere.');
  },
};
