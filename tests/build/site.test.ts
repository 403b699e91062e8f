import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../support/site';

const slug = 'meta-outage-2024-03-05';
const page = (path: string): HTMLElement => parse(readPage(path));
const bn = () => page(`/bn/${slug}/`);
const en = () => page(`/en/${slug}/`);

describe('the built story, as a reader’s browser gets it', () => {
	it('publishes both editions, each with its language on <html>', () => {
		expect(listPages()).toEqual(
			expect.arrayContaining(['/', '/bn/', '/en/', `/bn/${slug}/`, `/en/${slug}/`]),
		);
		expect(bn().querySelector('html')?.getAttribute('lang')).toBe('bn');
		expect(en().querySelector('html')?.getAttribute('lang')).toBe('en');
		expect(bn().querySelector('h1')?.text).toBe('ঘণ্টাখানেক পর মিটল ফেসবুক এবং ইনস্টাগ্রামের সমস্যা');
		expect(en().querySelector('h1')?.text).toBe(
			'Facebook and Instagram problems resolved after about an hour',
		);
	});

	it('carries the whole Bengali report, paragraph by paragraph, and nothing from the page furniture', () => {
		const article = bn().querySelector('article');
		const paragraphs = article?.querySelectorAll(':scope > p').map((p) => p.text) ?? [];
		expect(paragraphs).toHaveLength(5);
		expect(paragraphs[0]).toMatch(/^ঘণ্টাখানেক পর মিটল ফেসবুক এবং ইনস্টাগ্রামের সমস্যা।/);
		expect(paragraphs[1]).toContain(
			'ভারতে ফেসবুক এবং ইনস্টাগ্রাম ব্যবহারকারীরা সমস্যায় পড়েন মঙ্গলবার রাত ৯টা নাগাদ।',
		);
		expect(paragraphs[4]).toContain('অস্ট্রেলিয়া, কানাডা, ব্রাজিল, ব্রিটেন, আমেরিকা');
		expect(article?.text).not.toMatch(/By continuing|One Time Password|Terms of service/);
	});

	it('marks the English edition as a translation, linking to the Bengali original', () => {
		const note = en().querySelector('.translation-note');
		expect(note?.text).toContain('This is an English translation of the Bengali report.');
		expect(note?.querySelector('a')?.getAttribute('href')).toBe(`/bn/${slug}/`);
		expect(bn().querySelector('.translation-note')).toBeNull();
	});

	it('embeds the one timeline in both editions, with the same instants', () => {
		const instants = (doc: HTMLElement) =>
			doc.querySelectorAll('.timeline ol > li .when time').map((t) => t.getAttribute('datetime'));
		expect(instants(bn())).toEqual([
			'2024-03-05T15:00:00.000Z',
			'2024-03-05T15:17:00.000Z',
			'2024-03-05T15:30:00.000Z',
			'2024-03-05T15:52:00.000Z',
			'2024-03-05T16:30:00.000Z',
			'2024-03-05T17:07:00.000Z',
			'2024-03-05T17:19:00.000Z',
		]);
		expect(instants(en())).toEqual(instants(bn()));
		expect(bn().getElementById('india-logout')?.querySelector('.when')?.text).toContain(
			'রাত ৯টা নাগাদ',
		);
		expect(en().getElementById('india-restored')?.querySelector('.when')?.text).toContain(
			'around 10 p.m. · around 16:30 UTC',
		);
	});

	it('shows the headline span’s duration in the summary, not again in the timeline', () => {
		expect(en().querySelector('.status-summary .span')?.text).toContain('about 1 hour');
		expect(bn().querySelector('.status-summary .span')?.text).toContain('প্রায় ১ ঘণ্টা');
		expect(en().querySelector('.timeline .duration')).toBeNull();
	});

	it('quotes Andy Stone’s post in English inside the Bengali page, attributed, dated and linked', () => {
		const figure = bn().querySelector('figure.post-quote');
		expect(figure?.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
		expect(figure?.querySelector('blockquote')?.text).toContain(
			'Earlier today, a technical issue caused people',
		);
		expect(figure?.querySelector('figcaption')?.text).toContain('Andy Stone');
		expect(figure?.querySelector('figcaption time')?.getAttribute('datetime')).toBe(
			'2024-03-05T17:19:00.000Z',
		);
		expect(figure?.querySelector('figcaption a')?.getAttribute('href')).toBe(
			'https://x.com/andymstone',
		);
	});

	it('runs remark-gfm in the MDX pipeline: the English edition’s footnote renders as a footnote', () => {
		const footnotes = en().querySelector('section[data-footnotes]');
		expect(footnotes?.text).toContain('this edition quotes his original English words');
		expect(en().querySelector('sup a[data-footnote-ref]')?.getAttribute('href')).toBe(
			'#user-content-fn-quotes',
		);
	});

	it('links the editions to each other: canonical, hreflang alternates, language switcher', () => {
		const head = bn().querySelector('head');
		expect(head?.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(
			new RegExp(`/bn/${slug}/$`),
		);
		const alternates = head
			?.querySelectorAll('link[rel=alternate][hreflang]')
			.map((l) => l.getAttribute('hreflang'));
		expect(alternates).toEqual(expect.arrayContaining(['bn', 'en']));
		expect(head?.querySelector('meta[name=description]')?.getAttribute('content')).toContain(
			'রাত ৯টা নাগাদ',
		);
		const switcher = bn().querySelector('nav.languages');
		expect(switcher?.querySelector('a[hreflang=en]')?.getAttribute('href')).toBe(`/en/${slug}/`);
	});

	it('lists the story on each language’s index page', () => {
		expect(page('/bn/').querySelector(`a[href="/bn/${slug}/"]`)?.text).toContain('ফেসবুক');
		expect(page('/en/').querySelector(`a[href="/en/${slug}/"]`)?.text).toContain('Facebook');
	});

	it('loads nothing from a third party on any page: no script, style, font, frame or image from elsewhere', () => {
		for (const path of listPages()) {
			const doc = page(path);
			const resources = [
				...doc
					.querySelectorAll(
						'script[src], img[src], iframe[src], source[src], video[src], audio[src]',
					)
					.map((e) => e.getAttribute('src')),
				...doc
					.querySelectorAll('link[href]')
					.filter((l) => !['canonical', 'alternate'].includes(l.getAttribute('rel') ?? ''))
					.map((l) => l.getAttribute('href')),
			];
			for (const url of resources) expect(url, `${path}: ${url}`).toMatch(/^\/(?!\/)/);
			const css = doc
				.querySelectorAll('style')
				.map((s) => s.text)
				.join('\n');
			for (const [, url] of css.matchAll(/url\(([^)]*)\)/g))
				expect(url, `${path}: ${url}`).toMatch(/^["']?\/(?!\/)/);
			expect(readPage(path), path).not.toMatch(
				/platform\.twitter\.com|googletagmanager|google-analytics|fonts\.googleapis|cdn\.jsdelivr|unpkg\.com/,
			);
		}
	});
});
