/**
 * Page-weight budgets: `npm run budget [-- --dir <built site>] [-- --base /outages/]`.
 *
 * Without --dir it builds the site into a fresh temporary folder (npx astro build --outDir …),
 * measures it and deletes it. For every built page it prints the bytes a first visit transfers
 * by kind (HTML, CSS, JS, fonts, images), raw, gzip -9 and brotli -q 11, and exits 1 when a page
 * is over budget:
 *   - HTML + CSS (brotli) more than 1.5 × the brotli of the page's visible text;
 *   - a script that could block reading (not type="module", async or defer): reading needs 0 B
 *     of JavaScript; an enhancement script (with its static imports) over 2 KB brotli, except on
 *     the search page, the one feature that needs JavaScript (Pagefind);
 *   - Pagefind files loaded by any page but the search page;
 *   - more than 40 KB of Bengali font files (target 30 KB: a regular and a bold subset);
 *   - more than 45 KB transferred in all by a first visit (HTML, CSS, JS and images brotli, fonts
 *     as they are); on the search page, more than 40 KB before the reader types (Pagefind and
 *     the whole fonts its results are drawn in arrive then, and are not counted).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzePage, CEILINGS, formatTable, overBudget, pagesIn, TARGETS } from './lib/budget';

const { values } = parseArgs({
	options: {
		dir: { type: 'string' },
		base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
		json: { type: 'boolean', default: false },
		strict: { type: 'boolean', default: false },
	},
});
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
let dir = values.dir ? resolve(values.dir) : undefined;
let temporary: string | undefined;
if (!dir) {
	temporary = mkdtempSync(join(tmpdir(), 'somoyrekha-budget-'));
	dir = temporary;
	console.log(`Building the site into ${dir} (npx astro build --outDir ${dir}) …`);
	execFileSync('npx', ['astro', 'build', '--outDir', dir], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
}

try {
	const pages = pagesIn(readdirSync(dir, { recursive: true }) as string[], base);
	if (pages.length === 0) throw new Error(`No HTML pages in ${dir}`);
	const reports = pages.map((page) => analyzePage(dir, base, page));
	if (values.json) console.log(JSON.stringify(reports, null, '\t'));
	const describe = (l: typeof TARGETS): string =>
		`HTML+CSS brotli ≤ ${l.frame.story} B + ${l.markupPerText} × visible text brotli on a story page, ` +
		`${l.frame.navigation} B + ${l.markupPerText} × text on other pages; JS to read 0 B; each enhancement script ≤ ` +
		`${l.enhancementScript} B brotli; Bengali font ≤ ${l.bengaliFont} B (bn font, woff2 bytes); ` +
		`first visit ≤ ${l.firstLoad} B in all (total; search page ≤ ${l.searchFirstLoad} B before typing)`;
	console.log(`\nFirst-visit bytes per page (raw/gzip -9/brotli -q11; K = KiB) in ${dir}`);
	console.log(`Targets:  ${describe(TARGETS)}.`);
	console.log(
		`Ceilings: ${describe(CEILINGS)}.${values.strict ? ' (--strict: failing on targets)' : ''}\n`,
	);
	console.log(formatTable(reports));
	const failOn = values.strict ? TARGETS : CEILINGS;
	let over = 0;
	for (const report of reports) {
		const failing = overBudget(report, failOn);
		for (const problem of failing) console.log(`OVER BUDGET ${report.page}: ${problem}`);
		over += failing.length;
		if (!values.strict) {
			for (const problem of overBudget(report, TARGETS)) {
				if (!failing.includes(problem)) console.log(`off target  ${report.page}: ${problem}`);
			}
		}
	}
	if (over) {
		console.log(`\n${over} budget problem(s) on ${pages.length} pages.`);
		process.exitCode = 1;
	} else {
		console.log(
			`\nAll ${pages.length} pages within the ${values.strict ? 'targets' : 'ceilings'}.`,
		);
	}
} finally {
	if (temporary) rmSync(temporary, { recursive: true, force: true });
}
