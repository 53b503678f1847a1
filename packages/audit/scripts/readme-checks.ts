/**
 * Writes the list of checks into README.md (between `<!-- checks:start -->` and `<!-- checks:end -->`) from
 * `ALL_CHECKS`: id, indicator, code, criterion, class, rule version, the artifacts it needs and what it looks at.
 * `pnpm --filter @losi/audit generate`; test/readme.test.ts fails while the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getIndicator } from '@losi/indicators';
import { CHECK_CLASSES } from '@losi/indicators/audit-report';
import type { Check } from '../src/checks/check.js';

export const README = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- checks:start -->';
const END = '<!-- checks:end -->';

/** A markdown table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The generated section: a summary line, then one row per check in the order they run. */
export function checksSection(checks: readonly Check[]): string {
  if (checks.length === 0) return '_No check is registered in `ALL_CHECKS` yet: an audit gathers the artifacts and reports no verdict._';
  const indicators = new Set(checks.map((check) => check.indicator));
  const byClass = CHECK_CLASSES.map((kind) => `${checks.filter((check) => check.class === kind).length} ${kind}`).join(', ');
  const decidedIndicators = new Set(checks.filter((check) => check.class === 'decided').map((check) => check.indicator));
  const rows = checks.map((check) => {
    const indicator = getIndicator(check.indicator, '2024');
    return `| \`${cell(check.id)}\` | \`${cell(check.indicator)}\` | ${cell(check.code ?? '')} | ${cell(indicator?.criterion ?? '?')} | ${check.class} | ${check.ruleVersion} | ${cell(check.needs.join(', '))} | ${cell(check.looksAt)} |`;
  });
  return [
    `${checks.length} checks (${byClass}) over ${indicators.size} of the 95 indicators of LOSI 2024; ${decidedIndicators.size} indicators have a check that decides by rule.`,
    '',
    '| Check | Indicator | Code | Criterion | Class | Rule version | Needs | What it looks at |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The README with its checks section replaced. */
export function withChecksSection(readme: string, section: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}, in that order.`);
  return `${readme.slice(0, start + START.length)}\n${section}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { ALL_CHECKS } = await import('../src/checks/index.js');
  const readme = readFileSync(README, 'utf8');
  const updated = withChecksSection(readme, checksSection(ALL_CHECKS));
  if (updated === readme) console.log(`${README} is up to date (${ALL_CHECKS.length} checks).`);
  else {
    writeFileSync(README, updated);
    console.log(`wrote the list of ${ALL_CHECKS.length} checks into ${README}`);
  }
}
