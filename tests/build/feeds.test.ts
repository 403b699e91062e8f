import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/site';

const STORY = 'meta-outage-2024-03-05';
const SITE = 'https://somoyrekha.example';

interface RssItem {
	title: string;
	link: string;
	guid: { '#text': string; '@_isPermaLink': string };
	pubDate?: string;
	description: string;
}

// Characters XML 1.0 forbids; fast-xml-parser's validator lets them through, strict parsers refuse them.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/** Whether `xml` is a well-formed XML 1.0 document, as a strict parser (a feed reader) sees it. */
function strictXml(xml: string): true | string {
	const bad = NOT_XML.exec(xml);
	if (bad) return `U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad.index}`;
	const result = XMLValidator.validate(xml);
	return result === true ? true : result.err.msg;
}

it('the strict XML check refuses a control character', () => {
	expect(strictXml('<rss><title>a\u000bb</title></rss>')).toBe('U+000b at 13');
	expect(strictXml('<rss><title>ab</title></rss>')).toBe(true);
});

/** Reads a built feed: it must be well-formed XML (the validator's message says where it is not). */
function readFeed(urlPath: string) {
	const xml = readPage(urlPath);
	expect(strictXml(xml), `${urlPath} is not well-formed XML`).toBe(true);
	const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
		rss: {
			channel: {
				title: string;
				link: string;
				language: string;
				'atom:link': { '@_href': string; '@_rel': string };
				item: RssItem | RssItem[];
			};
		};
	};
	const items = rss.channel.item;
	return { channel: rss.channel, items: Array.isArray(items) ? items : [items] };
}

describe.each(['bn', 'en'] as const)('the %s feeds', (lang) => {
	it('list the stories of the language, linking to their pages', () => {
		const { channel, items } = readFeed(`/${lang}/rss.xml`);
		expect(channel.language).toBe(lang);
		expect(channel.link).toBe(`${SITE}/${lang}/`);
		expect(channel['atom:link']).toMatchObject({
			'@_href': `${SITE}/${lang}/rss.xml`,
			'@_rel': 'self',
		});
		const page = parse(readPage(`/${lang}/${STORY}/`));
		expect(items.map((i) => [i.link, i.title])).toEqual([
			[`${SITE}/${lang}/${STORY}/`, page.querySelector('h1')!.text],
		]);
	});

	it('list every timeline entry, newest first, each linking to its anchor at its instant', () => {
		const { channel, items } = readFeed(`/${lang}/${STORY}/rss.xml`);
		expect(channel.language).toBe(lang);
		expect(channel['atom:link']['@_href']).toBe(`${SITE}/${lang}/${STORY}/rss.xml`);
		const page = parse(readPage(`/${lang}/${STORY}/`));
		const entries = page.querySelectorAll('.timeline li[id]').map((li) => ({
			link: `${SITE}/${lang}/${STORY}/#${li.id}`,
			instant: li.querySelector('time')!.getAttribute('datetime')!,
			text: li.querySelector('.text')!.text,
		}));
		expect(entries.length).toBeGreaterThan(3);
		expect(items.map((i) => i.link)).toEqual(entries.map((e) => e.link).reverse());
		expect(items.map((i) => [i.guid['#text'], i.guid['@_isPermaLink']])).toEqual(
			items.map((i) => [i.link, 'true']),
		);
		for (const [i, entry] of [...entries].reverse().entries()) {
			expect(new Date(items[i]!.pubDate!).toISOString()).toBe(entry.instant);
			expect(items[i]!.description).toBe(entry.text);
		}
	});

	it('are announced in the head of the pages', () => {
		const head = parse(readPage(`/${lang}/${STORY}/`)).querySelector('head')!;
		const feeds = head
			.querySelectorAll('link[rel=alternate][type="application/rss+xml"]')
			.map((l) => l.getAttribute('href'));
		expect(feeds).toEqual([`${SITE}/${lang}/rss.xml`, `/${lang}/${STORY}/rss.xml`]);
	});
});
