import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/buildSite';
import { hashTree, siteDir } from '../support/site';

/**
 * Two builds of the same commit are byte for byte the same: the run's build (`astro build`, font
 * subsets and search index made in Astro's process, whatever state the cache was in) and a cold
 * `npm run build` with an empty cache into another folder (font subsets and search index made in
 * processes of their own once Astro has exited). A timestamp, a random id or a build path in the
 * output would make them differ, and a deploy would re-upload and re-cache every file on every
 * run; so would the two ways of building disagreeing.
 */

describe('reproducible build (astro build, then npm run build cold)', () => {
	let second: string;

	beforeAll(async () => {
		second = await buildSite('site-again', { npmRunBuild: true });
	});

	afterAll(() => {
		if (second) rmSync(second, { recursive: true, force: true });
	});

	it('writes the same files with the same bytes', () => {
		const first = hashTree(siteDir());
		const again = hashTree(second);
		expect(first.size).toBeGreaterThan(5);
		const onlyOne = (a: Map<string, string>, b: Map<string, string>) =>
			[...a.keys()].filter((file) => !b.has(file));
		expect(onlyOne(first, again), 'files only the first build wrote').toEqual([]);
		expect(onlyOne(again, first), 'files only the second build wrote').toEqual([]);
		const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([f]) => f);
		expect(differing, 'files whose bytes differ between two builds').toEqual([]);
	});
});
