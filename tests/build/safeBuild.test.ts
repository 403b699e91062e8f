import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPages, readPage, ROOT } from '../support/site';

const FIXTURES = 'tests/fixtures/stories';
const STORY = '/bn/meta-outage-2024-03-05/';

let work: string;
let dist: string;

/** `npm run build -- --outDir <dist> …` on a folder of fixture stories, in its own cache. */
function build(stories: string, ...args: string[]) {
	return buildWith({}, stories, ...args);
}

/** The same, with more environment variables. */
function buildWith(extraEnv: Record<string, string>, stories: string, ...args: string[]) {
	const result = spawnSync('npm', ['run', 'build', '--', '--outDir', dist, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			STORIES_DIR: join(FIXTURES, stories),
			ASTRO_CACHE_DIR: join(work, 'cache'),
			...extraEnv,
		},
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A fingerprint of every file in the output folder: names and contents. */
function fingerprint(dir: string): string {
	const hash = createHash('sha256');
	for (const file of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
		hash.update(file);
		try {
			hash.update(readFileSync(join(dir, file)));
		} catch {
			// a folder
		}
	}
	return hash.digest('hex');
}

/** The command lines of running processes that mention `text`. */
function processesMentioning(text: string): string[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
		.flatMap((pid) => {
			try {
				const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
				return line.includes(text) ? [line] : [];
			} catch {
				return [];
			}
		});
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let first: { status: number | null; output: string };
/** A build that was killed, as found before the first build. */
let stalePid: number;

beforeAll(() => {
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	work = mkdtempSync(join(ROOT, 'test-results', 'safe-build-'));
	dist = join(work, 'dist');
	// What a build killed halfway leaves: its staging folder, named by a process now gone.
	stalePid = Number(
		spawnSync(process.execPath, ['-p', 'process.pid'], { encoding: 'utf8' }).stdout,
	);
	mkdirSync(join(work, `dist-building-${stalePid}`, 'bn'), { recursive: true });
	writeFileSync(join(work, `dist-building-${stalePid}`, 'bn', 'index.html'), 'half');
	first = build('html-in-text');
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build with a valid story', () => {
	it('builds into the output folder and leaves no staging folder', () => {
		expect(first.status, first.output).toBe(0);
		expect(first.output).toContain('✓ 1 story (1 edition file) checked');
		expect(listPages(dist)).toContain(STORY);
		expect(readdirSync(work).sort()).toEqual(['cache', 'dist', 'dist-releases']);
	});

	it('removes the staging folder an interrupted build left, and says so', () => {
		expect(first.output).toContain(
			`Removed ${relative(ROOT, work)}/dist-building-${stalePid}, left by an interrupted build.`,
		);
		expect(existsSync(join(work, `dist-building-${stalePid}`))).toBe(false);
	});

	it('publishes by switching a link, so dist/ is never missing', () => {
		expect(lstatSync(dist).isSymbolicLink()).toBe(true);
		expect(readdirSync(join(work, 'dist-releases'))).toHaveLength(1);
	});

	it('shows raw HTML and a script in a text field as text, never as markup', () => {
		for (const page of listPages(dist)) {
			const html = readPage(page, dist);
			expect(html, page).not.toContain("<script>alert('xss')");
			expect(html, page).not.toContain('<img src=x');
			expect(html, page).not.toContain('<b>লগ আউট</b>');
		}
		const entry = parse(readPage(STORY, dist)).querySelector('#india-logout');
		expect(entry?.querySelector('.text')?.textContent).toBe(
			"<script>alert('xss')</script><b>লগ আউট</b> ভারতে",
		);
		expect(entry?.querySelector('b')).toBeNull();
		expect(entry?.textContent).toContain("<img src=x onerror=alert('xss')>");
	});

	it('tells readers of the Bengali page that the English translation is pending', () => {
		const note = parse(readPage(STORY, dist)).querySelector('.translation-note.pending');
		expect(note?.textContent.replace(/\s+/g, ' ').trim()).toBe(
			'এই প্রতিবেদনের ইংরেজি অনুবাদ তৈরি হচ্ছে। An English translation of this report is on its way.',
		);
		expect(note?.querySelector('span')?.getAttribute('lang')).toBe('en');
		expect(listPages(dist)).not.toContain('/en/meta-outage-2024-03-05/');
	});
});

describe('npm run build with an invalid story', () => {
	it('stops before building, with the editor-facing messages, and keeps the previous build', () => {
		const before = fingerprint(dist);
		const { status, output } = build('many-problems');
		expect(status).toBe(1);
		expect(output).toContain(
			'line 10: Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "precision": precision "roughly" is not allowed; use one of "exact", "approximate", "day", e.g. precision: approximate',
		);
		expect(output).toContain('4 problems in 2 files.');
		expect(output).toContain(`The site was not built. ${relative(ROOT, dist)}/ is unchanged`);
		expect(fingerprint(dist)).toBe(before);
		expect(readdirSync(work).sort()).toEqual(['cache', 'dist', 'dist-releases']);
	});

	it("when Astro's own validation stops it, says the same and keeps the previous build", () => {
		const before = fingerprint(dist);
		const { status, output } = build('many-problems', '--skip-check');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "kind": kind "outage-end" is not allowed; use one of "outage-start", "investigating", "identified", "update", "statement", "recovering", "restoration", e.g. kind: update',
		);
		expect(output).toContain(`The build failed (see above). ${relative(ROOT, dist)}/ is unchanged`);
		expect(fingerprint(dist)).toBe(before);
		expect(readdirSync(work).sort()).toEqual(['cache', 'dist', 'dist-releases']);
	}, 120_000);
});

describe('npm run build when a step after Astro fails', () => {
	it('publishes nothing: the font subsets fail, the previous build stays', () => {
		const before = fingerprint(dist);
		// Astro builds the pages; the font subsets, cut afterwards in their own process, cannot
		// start with an unknown encoder.
		const { status, output } = buildWith({ FONT_SUBSET_WOFF2: 'gzip' }, 'html-in-text');
		expect(status).not.toBe(0);
		expect(output).toContain('[somoyrekha:font-subset] failed');
		expect(output).toContain('FONT_SUBSET_WOFF2 must be "native" or "wawoff2", not "gzip"');
		expect(output).toContain(`The build failed (see above). ${relative(ROOT, dist)}/ is unchanged`);
		expect(output).not.toContain('search index written');
		expect(fingerprint(dist)).toBe(before);
		expect(readdirSync(work).sort()).toEqual(['cache', 'dist', 'dist-releases']);
	}, 120_000);
});

describe('npm run build when it is killed', () => {
	it('killed (SIGKILL) halfway through the switch: dist/ is the previous build, whole', () => {
		const before = fingerprint(dist);
		const { status } = buildWith({ SAFE_BUILD_KILL_AT: 'new link made' }, 'html-in-text');
		expect(status).not.toBe(0);
		expect(fingerprint(dist)).toBe(before);
		expect(listPages(dist)).toContain(STORY);
	}, 180_000);

	it("killing npm's wrapper stops the build; nothing replaces dist/ afterwards", async () => {
		const before = fingerprint(dist);
		const npm = spawn('npm', ['run', 'build', '--', '--outDir', dist], {
			cwd: ROOT,
			stdio: 'ignore',
			env: {
				...process.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				STORIES_DIR: join(FIXTURES, 'html-in-text'),
				ASTRO_CACHE_DIR: join(work, 'cache'),
			},
		});
		const staging = join(work, 'dist-building-');
		// Astro has started building into its staging folder.
		for (let waited = 0; processesMentioning(`--outDir ${staging}`).length === 0; waited += 100) {
			expect(waited, 'astro build never started').toBeLessThan(60_000);
			await sleep(100);
		}
		npm.kill('SIGKILL');
		for (let waited = 0; processesMentioning(work).length > 0; waited += 100) {
			expect(waited, processesMentioning(work).join('\n')).toBeLessThan(10_000);
			await sleep(100);
		}
		expect(readdirSync(work).sort()).toEqual(['cache', 'dist', 'dist-releases']);
		expect(fingerprint(dist)).toBe(before);
	}, 120_000);
});
