import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './site';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** axe-core rule tags: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string | undefined }[];
}

/**
 * Runs axe-core (node_modules/axe-core/axe.min.js) on the page as it is now, with the WCAG 2.2
 * A/AA rules, and returns one line per failing element: rule, impact, help text, selector and
 * axe's summary of the fix. The script is evaluated over DevTools, so the page's own CSP neither
 * blocks it nor records a violation for it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(
		async ({ tags }) => {
			const axe = (
				window as unknown as {
					axe: {
						run(context: Document, options: object): Promise<{ violations: AxeViolation[] }>;
					};
				}
			).axe;
			const result = await axe.run(document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			});
			return result.violations.map((v) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
			}));
		},
		{ tags: AXE_TAGS },
	);
	return violations.flatMap((v: AxeViolation) =>
		v.nodes.map(
			(n) =>
				`${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
		),
	);
}
