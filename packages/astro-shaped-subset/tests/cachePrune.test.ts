import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEEP_UNUSED_DAYS, pruneUnused } from 'astro-shaped-subset';

// The font caches are kept between deploys; what no build has used for a month goes.

let dir: string;
const DAY = 24 * 60 * 60 * 1000;
const NONE = new Set<string>();

/** Writes `name` in the cache folder, last used `daysAgo` days ago. */
function file(name: string, daysAgo: number): string {
	const path = join(dir, name);
	writeFileSync(path, name);
	const when = new Date(Date.now() - daysAgo * DAY);
	utimesSync(path, when, when);
	return path;
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'somoyrekha-prune-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pruneUnused', () => {
	it('deletes the files unused for longer than the limit and keeps the others', async () => {
		const old = file('old.woff2', KEEP_UNUSED_DAYS + 1);
		const partial = file('old.woff2.123.tmp', KEEP_UNUSED_DAYS + 5);
		const recent = file('recent.woff2', KEEP_UNUSED_DAYS - 1);
		mkdirSync(join(dir, 'pages'));
		utimesSync(join(dir, 'pages'), new Date(0), new Date(0));
		expect(await pruneUnused(dir, NONE)).toBe(2);
		expect(existsSync(old)).toBe(false);
		expect(existsSync(partial)).toBe(false);
		expect(existsSync(recent)).toBe(true);
		expect(existsSync(join(dir, 'pages'))).toBe(true);
	});

	it('keeps the files this build used, however old, and marks them used now', async () => {
		const used = file('used.woff2', KEEP_UNUSED_DAYS + 10);
		expect(await pruneUnused(dir, new Set(['used.woff2', 'missing.woff2']))).toBe(0);
		expect(existsSync(used)).toBe(true);
		expect(Date.now() - statSync(used).mtimeMs).toBeLessThan(DAY);
		expect(await pruneUnused(dir, NONE)).toBe(0); // the next build, which does not use it
	});

	it('takes another limit, and a missing folder is an empty one', async () => {
		const week = file('week.woff2', 8);
		expect(await pruneUnused(dir, NONE, { days: 7 })).toBe(1);
		expect(existsSync(week)).toBe(false);
		expect(await pruneUnused(join(dir, 'none'), NONE)).toBe(0);
	});
});
