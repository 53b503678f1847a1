/** The axe artifact: axe-core run in the rendered home page, WCAG 2.x A and AA rules. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeArtifact } from '../artifacts/types.js';

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/** The axe-core script, read once from the installed package. */
function loadAxe(): Promise<string> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

const MAX_NODES = 10;

interface AxeRunResult {
  version: string;
  violations: { id: string; impact?: string | null; help: string; helpUrl: string; tags: string[]; nodes: { target: unknown[]; html: string }[] }[];
  passes: number;
  incomplete: number;
}

/** Runs axe in the page as it is now (the page must show the home page). */
export async function gatherAxe(page: Page): Promise<AxeArtifact> {
  await page.addScriptTag({ content: await loadAxe() });
  const result = await page.evaluate(async (maxNodes): Promise<AxeRunResult> => {
    const axe = (globalThis as unknown as { axe: { version: string; run: (context: unknown, options: unknown) => Promise<{ violations: AxeRunResult['violations']; passes: unknown[]; incomplete: unknown[] }> } }).axe;
    const run = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return {
      version: axe.version,
      violations: run.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        tags: violation.tags,
        nodes: violation.nodes.slice(0, maxNodes).map((node) => ({ target: node.target, html: node.html })),
      })),
      passes: run.passes.length,
      incomplete: run.incomplete.length,
    };
  }, MAX_NODES);
  return {
    version: result.version,
    violations: result.violations.map((violation) => ({
      id: violation.id,
      ...(violation.impact ? { impact: violation.impact } : {}),
      help: violation.help,
      helpUrl: violation.helpUrl,
      tags: violation.tags,
      nodes: violation.nodes.map((node) => ({ target: node.target.map((part) => (Array.isArray(part) ? part.join(' ') : String(part))).join(' '), html: node.html.slice(0, 300) })),
    })),
    passes: result.passes,
    incomplete: result.incomplete,
  };
}
