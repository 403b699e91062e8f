/**
 * Lighthouse on both editions of a story, mobile settings (Lighthouse's default: a mid-range
 * phone, simulated slow 4G): `npm run lighthouse [-- --dir <built site>] [-- --min 100]`.
 *
 * Without --dir it builds the site into a temporary folder with SITE_URL set to the local server's
 * origin (so canonical and hreflang links point at the pages under test); it serves the site on a
 * free port of 127.0.0.1 and runs Lighthouse in Debian's Chromium (/usr/bin/chromium, headless).
 * Prints the four category scores per page; exits 1 when a score is under --min (default 0: report
 * only). Nothing leaves this machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../tests/support/server';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({
	options: {
		dir: { type: 'string' },
		min: { type: 'string', default: '0' },
		pages: { type: 'string' },
	},
});

let dir = values.dir ? resolve(values.dir) : undefined;
let temporary: string | undefined;
if (!dir) {
	temporary = mkdtempSync(join(tmpdir(), 'somoyrekha-lighthouse-'));
	dir = temporary;
}
// The server picks a free port first, so the build can name its origin (SITE_URL).
const server = await serveStatic(dir);
if (temporary) {
	console.log(`Building the site into ${dir} for ${server.origin}/ …`);
	execFileSync('npx', ['astro', 'build', '--outDir', dir], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: server.origin },
	});
}

const pages =
	values.pages?.split(',') ??
	(readdirSync(dir, { recursive: true }) as string[])
		.map((f) => f.split('\\').join('/'))
		.filter((f) => /^(bn|en)\/[^/]+\/index\.html$/.test(f) && !f.includes('/search/'))
		.map((f) => `/${f.replace(/index\.html$/, '')}`)
		.sort()
		.slice(0, 2);
const chrome = await chromeLauncher.launch({
	chromePath: CHROMIUM,
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--no-first-run',
		'--disable-background-networking',
	],
});
let failed = 0;
try {
	if (pages.length === 0) throw new Error(`No story pages in ${dir}`);
	console.log(
		`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile settings, Chromium at ${CHROMIUM}\n`,
	);
	console.log(['page'.padEnd(34), ...CATEGORIES.map((c) => c.padStart(15))].join(''));
	for (const page of pages) {
		const result = await lighthouse(`${server.origin}${page}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
		const { lhr } = result;
		if (lhr.runtimeError)
			throw new Error(`Lighthouse could not load ${page}: ${lhr.runtimeError.message}`);
		const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
		console.log([page.padEnd(34), ...scores.map((s) => String(s).padStart(15))].join(''));
		for (const category of CATEGORIES) {
			for (const ref of lhr.categories[category]?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
					console.log(
						`    ${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
					);
				}
			}
		}
		const min = Number(values.min);
		if (scores.some((s) => s < min)) failed++;
	}
} finally {
	chrome.kill();
	await server.close();
	if (temporary) rmSync(temporary, { recursive: true, force: true });
}
if (failed) {
	console.log(`\n${failed} page(s) scored under ${values.min} in a category.`);
	process.exitCode = 1;
}
