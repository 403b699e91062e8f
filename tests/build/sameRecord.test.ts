import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { timelineJsonSchema } from '../../src/lib/outputs/timelineJson';
import { readPage } from '../support/site';

const STORY = 'meta-outage-2024-03-05';

/** One time as an output carries it: the entry, the instant, how precise, and which source's. */
interface Carried {
	id: string;
	instant: string;
	precision: string;
	/** `main` for the entry's own time, else the other source's name. */
	of: string;
}

const sorted = (list: Carried[]) =>
	[...list].sort((a, b) => `${a.id}${a.of}`.localeCompare(`${b.id}${b.of}`));

/** What timeline.json publishes: the reference every other output must agree with. */
function fromJson(lang: 'bn' | 'en'): Carried[] {
	const data = timelineJsonSchema.parse(JSON.parse(readPage(`/${STORY}/timeline.json`)));
	return data.entries.flatMap((e) => [
		{ id: e.id, instant: 'instant' in e ? e.instant : e.date, precision: e.precision, of: 'main' },
		...e.otherTimes.map((o) => ({
			id: e.id,
			instant: 'instant' in o ? o.instant : o.date,
			precision: o.precision,
			of: typeof o.source.name === 'string' ? o.source.name : o.source.name[lang],
		})),
	]);
}

/** The page's `<time datetime>` for each entry and each other source's time, with `data-zoned`. */
function fromPage(lang: 'bn' | 'en'): Carried[] {
	const page = parse(readPage(`/${lang}/${STORY}/`));
	return page.querySelectorAll('.timeline li.entry').flatMap((li) => {
		const main = li.querySelector('.when time')!;
		return [
			{
				id: li.id,
				instant: main.getAttribute('datetime')!,
				precision: main.getAttribute('data-zoned')!,
				of: 'main',
			},
			...li.querySelectorAll('.other-time').map((p) => ({
				id: li.id,
				instant: p.querySelector('time')!.getAttribute('datetime')!,
				precision: p.querySelector('time')!.getAttribute('data-zoned')!,
				of: p.querySelectorAll('span').find((span) => !span.classList.contains('utc'))!.text,
			})),
		];
	});
}

interface RssItem {
	link: string;
	title: string;
	pubDate: string;
	'content:encoded'?: string;
}

function feedItems(lang: 'bn' | 'en'): RssItem[] {
	const { rss } = new XMLParser().parse(readPage(`/${lang}/${STORY}/rss.xml`)) as {
		rss: { channel: { item: RssItem[] } };
	};
	return rss.channel.item;
}

describe.each(['bn', 'en'] as const)('every output of the Meta story, %s', (lang) => {
	const json = fromJson(lang);
	// The publisher's name in the page's language.
	const wikipedia = lang === 'bn' ? 'উইকিপিডিয়া' : 'Wikipedia';

	it('the page carries the instants and precisions timeline.json publishes, disputed times included', () => {
		expect(sorted(fromPage(lang))).toEqual(sorted(json));
		expect(json).toContainEqual({
			id: 'stone-resolved',
			instant: '2024-03-05T17:35:00.000Z',
			precision: 'exact',
			of: wikipedia,
		});
	});

	it('the JSON-LD dates each update at its entry’s instant and names the disputed time', () => {
		const page = parse(readPage(`/${lang}/${STORY}/`));
		const [, blog] = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text) as {
			liveBlogUpdate: { url: string; datePublished: string; articleBody: string }[];
		}[];
		const updates = blog!.liveBlogUpdate;
		expect(updates.map((u) => [u.url.split('#')[1], u.datePublished])).toEqual(
			json.filter((c) => c.of === 'main').map((c) => [c.id, c.instant]),
		);
		const resolved = updates.find((u) => u.url.endsWith('#stone-resolved'))!;
		expect(resolved.articleBody).toContain(wikipedia);
		expect(resolved.articleBody).toContain(lang === 'en' ? '17:35 UTC' : 'UTC ১৭:৩৫');
	});

	it('the story’s feed dates each item at its entry’s instant and carries the disputed time', () => {
		const items = feedItems(lang);
		expect(
			items
				.map((i) => [i.link.split('#')[1], new Date(i.pubDate).toISOString()])
				.sort((a, b) => a[0]!.localeCompare(b[0]!)),
		).toEqual(
			json
				.filter((c) => c.of === 'main')
				.map((c) => [c.id, c.instant])
				.sort((a, b) => a[0]!.localeCompare(b[0]!)),
		);
		const resolved = items.find((i) => i.link.endsWith('#stone-resolved'))!;
		expect(resolved['content:encoded']).toContain('datetime="2024-03-05T17:35:00.000Z"');
		// An approximate time never reads as exact in a feed title.
		for (const item of items) {
			const precision = json.find(
				(c) => c.of === 'main' && item.link.endsWith(`#${c.id}`),
			)!.precision;
			expect(item.title.includes(lang === 'en' ? 'around' : 'নাগাদ')).toBe(
				precision === 'approximate',
			);
		}
	});

	it('the no-JavaScript Bangladesh-time list carries the disputed time too', () => {
		const page = parse(readPage(`/${lang}/${STORY}/`));
		const times = page
			.querySelectorAll('details.zone-list time')
			.map((t) => t.getAttribute('datetime'));
		expect(times).toContain('2024-03-05T17:35:00.000Z');
		expect(new Set(times)).toEqual(new Set(json.map((c) => c.instant)));
	});
});
