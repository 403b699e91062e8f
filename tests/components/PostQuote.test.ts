import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import PostQuote from '../../src/components/PostQuote.astro';

const story = 'meta-outage-2024-03-05';
let container: AstroContainer;

beforeAll(async () => {
	container = await AstroContainer.create();
});

const render = async (entry: string, lang: 'bn' | 'en') =>
	parse(await container.renderToString(PostQuote, { props: { story, entry, lang } }));

describe('PostQuote', () => {
	it('quotes the post in its original English inside the Bengali page, marked lang="en"', async () => {
		const html = await render('stone-resolved', 'bn');
		const quote = html.querySelector('blockquote');
		expect(quote?.getAttribute('lang')).toBe('en');
		// The link is the author's profile, not the post: it is no citation of the quote.
		expect(quote?.hasAttribute('cite')).toBe(false);
		expect(quote?.text.trim()).toBe(
			'Earlier today, a technical issue caused people to have difficulty accessing some of our services. We resolved the issue as quickly as possible for everyone who was impacted, and we apologize for any inconvenience.',
		);
	});

	it('attributes and dates the post: the post’s own US date line and the time in India', async () => {
		const caption = (await render('stone-resolved', 'en')).querySelector('figcaption');
		expect(caption?.text.replace(/\s+/g, ' ').trim()).toBe(
			'— Andy Stone (@andymstone) on X, March 5, 2024, 10:49 p.m. IST · Andy Stone’s profile on X',
		);
		expect(caption?.text).toContain('@andymstone');
		expect(caption?.querySelector('time')?.getAttribute('datetime')).toBe(
			'2024-03-05T17:19:00.000Z',
		);
		// The time follows the reader's zone (the zone switcher rewrites data-zoned times).
		expect(caption?.querySelector('time')?.getAttribute('data-zoned')).toBe('exact');
		expect(caption?.querySelector('time')?.text.trim()).toBe('10:49 p.m. IST');
		expect(caption?.text).toContain('10:49 p.m. IST');
		expect(caption?.querySelector('a')?.getAttribute('href')).toBe('https://x.com/andymstone');
	});

	it('gives the Bengali page the report’s own translation, and labels the link as a profile', async () => {
		const html = await render('stone-resolved', 'bn');
		expect(html.querySelector('.translation')?.text).toContain(
			'আজ বেশ কিছু ক্ষণ আগে একটি প্রযুক্তিগত সমস্যার কারণে',
		);
		expect(html.querySelector('.translation')?.hasAttribute('lang')).toBe(false);
		expect(html.querySelector('figcaption a')?.text.trim()).toBe('X-এ Andy Stone-এর প্রোফাইল');
		// The English page shows the original alone.
		expect((await render('stone-resolved', 'en')).querySelector('.translation')).toBeNull();
	});

	it('has no lang attribute when the page is in the quote’s language', async () => {
		const html = await render('stone-first-statement', 'en');
		expect(html.querySelector('blockquote')?.hasAttribute('lang')).toBe(false);
	});

	it('loads no script and no embed: a static quote', async () => {
		const raw = await container.renderToString(PostQuote, {
			props: { story, entry: 'stone-resolved', lang: 'bn' },
		});
		expect(raw).not.toMatch(/<script|<iframe|platform\.twitter\.com|widgets\.js/);
	});

	it('names the entry when it has no quote, so the editor can fix the MDX', async () => {
		await expect(render('india-logout', 'en')).rejects.toThrowError(
			'<PostQuote entry="india-logout" />: entry "india-logout" has no quote: add one under quote: in the timeline',
		);
		await expect(render('no-such-entry', 'en')).rejects.toThrowError(
			/no timeline entry has the id "no-such-entry"; use one of "outage-begins"/,
		);
	});
});
