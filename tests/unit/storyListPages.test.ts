import { describe, expect, it } from 'vitest';
import {
	storyListPageLabel,
	storyListPages,
	storyListPath,
} from '../../src/lib/views/storyListPages';

describe('storyListPages', () => {
	it('keeps the newest on the home page and the rest on pages of their own, in order', () => {
		const stories = Array.from({ length: 45 }, (_, i) => i);
		const pages = storyListPages(stories, 20);
		expect(pages.map((p) => [p.page, p.pages, p.items.length])).toEqual([
			[1, 3, 20],
			[2, 3, 20],
			[3, 3, 5],
		]);
		expect(pages.flatMap((p) => p.items)).toEqual(stories);
	});

	it('gives an empty list one empty page, and a full page no empty one after it', () => {
		expect(storyListPages([], 20)).toEqual([{ items: [], page: 1, pages: 1 }]);
		expect(storyListPages(Array.from({ length: 40 }), 20)).toHaveLength(2);
	});

	it('puts page 1 at the language’s home and the others under page/', () => {
		expect([1, 2, 50].map(storyListPath)).toEqual(['', 'page/2/', 'page/50/']);
	});

	it('says which page of how many, in the page’s language and digits', () => {
		expect(storyListPageLabel({ page: 2, pages: 13 }, 'bn')).toBe('পৃষ্ঠা ২ (মোট ১৩)');
		expect(storyListPageLabel({ page: 2, pages: 13 }, 'en')).toBe('Page 2 of 13');
	});
});
