// Runs axe-core (WCAG 2.x A and AA rules) in a page and returns its violations, flattened for reports.
import type { Page } from 'playwright-core';

const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResultShape {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * `enhancedContrast` adds WCAG 1.4.6 (7:1 for body text): elder mode promises it, the standard mode promises AA.
 */
export async function axeViolations(page: Page, options: { enhancedContrast?: boolean } = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_SOURCE });
  const runOnce = (runOnly: { type: 'tag' | 'rule'; values: string[] }) =>
    page.evaluate(async (only) => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe;
      return axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    }, runOnly) as Promise<AxeResultShape>;
  const results = [await runOnce({ type: 'tag', values: TAGS })];
  if (options.enhancedContrast) results.push(await runOnce({ type: 'rule', values: ['color-contrast-enhanced'] }));
  return results.flatMap((r) => r.violations).map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}
