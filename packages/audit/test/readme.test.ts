/** The package README: its list of checks is generated from ALL_CHECKS, and it documents every field of the report format. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditReportSchema, evidenceSchema, pageSchema, verdictSchema } from '@losi/indicators/audit-report';
import { ALL_CHECKS } from '../src/index.js';
import type { Check } from '../src/checks/check.js';
import { README, checksSection, withChecksSection } from '../scripts/readme-checks.js';
import { homeSearchFormCheck, sitemapCheck } from './helpers/test-checks.js';

const readme = readFileSync(README, 'utf8');

describe('README.md', () => {
  it('lists the checks of ALL_CHECKS (run "pnpm --filter @losi/audit generate" when this fails)', () => {
    expect(withChecksSection(readme, checksSection(ALL_CHECKS))).toBe(readme);
  });

  it('renders a row per check with id, indicator, code, criterion, class, rule version, needs and what it looks at', () => {
    const piped: Check = { ...sitemapCheck, id: 'piped', code: '#212', looksAt: 'a | b\nc' };
    const section = checksSection([homeSearchFormCheck, piped]);
    expect(section).toContain('2 checks (1 decided, 1 structural, 0 topic) over 2 of the 95 indicators of LOSI 2024; 1 indicators have a check that decides by rule.');
    expect(section).toContain('| `test-home-search-form` | `internal-search` |  | technology | decided | 1 | home | a search form on the home page (test check) |');
    expect(section).toContain('| `piped` | `navigability` | #212 | technology | structural | 2 | sitemap | a \\| b c |');
    expect(checksSection([])).toMatch(/No check is registered/);
    expect(() => withChecksSection('no markers', section)).toThrow(/needs the markers/);
  });

  it('documents every field of the audit report format', () => {
    const shapes = [auditReportSchema, evidenceSchema, verdictSchema, pageSchema, auditReportSchema.shape.portal, auditReportSchema.shape.tool];
    for (const schema of shapes) {
      for (const field of Object.keys(schema.shape)) expect(readme, field).toMatch(new RegExp(`^\\| (?:\`[^\`]+\`, )*\`${field.replace('$', '\\$')}\``, 'm'));
    }
  });
});
