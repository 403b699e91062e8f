import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/buildSite';
import { siteDir } from '../support/site';

/**
 * Two builds of the same commit are byte for byte the same: the run's build (`astro build`, font
 * subsets and search index made in Astro's process, whatever state the cache was in) and a cold
 * `npm run build` with an empty cache into another folder (font subsets and search index made in
 * processes of their own once Astro has exited). A timestamp, a random id or a build path in the
 * output would make them differ, and a deploy would re-upload and re-cache every file on every
 * run; so would the two ways of building disagreeing.
 */

/** Every file below `dir` (relative, `/`-separated) with the sha256 of its bytes. */
function hashTree(dir: string): Map<string, string> {
	const files = (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => statSync(join(dir, f)).isFile())
		.map((f) => f.split(sep).join('/'))
		.sort();
	return new Map(
		files.map((f) => [
			f,
			createHash('sha256')
				.update(readFileSync(join(dir, f)))
				.digest('hex'),
		]),
	);
}

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
		expect([...again.keys()], 'file list').toEqual([...first.keys()]);
		const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([f]) => f);
		expect(differing, 'files whose bytes differ between two builds').toEqual([]);
	});
});
