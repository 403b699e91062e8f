import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { checkContent } from '../../scripts/check-content';
import { readStoryFile } from '../../src/lib/story/readStoryFile';
import { englishSentence } from '../support/englishSentence';
import { ROOT } from '../support/site';

/**
 * The audit's bad inputs (issue 22, "Accepted silently" and "Crashes", the story file's part), each
 * made from the valid fixture story by one change: check:content refuses it (or warns), changes no
 * file, and its first message line says what is wrong in English and in Bengali, with no English
 * sentence in the Bengali.
 */

const VALID = join(ROOT, 'tests', 'fixtures', 'stories', 'valid');
const SLUG = 'meta-outage-2024-03-05';
const BN = readFileSync(join(VALID, SLUG, 'bn.mdx'), 'utf8');

mkdirSync(join(ROOT, 'test-results'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'test-results', 'bad-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** The valid story's Bengali edition with `find` replaced by `put` (which must be there). */
const edit = (find: string, put: string) => {
	if (!BN.includes(find)) throw new Error(`the fixture has no ${JSON.stringify(find)}`);
	return BN.replace(find, put);
};
/** The valid story with a top-level field added after the zone line. */
const withTop = (lines: string) => edit('zone: Asia/Kolkata\n', `zone: Asia/Kolkata\n${lines}\n`);
const SERVICES = `services:
  - name: { bn: হোয়াট্সঅ্যাপ, en: WhatsApp }
    status: working
    nots: { bn: চলছিল, en: Working }
    sources:
      - name: metastatus.com`;

interface Case {
	/** What the editor did. */
	name: string;
	/** The Bengali edition's text, or a change to the folder of stories. */
	bn?: string;
	setup?: (stories: string) => void;
	/** 1: refused; 0: passes with a warning. */
	status: 0 | 1;
	/** Words of the first message line, in English and in Bengali. */
	en: string;
	bnWords: string;
}

const CASES: Case[] = [
	{
		name: 'a misspelt status (staus)',
		bn: withTop('staus: ongoing'),
		status: 1,
		en: '"staus" is not a field the story file can have; did you mean "status"?',
		bnWords: 'আপনি কি "status" বোঝাতে চেয়েছেন?',
	},
	{
		name: 'a misspelt published (publishd)',
		bn: withTop('publishd: "2024-03-05 23:30"'),
		status: 1,
		en: '"publishd" is not a field the story file can have; did you mean "published"?',
		bnWords: 'আপনি কি "published" বোঝাতে চেয়েছেন?',
	},
	{
		name: "a service's misspelt note (nots)",
		bn: withTop(SERVICES),
		status: 1,
		en: '"nots" is not a field a service can have; did you mean "note"?',
		bnWords: 'আপনি কি "note" বোঝাতে চেয়েছেন?',
	},
	{
		name: 'a third language in a text (text.fr)',
		bn: edit('      en: In India,', '      fr: En Inde\n      en: In India,'),
		status: 1,
		en: 'field "text": "fr" is not a field text can have',
		bnWords: '"fr" নামে কোনো ঘর',
	},
	{
		name: 'published in 2099',
		bn: withTop('published: "2099-03-05 23:30"'),
		status: 1,
		en: 'Field "published" is 2099-03-05 23:30 (Asia/Kolkata), which is in the future',
		bnWords: 'যা ভবিষ্যতে',
	},
	{
		name: 'published in 1970, before the outage',
		bn: withTop('published: "1970-01-01 00:00"'),
		status: 1,
		en: 'Field "published" is 1970-01-01 00:00 (Asia/Kolkata), before the story\'s first event',
		bnWords: 'প্রথম ঘটনার',
	},
	{
		name: 'updated before published',
		bn: withTop('published: "2024-03-06 10:00"\nupdated: "2024-03-05 23:00"'),
		status: 1,
		en: 'updated (2024-03-05 23:00 (Asia/Kolkata)) is before published',
		bnWords: 'প্রকাশের পরেই হালনাগাদ হয়',
	},
	{
		name: "an entry's updated in 2099",
		bn: edit(
			'    kind: restoration\n',
			'    kind: restoration\n    updated: "2099-03-05 23:10"\n    correction: { bn: ঠিক করা হলো, en: Corrected }\n',
		),
		status: 1,
		en: 'field "updated" is 2099-03-05 23:10 (Asia/Kolkata), which is in the future',
		bnWords: 'যা ভবিষ্যতে',
	},
	{
		name: 'a clock time with precision: day',
		bn: edit(
			'    precision: approximate\n    kind: restoration',
			'    precision: day\n    kind: restoration',
		),
		status: 1,
		en: '"2024-03-05 22:00" has a time of day, but precision: day means only the date is known; write time: "2024-03-05"',
		bnWords: 'precision: day মানে শুধু তারিখ জানা',
	},
	{
		name: 'an ISO instant with precision: day',
		bn: edit(
			'    time: "2024-03-05 22:00"\n    precision: approximate',
			'    time: "2024-03-05T18:30:00Z"\n    precision: day',
		),
		status: 1,
		en: '"2024-03-05T18:30:00Z" is a moment in UTC (or with an offset), but precision: day',
		bnWords: 'মুহূর্তের তারিখ জোনভেদে বদলায়',
	},
	{
		name: 'a text of only a zero-width space',
		bn: edit(
			'      en: In India, Facebook and Instagram accounts are logged out on their own.',
			'      en: "\u200B"',
		),
		status: 1,
		en: 'holds only invisible characters (such as a zero-width space)',
		bnWords: 'শুধু অদৃশ্য অক্ষর',
	},
	{
		name: 'a source name of only a zero-width space',
		bn: edit('      - name: { bn: এই প্রতিবেদন, en: The Bengali report }', '      - name: "\u200B"'),
		status: 1,
		en: 'source name holds only invisible characters',
		bnWords: 'শুধু অদৃশ্য অক্ষর',
	},
	{
		name: 'a zone in lower case (america/new_york)',
		bn: edit('zone: Asia/Kolkata\n', 'zone: america/new_york\n'),
		status: 1,
		en: '"america/new_york" must be spelt as the time zone database spells it; did you mean "America/New_York"?',
		bnWords: 'আপনি কি "America/New_York" বোঝাতে চেয়েছেন?',
	},
	{
		name: 'a story folder starting with a dot, broken',
		setup: (stories) => {
			mkdirSync(join(stories, '.draft-story'));
			writeFileSync(join(stories, '.draft-story', 'bn.mdx'), '---\ntitle: [\n---\n');
		},
		status: 1,
		en: 'the folder ".draft-story" starts with a dot, so the site skips it',
		bnWords: 'ডট দিয়ে শুরু',
	},
	{
		name: 'a file that is not a story folder',
		setup: (stories) => writeFileSync(join(stories, 'notes.mdx'), '---\ntitle: x\n---\n'),
		status: 1,
		en: '"notes.mdx" is not a story folder',
		bnWords: 'কোনো প্রতিবেদনের ফোল্ডার নয়',
	},
	{
		name: 'a merge key (<<: *d), which the check and the build read differently',
		bn: edit(
			'zone: Asia/Kolkata\n',
			'zone: Asia/Kolkata\nd: &d\n  status: resolved\n<<: *d\nstatus: ongoing\n',
		),
		status: 1,
		en: '&d names a block to copy elsewhere (a YAML anchor); story files use plain YAML only',
		bnWords: 'শুধু সাধারণ YAML চলে',
	},
	{
		name: 'a column-0 ---x line that ends the build frontmatter early',
		bn: edit('zone: Asia/Kolkata\n', 'zone: Asia/Kolkata\n---x: 1\n'),
		status: 1,
		en: 'the line "---x: 1" starts with --- at the very start of the line, so the site would end the frontmatter here',
		bnWords: 'ফ্রন্টম্যাটার শেষ ধরে',
	},
	{
		name: 'a YAML alias bomb (crashed with Excessive alias count)',
		bn: withTop(
			[
				'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
				'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
				'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
				'e: &e [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
			].join('\n'),
		),
		status: 1,
		en: '&a names a block to copy elsewhere (a YAML anchor)',
		bnWords: 'YAML অ্যাংকর',
	},
	{
		name: 'an alias reused 150 times (crashed with Excessive alias count)',
		bn: withTop(
			['s: &s { name: topicsbox.com }', ...Array.from({ length: 150 }, (_, i) => `k${i}: *s`)].join(
				'\n',
			),
		),
		status: 1,
		en: '&s names a block to copy elsewhere (a YAML anchor)',
		bnWords: 'YAML অ্যাংকর',
	},
	{
		name: 'a !!js/function tag (stopped the build with a js-yaml stack)',
		bn: withTop('byline: !!js/function "function () { return 1 }"'),
		status: 1,
		en: '!!js/function gives the value a type (a YAML tag)',
		bnWords: 'YAML ট্যাগ',
	},
	{
		name: 'no status and no restoration (issue 21: warned, not refused)',
		bn: edit('    kind: restoration', '    kind: update'),
		status: 0,
		en: 'warning: the story has no status and no restoration entry',
		bnWords: 'status: ongoing লিখুন, মিটে গেলে status: resolved',
	},
];

/** Every file under `dir` with its text, to show that the check changed none. */
function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (at: string) => {
		for (const name of readdirSync(at)) {
			const path = join(at, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[relative(dir, path)] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return files;
}

/** check:content on `dir` in `lang`: its exit status and what it printed. */
async function run(dir: string, lang: 'bn' | 'en') {
	const lines: string[] = [];
	const capture = (line: unknown) => void lines.push(String(line));
	vi.spyOn(console, 'log').mockImplementation(capture);
	vi.spyOn(console, 'error').mockImplementation(capture);
	const status = await checkContent(dir, lang);
	vi.restoreAllMocks();
	return { status, output: lines.join('\n') };
}

/** The first message line: the one after the file's name. */
const firstMessage = (output: string) => output.split('\n')[1]?.trim() ?? '';

describe('the audit bad inputs: refused (or warned) in plain words, both languages, nothing written', () => {
	it.each(CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
		const dir = join(scratch, name.replace(/[^a-z0-9]+/gi, '-'));
		cpSync(VALID, dir, { recursive: true });
		if (c.bn !== undefined) writeFileSync(join(dir, SLUG, 'bn.mdx'), c.bn);
		c.setup?.(dir);
		const before = snapshot(dir);
		const en = await run(dir, 'en');
		const bn = await run(dir, 'bn');
		expect(snapshot(dir)).toEqual(before);
		expect(en.status).toBe(c.status);
		expect(bn.status).toBe(c.status);
		expect(firstMessage(en.output)).toContain(c.en);
		expect(firstMessage(bn.output)).toContain(c.bnWords);
		expect(englishSentence(bn.output), bn.output).toBeUndefined();
	});

	it('finds an English sentence in a Bengali report (the detector can fail)', () => {
		expect(englishSentence('  লাইন ১: ঘর "zone": the story needs its time zone')).toBe(
			'the story needs its time zone',
		);
		expect(englishSentence('  লাইন ১: ঘর "zone": প্রতিবেদনের টাইম জোন লাগবে')).toBeUndefined();
	});
});

describe('readStoryFile reads what the build reads', () => {
	const plain = [
		'---\ntitle: "a: b & c"\nzone: Asia/Kolkata\n---\n\nText\n',
		'\uFEFF---\r\ntitle: x\r\ndescription: "*not an alias* !nor a tag"\r\n---\r\n',
		'---\ntitle: x # &not-an-anchor\ntimeline:\n  - id: a\n    time: 2024-03-05\n---\n',
	];
	it.each(plain)('gives the data Astro’s MDX loader gives: %j', (source) => {
		const read = readStoryFile(source);
		expect('file' in read && read.file.data).toEqual(
			parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).frontmatter,
		);
	});

	it('gives the line and column of a field, and keeps the body’s lines', () => {
		const read = readStoryFile(BN);
		if (!('file' in read)) throw new Error('the valid fixture must read');
		expect(read.file.positionOf(['timeline', 1, 'kind'])).toEqual({ line: 20, column: 11 });
		expect(BN.split('\n')[19]).toBe('    kind: restoration');
		expect(read.file.body.split('\n').length).toBe(BN.split('\n').length);
	});
});
