/**
 * Lighthouse on both editions of a story, mobile settings (Lighthouse's default: a mid-range
 * phone, simulated slow 4G): `npm run lighthouse [-- --dir <built site>] [-- --min 100]
 * [-- --runs 3] [-- --save <folder>]`.
 *
 * Without --dir it builds the site into a temporary folder with SITE_URL set to the local server's
 * origin (so canonical and hreflang links point at the pages under test); it serves the site on a
 * free port of 127.0.0.1 and runs Lighthouse in Debian's Chromium (/usr/bin/chromium, or
 * CHROME_PATH; headless) with scripts/lib/lighthouse.ts, as tests/e2e/lighthouse.test.ts does.
 * Prints the four category scores and the five performance metrics of each run; --runs runs each
 * page that many times, --save writes each run's JSON report into that folder. Exits 1 when every
 * run of a page has a score under --min (default 0: report only). Nothing leaves this machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH } from '../tests/support/browser';
import { serveStatic } from '../tests/support/server';
import {
	CATEGORIES,
	formatHeader,
	formatRun,
	launchForLighthouse,
	LIGHTHOUSE_VERSION,
	runLighthouse,
	storyEditions,
} from './lib/lighthouse';

const { values } = parseArgs({
	options: {
		dir: { type: 'string' },
		min: { type: 'string', default: '0' },
		pages: { type: 'string' },
		runs: { type: 'string', default: '1' },
		save: { type: 'string' },
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

const pages = values.pages?.split(',') ?? storyEditions(dir);
const runs = Math.max(1, Number(values.runs));
const min = Number(values.min);
const save = values.save ? resolve(values.save) : undefined;
if (save) mkdirSync(save, { recursive: true });
const browser = await launchForLighthouse();
let failed = 0;
try {
	if (pages.length === 0) throw new Error(`No story pages in ${dir}`);
	console.log(
		`\nLighthouse ${LIGHTHOUSE_VERSION}, mobile settings, Chromium at ${process.env['CHROME_PATH'] ?? CHROMIUM_PATH}\n`,
	);
	console.log(formatHeader());
	for (const page of pages) {
		let best = 0;
		for (let n = 1; n <= runs; n++) {
			const run = await runLighthouse(browser, `${server.origin}${page}`);
			console.log(formatRun(runs > 1 ? `${page} #${n}` : page, run));
			if (save) {
				const name = `${page.replace(/^\/|\/$/g, '').replaceAll('/', '_')}-${n}.json`;
				writeFileSync(join(save, name), JSON.stringify(run.lhr));
			}
			best = Math.max(best, Math.min(...CATEGORIES.map((c) => run.scores[c])));
		}
		if (best < min) failed++;
	}
} finally {
	browser.close();
	await server.close();
	if (temporary) rmSync(temporary, { recursive: true, force: true });
}
if (failed) {
	console.log(`\n${failed} page(s) scored under ${values.min} in a category in every run.`);
	process.exitCode = 1;
}
