import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateStories } from '../../src/lib/editor/validateStories';
import { storyArbitrary, writeStory } from '../support/generatedStories';

/**
 * The reader-dates browser test builds stories from `storyArbitrary` with a new seed each run; a
 * story the check refuses (a time DST repeats or skips, written without its offset) fails that
 * build. Every story it can make must pass the check the build makes.
 */
describe('generated test stories', () => {
	const dir = mkdtempSync(join(tmpdir(), 'generated-stories-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('are all valid stories, around DST changes too', async () => {
		let n = 0;
		await fc.assert(
			fc.asyncProperty(storyArbitrary('story'), async (story) => {
				const folder = mkdtempSync(join(dir, 'run-'));
				writeStory(folder, { ...story, slug: `story-${++n}` });
				const report = await validateStories(folder, folder);
				const errors = report.problems.filter((p) => !p.warning).map((p) => p.message);
				expect(errors).toEqual([]);
			}),
			{ numRuns: 300 },
		);
	});
});
