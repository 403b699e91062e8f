import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateStories, type ValidationCache } from '../../src/lib/editor/validateStories';
import { ROOT } from '../support/site';

// `astro dev` checks the stories after every save with a cache, so that only the stories whose
// files changed are read again. What an editor sees must not depend on it: after every change,
// the cached check reports exactly what a fresh `npm run check:content` would.

const VALID = join(ROOT, 'tests', 'fixtures', 'stories', 'valid', 'meta-outage-2024-03-05');
let dir: string;
let cache: ValidationCache;

const bn = (slug: string) => join(dir, slug, 'bn.mdx');

/** Saves as editors do: a new file renamed over the old one (a new inode, maybe the same size). */
function save(file: string, text: string): void {
	writeFileSync(`${file}.tmp`, text);
	renameSync(`${file}.tmp`, file);
}

/** The cached check, after asserting it says what a fresh check says. */
async function checked() {
	const cached = await validateStories(dir, dir, { cache });
	expect(cached).toEqual(await validateStories(dir, dir));
	return cached;
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'somoyrekha-validate-'));
	for (const slug of ['first-story', 'second-story'])
		cpSync(VALID, join(dir, slug), { recursive: true });
	cache = new Map();
});

afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe('the dev content check with its cache', () => {
	it('reports a story broken by a save, and nothing once it is fixed', async () => {
		expect((await checked()).problems).toEqual([]);
		const good = readFileSync(bn('second-story'), 'utf8');
		// Same length as the valid text, so only the file's time and inode tell the change.
		save(bn('second-story'), good.replace('kind: restoration', 'kind: restoratio_'));
		const broken = await checked();
		expect(broken.problems).toHaveLength(1);
		const [problem] = broken.problems;
		expect(problem?.file).toBe('second-story/bn.mdx');
		expect(problem?.line).toBe(20);
		expect(problem?.message).toContain('field "kind": kind "restoratio_" is not allowed');
		save(bn('second-story'), good);
		expect((await checked()).problems).toEqual([]);
	});

	it('follows stories added and removed while it runs', async () => {
		await checked();
		cpSync(join(dir, 'first-story'), join(dir, 'Third_Story'), { recursive: true });
		const added = await checked();
		expect(added.stories).toBe(3);
		expect(added.problems.map((p) => p.file)).toEqual(['Third_Story/']);
		rmSync(join(dir, 'Third_Story'), { recursive: true });
		rmSync(join(dir, 'first-story', 'en.mdx'));
		const removed = await checked();
		expect(removed.stories).toBe(2);
		expect(removed.editions).toBe(3);
		expect([...cache.keys()].sort()).toEqual([join(dir, 'first-story'), join(dir, 'second-story')]);
	});

	it('marks a story that becomes a draft', async () => {
		expect((await checked()).drafts).toEqual([]);
		const text = readFileSync(bn('first-story'), 'utf8');
		save(bn('first-story'), text.replace('zone: Asia/Kolkata', 'zone: Asia/Kolkata\ndraft: true'));
		expect((await checked()).drafts).toEqual(['first-story']);
	});
});
