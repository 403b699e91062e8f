import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStories } from '../../scripts/lib/synthStories';
import { pagesIn } from '../../scripts/lib/budget';
import { checkBuiltSite } from '../../scripts/lib/checkBuiltSite';
import { buildSite } from '../support/buildSite';
import { readPage, ROOT } from '../support/site';

/**
 * A newsroom's archive grows: with 45 stories each language's home lists the newest 20, and
 * older ones follow on page/2/ and page/3/, linked newer and older, so no list page grows with
 * the archive (a home page of 1,000 stories was over the 45 KB first visit). Built from the
 * benchmark's synthetic stories (scripts/lib/synthStories.ts); every page passes the checks the
 * content lane makes before an upload.
 */

let stories: string;
let dir: string;

beforeAll(async () => {
	stories = mkdtempSync(join(ROOT, 'test-results', 'lists-content-'));
	writeStories(stories, 45);
	dir = await buildSite('lists', { stories });
}, 300_000);

afterAll(() => {
	for (const folder of [stories, dir]) if (folder) rmSync(folder, { recursive: true, force: true });
});

const listed = (path: string) =>
	parse(readPage(path, dir))
		.querySelectorAll('ul.stories > li h2 a')
		.map((a) => a.getAttribute('href'));
const pager = (path: string) => {
	const nav = parse(readPage(path, dir)).querySelector('nav.pager');
	return {
		prev: nav?.querySelector('a[rel="prev"]')?.getAttribute('href'),
		next: nav?.querySelector('a[rel="next"]')?.getAttribute('href'),
		text: nav?.querySelector('span:not([aria-hidden])')?.text,
	};
};

describe('story lists of a 45-story archive', () => {
	it('lists the newest 20 on the home page, then 20 and 5, each story once', () => {
		const pages = ['/en/', '/en/page/2/', '/en/page/3/'].map(listed);
		expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
		expect(new Set(pages.flat()).size).toBe(45);
		expect(() => readPage('/en/page/4/', dir)).toThrow();
		expect(() => readPage('/en/page/1/', dir)).toThrow();
	});

	it('links each page to the newer and older ones, numbered in the page’s language', () => {
		expect(pager('/bn/')).toEqual({
			prev: undefined,
			next: '/bn/page/2/',
			text: 'পৃষ্ঠা ১ (মোট ৩)',
		});
		expect(pager('/en/page/2/')).toEqual({
			prev: '/en/',
			next: '/en/page/3/',
			text: 'Page 2 of 3',
		});
		expect(pager('/en/page/3/').next).toBeUndefined();
		const head = parse(readPage('/bn/page/2/', dir));
		expect(head.querySelector('title')?.text).toContain('পৃষ্ঠা ২ (মোট ৩)');
		expect(
			head.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('href')),
		).toEqual(expect.arrayContaining([expect.stringMatching(/\/en\/page\/2\/$/)]));
	});

	it('passes every check the content lane makes before an upload', async () => {
		const pages = pagesIn(readdirSync(dir, { recursive: true }) as string[], '/');
		expect(pages).toEqual(expect.arrayContaining(['/bn/page/3/', '/en/page/3/']));
		expect(await checkBuiltSite(dir, '/', pages)).toEqual([]);
		// About 100 pages through html-validate and the link checks: a minute under load on 2 cores.
	}, 240_000);
});
