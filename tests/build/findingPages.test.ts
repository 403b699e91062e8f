import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../support/site';

const STORY = 'meta-outage-2024-03-05';
const SITE = 'https://somoyrekha.example';

describe('the sitemap', () => {
	const xml = readPage('/sitemap-0.xml');
	const urls = (
		new XMLParser({
			ignoreAttributes: false,
			isArray: (name) => ['url', 'xhtml:link'].includes(name),
		}).parse(xml) as {
			urlset: {
				url: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[];
			};
		}
	).urlset.url;
	const alternates = (loc: string) =>
		Object.fromEntries(
			(urls.find((u) => u.loc === loc)?.['xhtml:link'] ?? []).map((l) => [
				l['@_hreflang'],
				l['@_href'],
			]),
		);

	it('is well-formed and listed in the sitemap index', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(readPage('/sitemap-index.xml')).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
	});

	it('lists both editions of the story, each with the other as its hreflang alternate', () => {
		const editions = { bn: `${SITE}/bn/${STORY}/`, en: `${SITE}/en/${STORY}/` };
		expect(alternates(editions.bn)).toEqual(editions);
		expect(alternates(editions.en)).toEqual(editions);
	});

	it('makes the bilingual root the x-default of the home pages, not a Bengali page', () => {
		const homes = { 'x-default': `${SITE}/`, bn: `${SITE}/bn/`, en: `${SITE}/en/` };
		expect(alternates(`${SITE}/bn/`)).toEqual(homes);
		expect(alternates(`${SITE}/`)).toEqual(homes);
	});

	it('leaves out the search pages', () => {
		expect(urls.map((u) => u.loc).filter((loc) => loc.includes('/search/'))).toEqual([]);
	});
});

describe('the home page of each language', () => {
	it.each([
		['bn', 'মঙ্গলবার, ৫ মার্চ, ২০২৪', 'প্রায়'],
		['en', 'Tuesday, 5 March 2024', 'about 1 hour'],
	])('%s lists the story with its outage’s date and duration', (lang, date, duration) => {
		const page = parse(readPage(`/${lang}/`));
		const [story] = page.querySelectorAll('.stories li');
		expect(story?.querySelector('a')?.getAttribute('href')).toBe(`/${lang}/${STORY}/`);
		const times = story!.querySelectorAll('time');
		expect(times[0]?.text).toBe(date);
		expect(times[0]?.getAttribute('datetime')).toBe('2024-03-05');
		expect(times[1]?.text).toContain(duration);
		expect(times[1]?.getAttribute('datetime')).toMatch(/^PT\d+H(\d+M)?$/);
	});
});

describe('the 404 page', () => {
	it('is one static page in both languages, pointing to each home and search page', () => {
		expect(listPages()).toContain('/404.html');
		const page = parse(readPage('/404.html'));
		expect(page.querySelectorAll('script')).toHaveLength(0);
		const sections = page.querySelectorAll('main section');
		expect(sections.map((s) => s.getAttribute('lang'))).toEqual(['bn', 'en']);
		expect(sections[0]!.querySelector('h1')!.text).toBe('পাতাটি পাওয়া যায়নি');
		expect(sections[1]!.querySelector('h1')!.text).toBe('Page not found');
		expect(sections.map((s) => s.querySelectorAll('a').map((a) => a.getAttribute('href')))).toEqual(
			[
				['/bn/', '/bn/search/'],
				['/en/', '/en/search/'],
			],
		);
	});
});
