import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineJsonSchema } from '../../src/lib/outputs/timelineJson';
import { buildSite } from '../support/buildSite';
import { ROOT } from '../support/site';

/**
 * Made-up stories (tests/fixtures/stories/status-unstated/) built beside the Meta story: one whose
 * editor gave no status and whose timeline has no restoration but day entries, one with no status
 * and a restoration entry, and a resolved one with services that were down. What a reader sees
 * on the page and the home list, and what timeline.json, RSS and JSON-LD say.
 */

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'stories', 'status-unstated');
const UNSTATED = 'fixture-unstated-2023-07-19';
const REPORTED = 'fixture-restoration-reported-2023-08-02';
const RESOLVED = 'fixture-resolved-services-2023-09-10';
let stories: string;
let dir: string;
const NEWSROOM = {
	NEWSROOM_NAME_BN: 'পরীক্ষা ডেস্ক',
	NEWSROOM_NAME_EN: 'Test Desk',
	NEWSROOM_CONTACT: 'corrections@example.org',
};

beforeAll(async () => {
	stories = mkdtempSync(join(ROOT, 'test-results', 'story-status-content-'));
	cpSync(join(ROOT, 'content', 'stories'), stories, { recursive: true });
	for (const slug of readdirSync(FIXTURES).filter((name) => name.startsWith('fixture-'))) {
		cpSync(join(FIXTURES, slug), join(stories, slug), { recursive: true });
	}
	// A made-up newsroom (test data), set as a newsroom sets it: the build's environment.
	Object.assign(process.env, NEWSROOM);
	try {
		dir = await buildSite('story-status', { stories });
	} finally {
		for (const key of Object.keys(NEWSROOM)) delete process.env[key];
	}
}, 240_000);

afterAll(() => {
	for (const folder of [stories, dir]) if (folder) rmSync(folder, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const page = (lang: string, slug: string) => parse(read(`${lang}/${slug}/index.html`));
const json = (slug: string) =>
	timelineJsonSchema.parse(JSON.parse(read(`${slug}/timeline.json`)) as unknown);

interface Item {
	link: string;
	title: string;
	pubDate?: string;
	description: string;
}
const feed = (path: string): Item[] => {
	const { rss } = new XMLParser().parse(read(path)) as {
		rss: { channel: { item: Item | Item[] } };
	};
	return [rss.channel.item].flat();
};

describe('a story whose editor gave no status and whose timeline reports no restoration', () => {
	it('claims neither ongoing nor resolved on its page: no badge, no live notice, what is known', () => {
		for (const [lang, known, claims] of [
			['bn', 'পরিষেবা ফেরার খবর মেলেনি', /সমস্যা চলছে|বিভ্রাট চলছে|এখনও ফেরেনি|মিটেছে/],
			['en', 'No restoration has been reported', /Ongoing|Not restored yet|Resolved/],
		] as const) {
			const html = page(lang, UNSTATED);
			const summary = html.querySelector('.status-summary')!;
			expect(summary.querySelector('.badge')).toBeNull();
			expect(summary.text).toContain(known);
			expect(summary.text).not.toMatch(claims);
			// No polling: no live notice, and so no live-update script on the page.
			expect(html.querySelector('[data-live]')).toBeNull();
			expect(html.querySelector('.live-notice')).toBeNull();
		}
	});

	it('is listed on the home page without a badge, saying no restoration has been reported', () => {
		const item = parse(read('en/index.html'))
			.querySelectorAll('.stories > li')
			.find((li) => li.querySelector(`a[href$="/${UNSTATED}/"]`))!;
		expect(item.querySelector('.badge')).toBeNull();
		expect(item.querySelector('.story-meta')!.text).toContain('No restoration has been reported');
		const feedItem = feed('bn/rss.xml').find((i) => i.link.endsWith(`/${UNSTATED}/`))!;
		expect(JSON.stringify(feedItem)).toContain('পরিষেবা ফেরার খবর মেলেনি');
	});

	it('timeline.json: status null, no restoration reported, day entries with a date and no instant', () => {
		const data = json(UNSTATED);
		expect([data.status, data.restorationReported]).toEqual([null, false]);
		const days = data.entries.filter((e) => e.precision === 'day');
		expect(days.map((e) => ('date' in e ? e.date : e))).toEqual(['2023-07-19', '2023-07-20']);
		for (const day of days) expect(day).not.toHaveProperty('instant');
	});

	it('RSS: a day entry has no pubDate, and no item is dated before the outage began', () => {
		const start = json(UNSTATED).entries.find((e) => e.id === 'begins')!;
		const began = Date.parse('instant' in start ? start.instant : '');
		for (const lang of ['bn', 'en']) {
			const items = feed(`${lang}/${UNSTATED}/rss.xml`);
			const byId = new Map(items.map((i) => [i.link.split('#')[1], i]));
			expect(byId.get('same-day-report')).not.toHaveProperty('pubDate');
			expect(byId.get('next-day-report')).not.toHaveProperty('pubDate');
			for (const item of items.filter((i) => i.pubDate)) {
				expect(Date.parse(item.pubDate!)).toBeGreaterThanOrEqual(began);
			}
			// Newest first, in the page's order: the day entries after the start.
			expect(items.map((i) => i.link.split('#')[1])).toEqual([
				'next-day-report',
				'same-day-report',
				'begins',
			]);
		}
	});

	it('JSON-LD: a day entry is dated with its date, never a clock', () => {
		const data = JSON.parse(
			page('en', UNSTATED).querySelector('script[type="application/ld+json"]')!.text,
		) as { liveBlogUpdate?: { url: string; datePublished: string }[] }[];
		const updates = data.flatMap((d) => d.liveBlogUpdate ?? []);
		const dates = new Map(updates.map((u) => [u.url.split('#')[1], u.datePublished]));
		expect(dates.get('same-day-report')).toBe('2023-07-19');
		expect(dates.get('next-day-report')).toBe('2023-07-20');
	});
});

describe('a story with no status but a restoration entry', () => {
	it('says a restoration was reported, never “resolved”, and does not poll', () => {
		const html = page('en', REPORTED);
		const summary = html.querySelector('.status-summary')!;
		expect(summary.querySelector('.badge')).toBeNull();
		expect(summary.querySelector('h2 .state-note')?.text).toBe('A restoration has been reported');
		expect(html.querySelector('[data-live]')).toBeNull();
		expect(page('bn', REPORTED).querySelector('h2 .state-note')?.text).toBe(
			'পরিষেবা ফেরার খবর মিলেছে',
		);
		expect([json(REPORTED).status, json(REPORTED).restorationReported]).toEqual([null, true]);
	});
});

describe('a resolved story’s services', () => {
	it('say what was down and that it is back, never “down” under “resolved”', () => {
		const html = page('bn', RESOLVED);
		expect(html.querySelector('.status-summary .badge')?.text).toBe('সমস্যা মিটেছে');
		expect(
			html.querySelectorAll('.services li').map((li) => li.querySelector('strong')?.text),
		).toEqual(['অচল ছিল, এখন সচল', 'আংশিক সমস্যা ছিল, এখন সচল']);
		expect(
			page('en', RESOLVED)
				.querySelectorAll('.services li')
				.map((li) => li.querySelector('strong')?.text),
		).toEqual(['Was down, now working', 'Was partly working, now working']);
	});
});

describe('the footer, with the newsroom’s settings', () => {
	it('says who publishes, how to ask for a correction, and where the feed is', () => {
		for (const [lang, publisher] of [
			['bn', 'সময়রেখা প্রকাশ করে পরীক্ষা ডেস্ক।'],
			['en', 'Somoyrekha is published by Test Desk.'],
		] as const) {
			for (const path of [`${lang}/index.html`, `${lang}/${UNSTATED}/index.html`]) {
				const footer = parse(read(path)).querySelector('footer.site-footer')!;
				expect(footer.querySelector('p')?.text).toBe(publisher);
				expect(footer.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe(
					'mailto:corrections@example.org',
				);
				expect(footer.querySelector('a[type="application/rss+xml"]')?.getAttribute('href')).toBe(
					`/${lang}/rss.xml`,
				);
			}
		}
	});
});
