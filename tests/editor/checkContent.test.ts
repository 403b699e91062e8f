import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../scripts/check-content';
import { assembleStories } from '../../src/lib/story/assembleStories';
import { buildTimeline } from '../../src/lib/views/buildTimeline';
import { editionSchema } from '../../src/lib/story/storySchema';
import { validateStories } from '../../src/lib/editor/validateStories';
import { ROOT } from '../support/site';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'stories');

/** Runs `npm run check:content -- --dir tests/fixtures/stories/<fixture>` in-process. */
async function check(fixture: string): Promise<{ status: number; output: string }> {
	const lines: string[] = [];
	const capture = (line: unknown) => void lines.push(String(line));
	vi.spyOn(console, 'log').mockImplementation(capture);
	vi.spyOn(console, 'error').mockImplementation(capture);
	const status = await checkContent(join(FIXTURES, fixture));
	return { status, output: lines.join('\n').replace(/in \d+\.\d+ s/, 'in 0.00 s') };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('check:content on the real stories', () => {
	it('passes', async () => {
		const report = await validateStories(join(ROOT, 'content', 'stories'), ROOT);
		expect(report.problems).toEqual([]);
		expect(report.editions).toBeGreaterThanOrEqual(2);
	});
});

describe('check:content: valid stories pass', () => {
	it.each(['valid', 'translation-pending', 'timeline-out-of-order', 'html-in-text'])(
		'%s',
		async (fixture) => {
			const { status, output } = await check(fixture);
			expect(output).toMatch(/^✓ 1 story \(\d edition files?\) checked in 0\.00 s: no problems\.$/);
			expect(status).toBe(0);
		},
	);
});

describe('check:content: times', () => {
	it('a time that is not a time', async () => {
		expect(await check('time-not-a-time')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/time-not-a-time/meta-outage-2024-03-05/bn.mdx
			  line 9: Timeline entry 1 (id "india-logout", time "nine at night"), field "time": "nine at night" is not a time; write it as "2024-03-05 21:00" (local time in the entry's zone) or "2024-03-05T15:30:00Z"

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('a date that does not exist', async () => {
		expect(await check('date-does-not-exist')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/date-does-not-exist/meta-outage-2024-03-05/bn.mdx
			  line 9: Timeline entry 1 (id "india-logout", time "2024-02-30 21:00"), field "time": February 2024 has no day 30 (it has 29 days); check the date. A valid example:
			      time: "2024-03-05 21:00"

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('an unquoted YAML date', async () => {
		expect(await check('time-unquoted-yaml-date')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/time-unquoted-yaml-date/meta-outage-2024-03-05/bn.mdx
			  line 9: Timeline entry 1 (id "india-logout", time 2024-03-05 (without quotes)), field "time": the time must be in quotes, or YAML reads it as a date in UTC and the local time is lost; write it in quotes as the source gave it, e.g. time: "2024-03-05" (only the date, with precision: day) or time: "2024-03-05 21:00"

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('a local time with no zone', async () => {
		expect(await check('time-without-zone')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/time-without-zone/meta-outage-2024-03-05/bn.mdx
			  Field "zone": the story needs its time zone, the one its local times are written in, e.g. zone: Asia/Kolkata
			  line 8: Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "time": "2024-03-05 21:00" is a local time, but neither this entry nor the story says which time zone it is in; add zone: Asia/Kolkata at the top of the file (or on this entry), or write the time in UTC, e.g. time: "2024-03-05T15:30:00Z"
			  line 18: Timeline entry 2 (id "india-restored", time "2024-03-05 22:00"), field "time": "2024-03-05 22:00" is a local time, but neither this entry nor the story says which time zone it is in; add zone: Asia/Kolkata at the top of the file (or on this entry), or write the time in UTC, e.g. time: "2024-03-05T15:30:00Z"

			3 problems in 1 file. Fix them, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('an unknown zone', async () => {
		expect(await check('zone-unknown')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/zone-unknown/meta-outage-2024-03-05/bn.mdx
			  line 5: Field "zone": "Asia/Kolkatta" is not a time zone name; did you mean "Asia/Kolkata"? Use a name from the time zone database, e.g. zone: Asia/Kolkata (India), zone: Asia/Dhaka (Bangladesh) or zone: UTC

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('a local time skipped by daylight saving', async () => {
		expect(await check('time-skipped-by-dst')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/time-skipped-by-dst/meta-outage-2024-03-05/bn.mdx
			  line 9: Timeline entry 1 (id "india-logout", time "2024-03-10 02:30"), field "time": 2024-03-10 02:30 never happened in America/New_York: the clocks skipped it for daylight saving. Check the source, or give the time with its UTC offset, e.g. "2024-03-10T02:30-05:00" if the source still used the offset from before the change

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('a local time repeated by daylight saving', async () => {
		expect(await check('time-repeated-by-dst')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/time-repeated-by-dst/meta-outage-2024-03-05/bn.mdx
			  line 9: Timeline entry 1 (id "india-logout", time "2024-11-03 01:30"), field "time": 2024-11-03 01:30 happened twice in America/New_York, because the clocks went back for daylight saving. Give the time with its UTC offset so readers see the right one, e.g. "2024-11-03T01:30-04:00"

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
});

describe('check:content: entries', () => {
	it('a precision outside the allowed set', async () => {
		expect(await check('precision-not-allowed')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/precision-not-allowed/meta-outage-2024-03-05/bn.mdx
			  line 10: Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "precision": precision "roughly" is not allowed; use one of "exact", "approximate", "day", e.g. precision: approximate

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('a kind outside the allowed set', async () => {
		expect(await check('kind-not-allowed')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/kind-not-allowed/meta-outage-2024-03-05/bn.mdx
			  line 11: Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "kind": kind "outage-end" is not allowed; use one of "outage-start", "investigating", "identified", "update", "statement", "recovering", "restoration", e.g. kind: update

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('Bengali text but no English', async () => {
		expect(await check('text-english-missing')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/text-english-missing/meta-outage-2024-03-05/bn.mdx
			  line 13: Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "text → en": The English text (en) is missing; write it, e.g. en: "Around 9 p.m. ..."

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('English text but no Bengali', async () => {
		expect(await check('text-bengali-missing')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/text-bengali-missing/meta-outage-2024-03-05/bn.mdx
			  line 13: Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "text → bn": The Bengali text (bn) is missing; write it, e.g. bn: "রাত ৯টা নাগাদ ..."

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('an empty text', async () => {
		expect(await check('text-empty')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/text-empty/meta-outage-2024-03-05/bn.mdx
			  line 14: Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "text → en": The English text (en) is empty; write it, e.g. en: "Around 9 p.m. ..."

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('two entries with the same id', async () => {
		expect(await check('id-duplicate')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/id-duplicate/meta-outage-2024-03-05/bn.mdx
			  line 18: Timeline entry 2 (id "india-logout", time "2024-03-05 22:00"), field "id": the id "india-logout" is already used by timeline entry 1; give each entry its own id, e.g. id: india-logout-2

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('a restoration before the outage began', async () => {
		expect(await check('restoration-before-outage-start')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/restoration-before-outage-start/meta-outage-2024-03-05/bn.mdx
			  line 19: Timeline entry 2 (id "india-restored", time "2024-03-05 20:00"), field "time": this restoration (2024-03-05 20:00, Asia/Kolkata) comes before the outage began: timeline entry 1 starts it at 2024-03-05 21:00 (Asia/Kolkata). Check the time, its zone, the kind of both entries and the date, e.g. time: "2024-03-05 22:00" for a restoration after a start at "2024-03-05 21:00"

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('an empty timeline', async () => {
		expect(await check('timeline-empty')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/timeline-empty/meta-outage-2024-03-05/bn.mdx
			  line 7: Field "timeline": the timeline is empty; add at least one entry with npm run add:entry (or keep draft: true until you do), e.g. timeline:
			    - id: outage-begins
			      time: "2024-03-05 21:00"
			      …

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
});

describe('check:content: links and quotes', () => {
	it('a javascript: source link', async () => {
		expect(await check('source-url-javascript')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/source-url-javascript/meta-outage-2024-03-05/bn.mdx
			  line 17: Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "source 1 → url": The source link (url) "javascript:alert(document.cookie)" is not a web address; it must start with https:// (or http://), e.g. url: https://x.com/andymstone

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('a post link that is not http(s)', async () => {
		expect(await check('post-url-not-http')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/post-url-not-http/meta-outage-2024-03-05/bn.mdx
			  line 29: Timeline entry 2 (id "stone-first-statement", time "2024-03-05T15:52:00Z"), field "quote → url": The post link (url) "data:text/html,<script>alert(1)</script>" is not a web address; it must start with https:// (or http://), e.g. url: https://x.com/andymstone

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('a quote with no author', async () => {
		expect(await check('quote-without-author')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/quote-without-author/meta-outage-2024-03-05/bn.mdx
			  line 26: Timeline entry 2 (id "stone-first-statement", time "2024-03-05T15:52:00Z"), field "quote → author": The quote's author is missing; write it, e.g. author: "Andy Stone"

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
});

describe('check:content: editions and text', () => {
	it('English edition missing, translation not declared pending', async () => {
		expect(await check('edition-english-missing')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/edition-english-missing/meta-outage-2024-03-05/en.mdx
			  the English edition is missing. Write tests/fixtures/stories/edition-english-missing/meta-outage-2024-03-05/en.mdx with its title, description and translationOf: bn; or, while it is being translated, add translationPending: en to tests/fixtures/stories/edition-english-missing/meta-outage-2024-03-05/bn.mdx so its page tells readers, e.g. translationPending: en

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('Bengali original missing', async () => {
		expect(await check('edition-bengali-missing')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/edition-bengali-missing/meta-outage-2024-03-05/en.mdx
			  this edition says it is a translation of the Bengali edition (translationOf: bn), but tests/fixtures/stories/edition-bengali-missing/meta-outage-2024-03-05/bn.mdx does not exist. Add it (it holds the zone and the timeline), or, if this is the original, delete the translationOf line and give this file the zone and timeline, e.g. zone: Asia/Kolkata

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});
	it('MDX text with an unclosed tag points at its line', async () => {
		const result = await check('mdx-unclosed-tag');
		expect(result).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/mdx-unclosed-tag/meta-outage-2024-03-05/bn.mdx
			  line 31: the story text does not parse as MDX: Expected a closing tag for \`<div>\`. Close every tag you open (e.g. <strong>…</strong>), end components with /> (e.g. <Timeline />), and write a literal < or { as \\< or \\{

			1 problem in 1 file. Fix it, then run npm run check:content again.",
			  "status": 1,
			}
		`);
		const file = readFileSync(
			join(FIXTURES, 'mdx-unclosed-tag', 'meta-outage-2024-03-05', 'bn.mdx'),
			'utf8',
		);
		const line = Number(/line (\d+):/.exec(result.output)?.[1]);
		expect(file.split('\n')[line - 1]).toBe('<div class="note">');
	});
});

describe('check:content: every problem at once', () => {
	it('reports all problems of all stories, not only the first', async () => {
		expect(await check('many-problems')).toMatchInlineSnapshot(`
			{
			  "output": "✗ tests/fixtures/stories/many-problems/meta-outage-2024-03-05/bn.mdx
			  line 10: Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "precision": precision "roughly" is not allowed; use one of "exact", "approximate", "day", e.g. precision: approximate
			  line 11: Timeline entry 1 (id "india-logout", time "2024-03-05 21:00"), field "kind": kind "outage-end" is not allowed; use one of "outage-start", "investigating", "identified", "update", "statement", "recovering", "restoration", e.g. kind: update
			  line 19: Timeline entry 2 (id "india-restored", time "2024-02-30 22:00"), field "time": February 2024 has no day 30 (it has 29 days); check the date. A valid example:
			      time: "2024-03-05 21:00"

			✗ tests/fixtures/stories/many-problems/second-story/en.mdx
			  the English edition is missing. Write tests/fixtures/stories/many-problems/second-story/en.mdx with its title, description and translationOf: bn; or, while it is being translated, add translationPending: en to tests/fixtures/stories/many-problems/second-story/bn.mdx so its page tells readers, e.g. translationPending: en

			4 problems in 2 files. Fix them, then run npm run check:content again.",
			  "status": 1,
			}
		`);
	});

	it('shows a valid example in every message', async () => {
		const invalid = readdirSync(FIXTURES).filter(
			(f) =>
				// lane-*: whole stories the content lane publishes (tests/build), valid by design.
				!f.startsWith('lane-') &&
				![
					'valid',
					'translation-pending',
					'timeline-out-of-order',
					'html-in-text',
					'body-comment',
					'text-isolate-balanced',
					'story-ongoing',
					'status-unstated',
					'reader-zones',
				].includes(f),
		);
		for (const fixture of invalid) {
			const { problems } = await validateStories(join(FIXTURES, fixture), ROOT);
			expect(problems.length, fixture).toBeGreaterThan(0);
			// A valid example, or (where the fix is to take something out) what to do.
			for (const p of problems) {
				expect(p.message, fixture).toMatch(
					/e\.g\.|example|write it as|delete|replace|keep|check|put /i,
				);
			}
		}
	});

	it('exits non-zero through npm, with the messages on stderr', () => {
		let status = 0;
		let stderr = '';
		try {
			execFileSync(
				'npm',
				['run', '--silent', 'check:content', '--', '--dir', 'tests/fixtures/stories/many-problems'],
				{ cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
			);
		} catch (error) {
			({ status, stderr } = error as { status: number; stderr: string });
		}
		expect(status).toBe(1);
		expect(stderr).toContain('4 problems in 2 files.');
		expect(stderr).toContain('✗ tests/fixtures/stories/many-problems/second-story/en.mdx');
	});
});

describe('entries written out of order', () => {
	it('are shown in time order on the page', () => {
		const file = join(FIXTURES, 'timeline-out-of-order', 'meta-outage-2024-03-05', 'bn.mdx');
		const frontmatter = readFileSync(file, 'utf8').split('---\n')[1];
		const data = editionSchema.parse(parse(frontmatter ?? ''));
		expect(data.timeline?.map((e) => e.id)).toEqual(['india-restored', 'india-logout']);
		const [story] = assembleStories([{ id: 'meta-outage-2024-03-05/bn', data }]);
		const view = buildTimeline(story!, 'en', story!.zone);
		expect(view.items.map((i) => [i.id, i.local])).toEqual([
			['india-logout', expect.stringMatching(/9 p\.m\./)],
			['india-restored', expect.stringMatching(/10 p\.m\./)],
		]);
	});
});
