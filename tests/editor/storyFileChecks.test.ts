import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentErrors } from '../../src/lib/story/formatContentErrors';
import { validateStories } from '../../src/lib/editor/validateStories';
import { englishSentence } from '../support/englishSentence';
import { ROOT } from '../support/site';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'stories');

/** The check of one fixture, as check:content prints it in each language. */
async function check(fixture: string) {
	const { problems } = await validateStories(join(FIXTURES, fixture), ROOT);
	const errors = problems.filter((p) => !p.warning);
	return {
		errors: errors.length,
		warnings: problems.length - errors.length,
		en: problems.length ? formatContentErrors(problems, 'en') : '',
		bn: problems.length ? formatContentErrors(problems, 'bn') : '',
		lines: problems.map((p) => p.line),
		files: problems.map((p) => p.file.split('/').pop()),
	};
}

// Each case: the fixture, how many errors and warnings, the file and line of the first, and key
// words of the message in English and in Bengali. One mistake gives one message.
const CASES: [string, number, number, string, number | undefined, string[], string[]][] = [
	[
		'body-env-expression',
		1,
		0,
		'bn.mdx',
		28,
		['{process.env.HOME}', 'environment', 'delete it'],
		['environment', 'মুছে দিন'],
	],
	[
		'body-brace-in-prose',
		1,
		0,
		'en.mdx',
		7,
		['{outage}', 'write them as \\{ and \\}'],
		['\\{', 'বন্ধনী'],
	],
	['body-import', 1, 0, 'bn.mdx', 28, ['may not import', '<Timeline />'], ['import', 'মুছে দিন']],
	['body-script', 1, 0, 'bn.mdx', 30, ['<script> is not allowed'], ['<script>', 'চলবে না']],
	[
		'body-event-handler',
		1,
		0,
		'bn.mdx',
		28,
		['onclick= on <a>', 'run code'],
		['onclick=', 'মুছে দিন'],
	],
	[
		'body-javascript-link',
		1,
		0,
		'bn.mdx',
		28,
		['"javascript:alert(1)" is not a web address'],
		['javascript:alert(1)', 'ওয়েব ঠিকানা নয়'],
	],
	[
		'body-data-link',
		1,
		0,
		'bn.mdx',
		28,
		['"data:text/html,hi" is not a web address'],
		['ওয়েব ঠিকানা নয়'],
	],
	['body-iframe', 1, 0, 'bn.mdx', 28, ['<iframe> is not allowed'], ['<iframe>']],
	[
		'body-svg-animate-link',
		1,
		0,
		'bn.mdx',
		30,
		['<animate attributeName="href"> would change a link\'s address'],
		['পাঠক দেখার সময় একটি লিংকের ঠিকানা বদলে দেবে'],
	],
	[
		'body-attribute-expression',
		1,
		0,
		'bn.mdx',
		28,
		['<PostQuote entry={…}> holds code'],
		['উদ্ধৃতিচিহ্নের'],
	],
	[
		'body-control-character',
		1,
		0,
		'bn.mdx',
		28,
		['The text contains an invisible control character (U+000B)'],
		['নিয়ন্ত্রণ-অক্ষর (U+000B)'],
	],
	[
		'text-control-character',
		1,
		0,
		'bn.mdx',
		13,
		['Timeline entry 1 (id "india-logout"', 'field "text → en"', '(U+000B)'],
		['টাইমলাইনের এন্ট্রি ১', 'ঘর "text → en"'],
	],
	[
		'text-nul-character',
		1,
		0,
		'bn.mdx',
		4,
		['Field "description" contains an invisible control character (U+0000)'],
		['ঘর "description"'],
	],
	[
		'text-noncharacter',
		1,
		0,
		'en.mdx',
		2,
		['Field "title" contains an invisible control character (U+FFFF)'],
		['(U+FFFF)'],
	],
	['text-c1-control', 1, 0, 'bn.mdx', 23, ['field "text → en"', '(U+0085)'], ['(U+0085)']],
	[
		'source-name-rtl-override',
		1,
		0,
		'bn.mdx',
		15,
		['field "source 1 → name"', 'direction mark', 'not closed'],
		['দিক বদলানোর', 'বন্ধ করা হয়নি'],
	],
	[
		'text-isolate-unclosed',
		1,
		0,
		'bn.mdx',
		23,
		['field "text → en"', 'direction mark'],
		['দিক বদলানোর'],
	],
	[
		'time-typo-year',
		1,
		0,
		'bn.mdx',
		27,
		['Timeline entry 3 (id "status-update"', '366 days away', 'check the year'],
		['৩৬৬ দিন দূরে', 'সাল মিলিয়ে'],
	],
	[
		'time-in-future',
		1,
		0,
		'bn.mdx',
		18,
		['Timeline entry 2 (id "india-restored"', 'in the future'],
		['ভবিষ্যতে'],
	],
	[
		'other-time-other-day',
		0,
		1,
		'bn.mdx',
		22,
		['warning:', 'on 2024-03-01, but the entry is on 2024-03-05'],
		['সতর্কতা:', '2024-03-01'],
	],
	[
		'key-on-every-entry',
		0,
		1,
		'bn.mdx',
		7,
		['warning:', 'all 3 entries say key: true'],
		['সবগুলোতেই key: true'],
	],
	[
		'edition-without-timeline',
		1,
		0,
		'en.mdx',
		undefined,
		['never shows the timeline', '<Timeline />'],
		['<Timeline /> নেই'],
	],
	[
		'frontmatter-tab-indent',
		1,
		0,
		'bn.mdx',
		9,
		['indented with tabs (2 lines, the first here)', 'two spaces'],
		['ট্যাব', 'দুটি স্পেস'],
	],
	['key-duplicate', 1, 0, 'en.mdx', 5, ['"title" is written twice'], ['দুবার লেখা']],
	[
		'precision-misspelt-day-unquoted',
		2,
		0,
		'bn.mdx',
		8,
		['must be in quotes', 'precision "dya" is not allowed'],
		['ঘর "precision"'],
	],
];

describe('check:content sees the whole story file, one message per mistake, in both languages', () => {
	it.each(CASES)('%s', async (fixture, errors, warnings, file, line, en, bn) => {
		const result = await check(fixture);
		expect(result.errors).toBe(errors);
		expect(result.warnings).toBe(warnings);
		expect(result.files[0]).toBe(file);
		expect(result.lines[0]).toBe(line);
		for (const words of en) expect(result.en).toContain(words);
		for (const words of bn) expect(result.bn).toContain(words);
	});

	it('says nothing false after a tab or a duplicate key: no missing edition', async () => {
		for (const fixture of ['frontmatter-tab-indent', 'key-duplicate']) {
			const { en } = await check(fixture);
			expect(en).not.toMatch(/does not exist|is missing|not valid YAML/);
		}
	});

	it('gives no advice to add a time of day to a day-only date', async () => {
		const { en } = await check('precision-misspelt-day-unquoted');
		expect(en).not.toContain('time of day');
		expect(en).toContain('time: "2024-03-05" (only the date, with precision: day)');
	});

	it.each(['body-comment', 'text-isolate-balanced'])('%s passes', async (fixture) => {
		const result = await check(fixture);
		expect(result.errors + result.warnings).toBe(0);
	});
});

describe('check:content in Bengali', () => {
	it('words every problem of every fixture in Bengali, the rule as well as its place', async () => {
		for (const fixture of readdirSync(FIXTURES)) {
			const { problems } = await validateStories(join(FIXTURES, fixture), ROOT);
			for (const p of problems) {
				expect(p.bn, fixture).toBeDefined();
				// What follows the place ("…, ঘর "kind": "): its first words are Bengali.
				const rule = p.bn!.replace(/^[^:]*(?:\([^)]*\))?[^:]*: /, '').slice(0, 60);
				expect(rule, `${fixture}: ${p.bn!}`).toMatch(/[\u0980-\u09FF]/);
			}
			// No English sentence anywhere in the Bengali report (code and quoted values aside).
			const report = problems.length ? formatContentErrors(problems, 'bn') : '';
			expect(englishSentence(report), `${fixture}:\n${report}`).toBeUndefined();
		}
	});
});
