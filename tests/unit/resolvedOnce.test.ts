import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { timelineFeedItems } from '../../src/lib/outputs/feeds';
import { timelineJson } from '../../src/lib/outputs/timelineJson';
import { assembleStories } from '../../src/lib/story/assembleStories';
import { editionSchema, type Edition } from '../../src/lib/story/storySchema';
import { buildTimeline } from '../../src/lib/views/buildTimeline';
import { storyPage } from '../../src/lib/routes/storyPage';

/**
 * One time, resolved once: the story schema reads each time an editor wrote and gives the
 * edition its resolved times; nothing after it (resolveStory, the page's views and JSON-LD, the
 * timeline feed, timeline.json) reads a written time again. Shown by scrambling every written
 * time after the schema: every output stays the same.
 */

const links = {
	absolute: (lang: string, path = '') => `https://example.org/${lang}/${path}`,
	relative: (lang: string, path = '') => `/${lang}/${path}`,
	base: '/',
};
const NOT_A_TIME = 'not a time';

/** The edition with every time as written replaced: only the schema's resolved times are left. */
function scrambled(edition: Edition): Edition {
	const copy = structuredClone(edition);
	copy.published &&= NOT_A_TIME;
	copy.updated &&= NOT_A_TIME;
	for (const entry of copy.timeline ?? []) {
		entry.time = NOT_A_TIME;
		entry.zone &&= NOT_A_TIME;
		entry.updated &&= NOT_A_TIME;
		for (const other of entry.otherTimes ?? []) other.time = NOT_A_TIME;
	}
	return copy;
}

/** Everything the story's outputs say, in both languages. */
function outputs(original: Edition): string {
	const [story] = assembleStories([
		{ id: 'x/bn', data: original },
		{
			id: 'x/en',
			data: editionSchema.parse({ title: 'T', description: 'D', translationOf: 'bn' }),
		},
	]);
	const said = (['bn', 'en'] as const).map((lang) => ({
		page: storyPage(story!, lang, links),
		feed: timelineFeedItems(buildTimeline(story!, lang, story!.zone), 'https://example.org/x/', {
			sources: 'Sources',
			correction: 'Correction',
			otherTime: 'Other time',
		}),
	}));
	const json = timelineJson({
		...story!,
		editions: {
			bn: { title: 'ক', description: 'খ', url: 'https://example.org/bn/x/' },
			en: { title: 'T', description: 'D', url: 'https://example.org/en/x/' },
		},
	});
	return JSON.stringify({ said, json });
}

describe('each written time is read once, by the story schema', () => {
	for (const name of ['disputed-times', 'corrected-entries', 'quoted-posts']) {
		it(`${name}: the page, JSON-LD, feed and timeline.json come from the resolved times`, () => {
			const raw = parse(
				readFileSync(new URL(`../fixtures/components/${name}.yaml`, import.meta.url), 'utf8'),
			) as unknown;
			const edition = editionSchema.parse(raw);
			expect(edition.timeline?.every((entry) => entry.resolved.time.instant instanceof Date)).toBe(
				true,
			);
			const told = outputs(edition);
			expect(told).not.toContain(NOT_A_TIME);
			expect(outputs(scrambled(edition))).toBe(told);
		});
	}
});
