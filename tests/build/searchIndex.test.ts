import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listPages, readPage, siteDir } from '../support/site';

describe('the search index the build writes', () => {
	it('has one index per language, holding exactly that language’s story pages', () => {
		const entry = JSON.parse(readPage('/pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		const stories = (lang: string) =>
			listPages().filter(
				(p) => new RegExp(`^/${lang}/[^/]+/$`).test(p) && p !== `/${lang}/search/`,
			);
		expect(Object.keys(entry.languages).sort()).toEqual(['bn', 'en']);
		expect(entry.languages.bn!.page_count).toBe(stories('bn').length);
		expect(entry.languages.en!.page_count).toBe(stories('en').length);
	});

	it('indexes only story articles: home, search and 404 pages are not results', () => {
		for (const page of listPages()) {
			const marked = parse(readPage(page)).querySelectorAll('[data-pagefind-body]').length;
			const isStory = /^\/(bn|en)\/[^/]+\/$/.test(page) && !page.endsWith('/search/');
			expect([page, marked]).toEqual([page, isStory ? 1 : 0]);
		}
	});

	it('ships the scripts the search pages load, and none of Pagefind’s unused interfaces', () => {
		const bundle = readdirSync(join(siteDir(), 'pagefind'));
		expect(bundle).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js']));
		expect(bundle.filter((file) => /ui|highlight/.test(file))).toEqual([]);
		const page = parse(readPage('/bn/search/'));
		expect(page.querySelector('search-box')?.getAttribute('data-bundle')).toBe('/pagefind/');
	});

	it('indexes each story as readable text: no label run into its value in result excerpts', () => {
		const dir = join(siteDir(), 'pagefind', 'fragment');
		// A fragment is gzip: Pagefind's signature, then the page's record as JSON.
		const fragments = readdirSync(dir).map((file) => {
			const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
			return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
		});
		const stories = listPages().filter(
			(p) => /^\/(bn|en)\/[^/]+\/$/.test(p) && !p.endsWith('/search/'),
		);
		expect(fragments.map((f) => f.url).sort()).toEqual(stories.sort());
		for (const { url, content } of fragments) {
			const article = parse(readPage(url)).querySelector('[data-pagefind-body]')!;
			const glued = article.querySelectorAll('dt').flatMap((dt) => {
				const dd = dt.nextElementSibling;
				return dd ? [`${dt.textContent.trim()}${dd.textContent.trim()}`] : [];
			});
			expect(glued.length, `${url} has a list of labelled values`).toBeGreaterThan(0);
			for (const words of glued) expect(content, url).not.toContain(words);
			// The report and its timeline are still what a search finds.
			const entry = article.querySelector('#india-logout .text')?.textContent.trim();
			expect(entry, `${url} has the India logout entry`).toBeTruthy();
			expect(content, url).toContain(entry!.slice(0, 20));
			// Blocks end with a dari on a Bengali page, not Pagefind's Latin full stop
			// (“সমস্যা. মঙ্গলবার” before), and the zone switcher's options are not story text.
			if (url.startsWith('/bn/')) {
				expect(content.match(/.{0,20}[\u0980-\u09FF]\.(?!\d).{0,20}/gu) ?? [], url).toEqual([]);
				expect(content, url).toContain(`${article.querySelector('h1')!.textContent.trim()}। `);
			}
			expect(content, url).not.toMatch(/UTC(Your|আপনার)/);
		}
	});
});
