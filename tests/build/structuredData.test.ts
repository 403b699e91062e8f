import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/site';

const STORY = 'meta-outage-2024-03-05';
const SITE = 'https://somoyrekha.example';
const other = { bn: 'en', en: 'bn' } as const;

type Thing = Record<string, unknown> & { '@type': string };

function jsonLd(page: HTMLElement): Thing[] {
	return page
		.querySelectorAll('script[type="application/ld+json"]')
		.flatMap((s) => JSON.parse(s.textContent) as Thing | Thing[]);
}

const meta = (page: HTMLElement, key: string) =>
	page
		.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
		.map((m) => m.getAttribute('content'));

describe.each(['bn', 'en'] as const)('the %s edition’s structured data', (lang) => {
	const url = `${SITE}/${lang}/${STORY}/`;
	const page = parse(readPage(`/${lang}/${STORY}/`));
	const things = jsonLd(page);
	const title = page.querySelector('h1')!.text;

	it('has a NewsArticle with its required properties', () => {
		const article = things.find((t) => t['@type'] === 'NewsArticle')!;
		expect(article).toBeDefined();
		expect(article).toMatchObject({
			'@context': 'https://schema.org',
			headline: title,
			description: page.querySelector('meta[name=description]')!.getAttribute('content'),
			inLanguage: page.querySelector('html')!.getAttribute('lang'),
			url,
			mainEntityOfPage: url,
			publisher: { '@type': 'Organization', name: expect.any(String) as string },
			author: { '@type': 'Organization' },
		});
		const translation = lang === 'bn' ? article.workTranslation : article.translationOfWork;
		expect(JSON.stringify(translation)).toContain(`${SITE}/${other[lang]}/${STORY}/`);
	});

	it('has a LiveBlogPosting covering the timeline, one update per entry at its anchor', () => {
		const blog = things.find((t) => t['@type'] === 'LiveBlogPosting')!;
		expect(blog).toBeDefined();
		const entries = page.querySelectorAll('.timeline li[id]').map((li) => ({
			id: li.id,
			datetime: li.querySelector('time')!.getAttribute('datetime')!,
			text: li.querySelector('.text')!.text,
		}));
		expect(blog.coverageStartTime).toBe(entries[0]!.datetime);
		expect(blog.coverageEndTime).toBe(entries.at(-1)!.datetime);
		const updates = blog.liveBlogUpdate as Thing[];
		expect(updates.map((u) => [u.url, u.datePublished])).toEqual(
			entries.map((e) => [`${url}#${e.id}`, e.datetime]),
		);
		// Each update's body is the entry's text, then any other time a source gives for it.
		expect(updates.map((u, i) => String(u.articleBody).startsWith(entries[i]!.text))).toEqual(
			entries.map(() => true),
		);
		for (const update of updates) {
			expect(update['@type']).toBe('BlogPosting');
			expect(update.headline).toEqual(expect.any(String));
		}
	});

	it('has Open Graph and Twitter-card meta for the edition', () => {
		const og = { bn: 'bn_IN', en: 'en_IN' };
		expect(meta(page, 'og:type')).toEqual(['article']);
		expect(meta(page, 'og:title')).toEqual([title]);
		expect(meta(page, 'og:url')).toEqual([url]);
		expect(meta(page, 'og:locale')).toEqual([og[lang]]);
		expect(meta(page, 'og:locale:alternate')).toEqual([og[other[lang]]]);
		expect(meta(page, 'og:description')).toEqual(meta(page, 'description'));
		expect(meta(page, 'twitter:card')).toEqual(['summary_large_image']);
		expect(meta(page, 'twitter:title')).toEqual([title]);
		expect(meta(page, 'og:image')).toEqual([`${url}og.png`]);
	});
});

describe('pages other than stories', () => {
	it('are websites to Open Graph, with no story data', () => {
		const home = parse(readPage('/en/'));
		expect(meta(home, 'og:type')).toEqual(['website']);
		expect(jsonLd(home)).toEqual([]);
	});
});
