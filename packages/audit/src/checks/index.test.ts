import { describe, expect, it } from 'vitest';
import { getIndicator } from '@losi/indicators';
import { ALL_CHECKS, DECIDED_CHECKS, STRUCTURAL_CHECKS, TOPIC_CHECKS } from './index.js';

describe('the registered checks', () => {
  it('name real 2024 indicators with the catalogue\'s code, once each', () => {
    for (const check of ALL_CHECKS) {
      const indicator = getIndicator(check.indicator, '2024');
      expect(indicator, check.id).toBeDefined();
      expect(check.code, check.id).toBe(indicator!.code);
    }
    const indicators = ALL_CHECKS.map((check) => check.indicator);
    expect(new Set(indicators).size).toBe(indicators.length);
  });

  it('have unique ids, a class that matches their group, a rule version and what they look at', () => {
    expect(new Set(ALL_CHECKS.map((check) => check.id)).size).toBe(ALL_CHECKS.length);
    expect(DECIDED_CHECKS.every((check) => check.class === 'decided')).toBe(true);
    expect(STRUCTURAL_CHECKS.every((check) => check.class === 'structural')).toBe(true);
    expect(TOPIC_CHECKS.every((check) => check.class === 'topic')).toBe(true);
    for (const check of ALL_CHECKS) {
      expect(check.ruleVersion, check.id).toBeGreaterThanOrEqual(1);
      expect(check.looksAt.length, check.id).toBeGreaterThan(20);
      expect(check.needs, check.id).toContain('home');
    }
  });

  it('cover at least 15 decided and 21 review indicators', () => {
    expect(DECIDED_CHECKS.length).toBeGreaterThanOrEqual(15);
    expect(STRUCTURAL_CHECKS.length + TOPIC_CHECKS.length).toBeGreaterThanOrEqual(21);
  });
});

describe('checkCatalogue', () => {
  it('lists every check with id, indicator, code, class, rule version and what it looks at, as plain data', async () => {
    const { checkCatalogue } = await import('./catalogue.js');
    const catalogue = checkCatalogue();
    expect(catalogue).toHaveLength(ALL_CHECKS.length);
    expect(catalogue[0]).toMatchObject({ id: 'official-portal', indicator: 'official-portal', code: '#281', class: 'decided', ruleVersion: 1 });
    expect(catalogue.find((entry) => entry.id === 'health-information')).toMatchObject({ class: 'topic', needs: ['home', 'pages'], uses: ['search', 'sitemap'] });
    expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue);
  });
});
