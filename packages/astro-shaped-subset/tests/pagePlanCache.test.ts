import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PagePlanCache, planSalt, type PagePlan } from 'astro-shaped-subset';

// The font phase's memory of earlier builds: a page is given stored links only when everything
// they were made from is the same, and only when the files they name can be given too.

let dir: string;
const PLAN: PagePlan = {
	links: '<link rel="stylesheet" href="/_astro/fonts.abc.css">',
	files: ['fonts.abc.css', 'Bengali-subset.123.woff2'],
	fontBytes: 3,
};
const BYTES = new Map<string, Uint8Array | string>([
	['fonts.abc.css', '@font-face{}'],
	['Bengali-subset.123.woff2', new Uint8Array([1, 2, 3])],
]);

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'somoyrekha-plans-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function stored(salt = 'salt'): Promise<{ cache: PagePlanCache; key: string }> {
	const cache = await PagePlanCache.open(dir, salt);
	const key = cache.key('<html>page</html>', 'body{}');
	expect(cache.get(key)).toBeUndefined();
	await cache.record(key, PLAN, BYTES);
	await cache.save();
	return { cache, key };
}

describe('PagePlanCache', () => {
	it('gives a later build the plan and the files of a page with the same HTML and CSS', async () => {
		const { key } = await stored();
		const later = await PagePlanCache.open(dir, 'salt');
		expect(later.key('<html>page</html>', 'body{}')).toBe(key);
		expect(later.get(key)).toEqual(PLAN);
		expect(later.hits).toBe(1);
		const out = join(dir, 'out.woff2');
		await later.restore('Bengali-subset.123.woff2', out);
		expect([...readFileSync(out)]).toEqual([1, 2, 3]);
	});

	it('has nothing for a page whose HTML or CSS changed', async () => {
		const { key } = await stored();
		const later = await PagePlanCache.open(dir, 'salt');
		expect(later.key('<html>page!</html>', 'body{}')).not.toBe(key);
		expect(later.key('<html>page</html>', 'body{font-weight:700}')).not.toBe(key);
	});

	it('has nothing under another salt (code, lockfile, fonts or settings changed)', async () => {
		const { key } = await stored();
		const later = await PagePlanCache.open(dir, 'other salt');
		expect(later.get(key)).toBeUndefined();
		expect(later.key('<html>page</html>', 'body{}')).not.toBe(key);
	});

	it('has nothing when a file the plan names is missing from the store', async () => {
		const { key } = await stored();
		rmSync(join(dir, 'files', 'Bengali-subset.123.woff2'));
		expect((await PagePlanCache.open(dir, 'salt')).get(key)).toBeUndefined();
	});

	it('keeps the files its plans name, and deletes those no build has used for 30 days', async () => {
		const { key } = await stored();
		const files = join(dir, 'files');
		const monthsAgo = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
		for (const name of PLAN.files) utimesSync(join(files, name), monthsAgo, monthsAgo);
		writeFileSync(join(files, 'fonts.old.css'), '@font-face{}'); // an earlier edit's stylesheet
		utimesSync(join(files, 'fonts.old.css'), monthsAgo, monthsAgo);
		writeFileSync(join(files, 'fonts.new.css'), '@font-face{}'); // another build's, just now
		const later = await PagePlanCache.open(dir, 'salt');
		expect(later.get(key)).toEqual(PLAN);
		expect(await later.save()).toBe(1);
		expect(existsSync(join(files, 'fonts.old.css'))).toBe(false);
		expect(existsSync(join(files, 'fonts.new.css'))).toBe(true);
		for (const name of PLAN.files) {
			expect(statSync(join(files, name)).mtimeMs).toBeGreaterThan(monthsAgo.getTime());
		}
		expect((await PagePlanCache.open(dir, 'salt')).get(key)).toEqual(PLAN);
	});

	it('keeps only the plans the last build used', async () => {
		const { key } = await stored();
		await (await PagePlanCache.open(dir, 'salt')).save(); // a build that used none
		expect((await PagePlanCache.open(dir, 'salt')).get(key)).toBeUndefined();
	});
});

describe('planSalt', () => {
	const INPUTS = ['src', 'package-lock.json'];
	it('changes when any file of the given inputs (src/, the lockfile) changes, or a setting', async () => {
		mkdirSync(join(dir, 'src', 'lib'), { recursive: true });
		writeFileSync(join(dir, 'src', 'lib', 'a.ts'), 'export const a = 1;');
		writeFileSync(join(dir, 'package-lock.json'), '{}');
		const first = await planSalt(dir, INPUTS, { bold: 'synthetic' });
		expect(await planSalt(dir, INPUTS, { bold: 'synthetic' })).toBe(first);
		expect(await planSalt(dir, INPUTS, { bold: 'face' })).not.toBe(first);
		writeFileSync(join(dir, 'src', 'lib', 'a.ts'), 'export const a = 2;');
		const second = await planSalt(dir, INPUTS, { bold: 'synthetic' });
		expect(second).not.toBe(first);
		writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3}');
		expect(await planSalt(dir, INPUTS, { bold: 'synthetic' })).not.toBe(second);
	});
});
