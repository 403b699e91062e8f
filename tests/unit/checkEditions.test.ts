import { describe, expect, it } from 'vitest';
import { assembleStories } from '../../src/lib/story/assembleStories';
import { checkEditions } from '../../src/lib/story/checkEditions';
import { editionSchema } from '../../src/lib/story/storySchema';

const F = 'content/stories/x';
const messages = (...editions: Parameters<typeof checkEditions>[1]) =>
	checkEditions(F, editions).map((p) => `${p.file}: ${p.message}`);

describe('checkEditions', () => {
	it('accepts an original with its translation, or with the translation declared pending', () => {
		expect(messages({ lang: 'bn' }, { lang: 'en', translationOf: 'bn' })).toEqual([]);
		expect(messages({ lang: 'bn', translationPending: 'en' })).toEqual([]);
		expect(messages({ lang: 'en', translationPending: 'bn' })).toEqual([]);
	});

	it('names a missing edition and both ways to fix it', () => {
		expect(messages({ lang: 'bn' })).toMatchInlineSnapshot(`
			[
			  "content/stories/x/en.mdx: the English edition is missing. Write content/stories/x/en.mdx with its title, description and translationOf: bn; or, while it is being translated, add translationPending: en to content/stories/x/bn.mdx so its page tells readers, e.g. translationPending: en",
			]
		`);
	});

	it('a translation whose original is missing', () => {
		expect(messages({ lang: 'en', translationOf: 'bn' })).toMatchInlineSnapshot(`
			[
			  "content/stories/x/en.mdx: this edition says it is a translation of the Bengali edition (translationOf: bn), but content/stories/x/bn.mdx does not exist. Add it (it holds the zone and the timeline), or, if this is the original, delete the translationOf line and give this file the zone and timeline, e.g. zone: Asia/Kolkata",
			]
		`);
	});

	it('a pending translation that exists, two originals, a translation of itself', () => {
		expect(messages({ lang: 'bn', translationPending: 'en' }, { lang: 'en', translationOf: 'bn' }))
			.toMatchInlineSnapshot(`
			[
			  "content/stories/x/bn.mdx: translationPending: en says the English edition is still being translated, but content/stories/x/en.mdx exists; delete the translationPending line so readers are not told it is missing, e.g. remove "translationPending: en"",
			]
		`);
		expect(messages({ lang: 'bn' }, { lang: 'en' })).toMatchInlineSnapshot(`
			[
			  "content/stories/x/en.mdx: both bn.mdx and en.mdx say they are the original; the translation must say which edition it translates and carry only its title, description and text, e.g. translationOf: bn",
			]
		`);
		expect(messages({ lang: 'bn' }, { lang: 'en', translationOf: 'en' })).toMatchInlineSnapshot(`
			[
			  "content/stories/x/en.mdx: translationOf: en says this edition is a translation of itself; name the language of the original, e.g. translationOf: bn",
			]
		`);
	});
});

describe('assembleStories', () => {
	const data = editionSchema.parse({
		title: 'T',
		description: 'D',
		zone: 'Asia/Kolkata',
		timeline: [
			{
				id: 'a',
				time: '2024-03-05 21:00',
				precision: 'approximate',
				kind: 'outage-start',
				text: { bn: 'ক', en: 'a' },
				sources: [{ name: 'n' }],
			},
		],
	});

	it('stops the build on a missing edition with the same message as check:content', () => {
		expect(() =>
			assembleStories([{ id: 'x/bn', data, filePath: 'content/stories/x/bn.mdx' }]),
		).toThrow(
			'✗ content/stories/x/en.mdx\n  the English edition is missing. Write content/stories/x/en.mdx',
		);
	});

	it('carries the pending translation and the draft flag to the page', () => {
		const [story] = assembleStories([
			{ id: 'x/bn', data: { ...data, translationPending: 'en', draft: true } },
		]);
		expect(story?.translationPending).toBe('en');
		expect(story?.draft).toBe(true);
	});
});
