import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import PostQuote from '../../src/components/PostQuote.astro';
import { fixturePage, fixtureStory } from '../support/fixtureStory';

// A post in English with its own date line, one in Bengali, and an entry quoting nothing.
const story = fixtureStory('quoted-posts');
let container: AstroContainer;

beforeAll(async () => {
	container = await AstroContainer.create();
});

const raw = (entry: string, lang: 'bn' | 'en') =>
	container.renderToString(PostQuote, { props: { ...fixturePage(story, lang), entry } });
const render = async (entry: string, lang: 'bn' | 'en') => parse(await raw(entry, lang));

describe('PostQuote', () => {
	it('quotes the post in its original English inside the Bengali page, marked lang="en"', async () => {
		const quote = (await render('english-post', 'bn')).querySelector('blockquote');
		expect(quote?.getAttribute('lang')).toBe('en');
		// The link is the author's profile, not the post: it is no citation of the quote.
		expect(quote?.hasAttribute('cite')).toBe(false);
		expect(quote?.text.trim()).toBe('We have fixed the problem and we apologise for the trouble.');
	});

	it('attributes and dates the post: its date and time in the page’s zone and language', async () => {
		const caption = (await render('english-post', 'en')).querySelector('figcaption');
		expect(caption?.text.replace(/\s+/g, ' ').trim()).toBe(
			'— Example Spokesperson (@examplespokes) on X, 1 February 2030, 10:49 p.m. IST · Example Spokesperson’s profile on X',
		);
		expect(caption?.querySelector('time')?.getAttribute('datetime')).toBe(
			'2030-02-01T17:19:00.000Z',
		);
		// The date is the instant's in the zone shown, never the post's verbatim US date line, which
		// a time converted to another zone could contradict; the switcher rewrites both.
		expect(caption?.querySelector('time')?.text.trim()).toBe('1 February 2030, 10:49 p.m. IST');
		expect(caption?.querySelector('time')?.getAttribute('data-zoned')).toBe('exact');
		expect(caption?.querySelector('time')?.getAttribute('data-dated')).toBe('always');
		const bn = (await render('english-post', 'bn')).querySelector('figcaption');
		expect(bn?.querySelector('time')?.text.trim()).toBe(
			'১ ফেব্রুয়ারি ২০৩০, ভারতীয় সময় রাত ১০টা ৪৯ মিনিট',
		);
		expect(bn?.text).not.toMatch(/February/);
		expect(caption?.querySelector('a')?.getAttribute('href')).toBe(
			'https://example.com/examplespokes',
		);
	});

	it('marks a Bengali post lang="bn" on the English page, and not on the Bengali one', async () => {
		expect(
			(await render('bengali-post', 'en')).querySelector('blockquote')?.getAttribute('lang'),
		).toBe('bn');
		expect(
			(await render('bengali-post', 'bn')).querySelector('blockquote')?.hasAttribute('lang'),
		).toBe(false);
		expect(
			(await render('english-post', 'en')).querySelector('blockquote')?.hasAttribute('lang'),
		).toBe(false);
	});

	it('loads no script and no embed: a static quote', async () => {
		expect(await raw('english-post', 'bn')).not.toMatch(
			/<script|<iframe|platform\.twitter\.com|widgets\.js/,
		);
	});

	it('names the entry when it has no quote, so the editor can fix the MDX', async () => {
		await expect(render('begins', 'en')).rejects.toThrowError(
			'<PostQuote entry="begins" />: entry "begins" has no quote: add one under quote: in the timeline',
		);
		await expect(render('no-such-entry', 'en')).rejects.toThrowError(
			'no timeline entry has the id "no-such-entry"; use one of "begins", "english-post", "bengali-post"',
		);
	});

	it('takes the story page’s data when the MDX body places it with only an entry id', async () => {
		const placed = await container.renderToString(PostQuote, {
			props: { entry: 'english-post' },
			locals: { storyPage: fixturePage(story, 'bn') },
		});
		expect(placed).toBe(await raw('english-post', 'bn'));
	});

	it('says where it belongs when rendered outside a story page without its part', async () => {
		await expect(
			container.renderToString(PostQuote, { props: { entry: 'english-post' } }),
		).rejects.toThrow(
			'<PostQuote /> renders on a story page (its data comes from storyPage(), which the page sets as Astro.locals.storyPage); elsewhere, pass its part as a prop',
		);
	});
});
