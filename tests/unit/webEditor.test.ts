import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkStoryData } from '../../src/lib/cms/checkStoryData';
import { cmsConfig, fieldCoverage, zoneOptions, type CmsField } from '../../src/lib/cms/cmsConfig';
import { readStoryFile, writeStoryFile } from '../../src/lib/cms/storyFile';
import { readTimeInput } from '../../src/lib/cms/timeInput';
import { ENTRY_KINDS, PRECISIONS, STORY_STATUSES } from '../../src/lib/story/storySchema';
import { pagesIn } from '../../scripts/lib/budget';
import { ROOT } from '../support/site';

const STORY = join(ROOT, 'content', 'stories', 'meta-outage-2024-03-05', 'bn.mdx');
const frontmatter = (text: string) =>
	parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

// Made in each test, so that a schema the editor does not know fails the coverage test by name.
const make = () => {
	const config = cmsConfig(
		{ base: '/', backend: { kind: 'local', url: '/api/v1/', folder: 'stories' } },
		zoneOptions(['Asia/Dhaka', 'Asia/Kolkata', 'UTC']),
	);
	const collection = (config.collections as { fields: CmsField[] }[])[0]!;
	return { config, collection, timeline: byName(collection.fields, 'timeline') };
};
const byName = (fields: CmsField[] | undefined, name: string) =>
	fields!.find((f) => f.name === name)!;
const values = (field: CmsField) => field.options!.map((o) => o.value);

describe('the web editor’s configuration, made from the story schema', () => {
	it('covers every field of the schema (a new field fails here until the editor knows it)', () => {
		for (const { schema, covered } of fieldCoverage())
			expect(covered.sort()).toEqual(schema.sort());
	});

	it('offers exactly the schema’s kinds, precisions and statuses', () => {
		const { collection, timeline } = make();
		expect(values(byName(timeline.fields, 'kind'))).toEqual([...ENTRY_KINDS]);
		expect(values(byName(timeline.fields, 'precision'))).toEqual([...PRECISIONS]);
		expect(values(byName(collection.fields, 'status'))).toEqual([...STORY_STATUSES]);
	});

	it('labels every field in Bengali first, English beside', () => {
		const { collection } = make();
		const all = (fields: CmsField[]): CmsField[] =>
			fields.flatMap((f) => [f, ...all(f.fields ?? [])]);
		for (const field of all(collection.fields))
			expect(field.label).toMatch(/^[\u0980-\u09FF][^·]* · [A-Z]/);
	});

	it('lists zones by IANA name with their Bengali names where the site has them', () => {
		expect(zoneOptions(['Asia/Kolkata']).find((z) => z.value === 'Asia/Kolkata')!.label).toBe(
			'Asia/Kolkata · ভারতীয় সময় · IST',
		);
		expect(zoneOptions(['Not/AZone']).map((z) => z.value)).not.toContain('Not/AZone');
	});

	it('writes locally through the dev server, and on GitHub with the editorial workflow', () => {
		const { config } = make();
		expect(config.backend).toEqual({ name: 'proxy', proxy_url: '/api/v1/' });
		const github = cmsConfig({
			base: '/',
			backend: { kind: 'github', repo: 'newsroom/site', branch: 'main', folder: 'content/stories' },
		});
		expect(github.publish_mode).toBe('editorial_workflow');
		expect(github.backend).toMatchObject({ name: 'github', repo: 'newsroom/site', branch: 'main' });
	});
});

describe('the story file the web editor writes', () => {
	const source = readFileSync(STORY, 'utf8');
	const entry = {
		id: 'test-entry',
		kind: 'update',
		precision: 'exact',
		zone: 'Asia/Dhaka',
		time: '2024-03-05 21:39',
		key: false,
		text: { en: 'Test', bn: 'পরীক্ষা' },
		sources: [{ detail: '', url: '', name: 'test fixture' }],
		quote: { author: '', platform: '', translation: { bn: '', en: '' } },
	};

	it('writes an unchanged story byte for byte', () => {
		expect(writeStoryFile(readStoryFile(source))).toBe(source);
	});

	it('adds an entry in time order, in the house key order, and leaves every other byte', () => {
		const data = readStoryFile(source);
		const out = writeStoryFile({ ...data, timeline: [...(data.timeline as object[]), entry] });
		const ids = (frontmatter(out).timeline as { id: string }[]).map((e) => e.id);
		expect(ids.indexOf('test-entry')).toBe(ids.indexOf('india-logout') + 1);
		const lines = out.split('\n');
		const start = lines.indexOf('  - id: test-entry');
		const end = lines.findIndex((l, i) => i > start && l.startsWith('  - id:'));
		expect([...lines.slice(0, start), ...lines.slice(end)].join('\n')).toBe(source);
		expect(lines.slice(start, end).join('\n')).toBe(
			[
				'  - id: test-entry',
				'    time: "2024-03-05 21:39"',
				'    zone: Asia/Dhaka',
				'    precision: exact',
				'    kind: update',
				'    text:',
				'      bn: পরীক্ষা',
				'      en: Test',
				'    sources:',
				'      - name: test fixture',
				'',
			].join('\n'),
		);
	});

	it('changes one field and keeps the comments, the body and everything else of meaning', () => {
		const data = readStoryFile(source);
		const out = writeStoryFile({ ...data, status: 'ongoing' });
		expect(out).toContain("# The editor's word on the outage");
		expect(out.split('\n---\n')[1]).toBe(source.split('\n---\n')[1]);
		const { status, ...rest } = frontmatter(out);
		expect(status).toBe('ongoing');
		const before = frontmatter(source);
		delete before.status;
		expect(rest).toEqual(before);
	});
});

describe('what a typed time means, before saving', () => {
	const story = {
		zone: 'Asia/Kolkata',
		timeline: [{ time: '2024-03-05 21:00', precision: 'approximate' }],
	};
	it('shows the time in its zone, in Bangladesh, in India and in UTC', () => {
		const reading = readTimeInput(
			{ ...story, timeline: [...story.timeline, { time: '2024-03-05 21:39', zone: 'Asia/Dhaka' }] },
			1,
		);
		expect(reading.meaning).toEqual({
			bn: 'মঙ্গলবার, ৫ মার্চ, ২০২৪ — বাংলাদেশ সময় রাত ৯টা ৩৯ মিনিট = ভারতীয় সময় রাত ৯টা ৯ মিনিট = UTC ১৫:৩৯',
			en: 'Tuesday, 5 March 2024 — 9:39 p.m. Bangladesh time = 9:09 p.m. IST = 15:39 UTC',
		});
		expect(reading.errors).toEqual([]);
	});

	it('gives the check’s messages for a time in a DST gap and for one in 2099', () => {
		const gap = readTimeInput(
			{ zone: 'America/New_York', timeline: [{ time: '2024-03-10 02:30' }] },
			0,
		);
		expect(gap.meaning).toBeUndefined();
		expect(gap.errors[0]!.en).toContain('never happened in America/New_York');
		const future = readTimeInput(
			{ ...story, timeline: [...story.timeline, { time: '2099-03-05 21:00', precision: 'exact' }] },
			1,
		);
		expect(future.errors.map((e) => e.en)).toEqual([
			'Timeline entry 2 (time "2099-03-05 21:00") is dated 2099-03-05 (Asia/Kolkata), which is in the future; check the year and the date',
		]);
	});

	it('refuses to save what the content check refuses, with its messages in both languages', () => {
		const data = readStoryFile(readFileSync(STORY, 'utf8'));
		expect(checkStoryData(data)).toEqual([]);
		const timelineWithGap = [
			...(data.timeline as object[]),
			{
				id: 'gap',
				time: '2024-03-10 02:30',
				zone: 'America/New_York',
				precision: 'exact',
				kind: 'update',
				text: { bn: 'ক', en: 'a' },
				sources: [{ name: 'x' }],
			},
		];
		const problems = checkStoryData({ ...data, timeline: timelineWithGap });
		expect(problems.map((p) => p.en).join('\n')).toContain('never happened in America/New_York');
		expect(problems.map((p) => p.bn).join('\n')).toContain('টাইমলাইনের এন্ট্রি');
	});
});

describe('page budgets', () => {
	it('measure reader pages, not the web editor', () => {
		expect(pagesIn(['admin/index.html', 'bn/index.html', 'index.html'], '/')).toEqual([
			'/',
			'/bn/',
		]);
	});
});
