import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addEntry } from '../../scripts/add-entry';
import { newStory } from '../../scripts/new-story';
import { validateStories } from '../../src/lib/editor/validateStories';
import { ROOT } from '../support/site';

let dir: string;
const SLUG = 'whatsapp-outage-2024-04-03';
const COMMANDS = { 'new:story': newStory, 'add:entry': addEntry };

/** Runs `npm run <script> -- --dir <temp stories> …args` in-process, answering prompts with `input`. */
async function run(script: keyof typeof COMMANDS, args: string[], input = '') {
	const out: string[] = [];
	const err: string[] = [];
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
	vi.spyOn(console, 'log').mockImplementation((line) => void out.push(`${String(line)}\n`));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
	vi.spyOn(console, 'error').mockImplementation((line) => void err.push(`${String(line)}\n`));
	try {
		const status = await COMMANDS[script](['--dir', dir, ...args], Readable.from([input]));
		return { status, stdout: out.join(''), stderr: err.join('') };
	} finally {
		vi.restoreAllMocks();
	}
}

const read = (lang: string, slug = SLUG) => readFileSync(join(dir, slug, `${lang}.mdx`), 'utf8');

beforeAll(() => {
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	dir = mkdtempSync(join(ROOT, 'test-results', 'stories-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new:story', () => {
	it('writes both editions from flags, as a valid draft', async () => {
		const { status, stdout } = await run('new:story', [
			'--slug',
			SLUG,
			'--zone',
			'Asia/Dhaka',
			'--title-bn',
			'হোয়াট্সঅ্যাপ: বিভ্রাট',
			'--description-bn',
			'সারাংশ',
			'--title-en',
			'WhatsApp: outage',
			'--description-en',
			'Summary',
		]);
		expect(status).toBe(0);
		expect(stdout).toContain(
			`✓ Started ${relative(ROOT, join(dir, SLUG))}/ as a draft: bn.mdx and en.mdx.`,
		);
		expect(read('bn')).toContain('title: "হোয়াট্সঅ্যাপ: বিভ্রাট"\n');
		expect(read('bn')).toContain('zone: Asia/Dhaka\n');
		expect(read('bn')).toMatch(/\nstatus: ongoing\n/);
		expect(read('bn')).toContain('draft: true\n');
		expect(read('bn')).toContain('timeline: []\n---\n');
		expect(read('en')).toContain('translationOf: bn\n');
		const report = await validateStories(dir, ROOT);
		expect(report.problems).toEqual([]);
		expect(report.drafts).toEqual([SLUG]);
	});

	it('asks for what the flags leave out, the zone with no default, and marks the translation pending on an empty English title', async () => {
		const answers = [
			'bad Slug',
			'facebook-outage-2024-03-05',
			'',
			'Asia/Dhaka',
			'শিরোনাম',
			'সারাংশ',
			'',
		];
		const { status, stdout } = await run('new:story', [], `${answers.join('\n')}\n`);
		expect(status).toBe(0);
		expect(stdout).toContain(
			'✗ use only lowercase letters, digits and dashes, e.g. whatsapp-outage-2024-04-03',
		);
		// Enter on the zone is no answer: no zone is offered in [brackets].
		expect(stdout).toMatch(/The story's time zone: \n {2}✗ an answer is needed\n/);
		const bn = read('bn', 'facebook-outage-2024-03-05');
		expect(bn).toContain('zone: Asia/Dhaka\n');
		expect(bn).toMatch(/\nstatus: ongoing\n/);
		expect(bn).toContain('translationPending: en\n');
		expect((await validateStories(dir, ROOT)).problems).toEqual([]);
	});

	it('refuses an existing story without asking', async () => {
		const { status, stderr } = await run('new:story', ['--slug', SLUG, '--title-bn', 'x']);
		expect(status).toBe(1);
		expect(stderr).toContain(`✗ --slug "${SLUG}": a story named "${SLUG}" already exists`);
	});
});

describe('npm run add:entry', () => {
	it('adds an entry from flags, in time order, and the story stays valid', async () => {
		const common = ['--story', SLUG, '--kind', 'update', '--source', 'The report'];
		const later = await run('add:entry', [
			...common,
			'--time',
			'2024-04-03 23:45',
			'--bn',
			'খ',
			'--en',
			'Later',
		]);
		expect(later.status).toBe(0);
		const { status, stdout } = await run('add:entry', [
			...common,
			'--time',
			'2024-04-03 23:00',
			'--precision',
			'approximate',
			'--bn',
			'ক',
			'--en',
			'Messages stop arriving',
		]);
		expect(status).toBe(0);
		expect(stdout).toContain(
			'✓ Added timeline entry 1 (id "messages-stop-arriving", 2024-04-03 23:00 Asia/Dhaka)',
		);
		expect(read('bn')).toMatch(/- id: messages-stop-arriving\n[\s\S]*- id: later\n/);
		expect((await validateStories(dir, ROOT)).problems).toEqual([]);
	});

	it('asks for each field in turn, again when an answer is wrong', async () => {
		const answers = [
			SLUG,
			'', // the story's zone
			'approximate',
			'2024-04-03 25:00', // not a time of day
			'2024-04-03 23:30',
			'restoration',
			'আবার চালু',
			'Service returns',
			'The report',
			'javascript:alert(1)',
			'https://example.org/report',
			'',
			'y',
			'',
		];
		const { status, stdout } = await run('add:entry', [], `${answers.join('\n')}\n`);
		expect(status).toBe(0);
		expect(stdout).toContain('✗ 25:00 is not a time of day; use 24-hour time from 00:00 to 23:59');
		expect(stdout).toContain('✗ a link must be a web address starting with https://');
		expect(read('bn')).toContain(
			[
				'  - id: service-returns',
				'    time: "2024-04-03 23:30"',
				'    precision: approximate',
				'    kind: restoration',
				'    key: true',
			].join('\n'),
		);
		expect((await validateStories(dir, ROOT)).problems).toEqual([]);
	});

	it('writes nothing when the new entry would make the story invalid, and says why', async () => {
		const before = read('bn');
		const { status, stderr } = await run('add:entry', [
			'--story',
			SLUG,
			'--time',
			'2024-04-03 23:40',
			'--kind',
			'outage-start',
			'--bn',
			'ক',
			'--en',
			'Later start',
			'--source',
			'The report',
		]);
		expect(status).toBe(1);
		expect(stderr).toContain('Nothing was written');
		expect(stderr).toContain(
			'this restoration (2024-04-03 23:30, Asia/Dhaka) comes before the outage began',
		);
		expect(read('bn')).toBe(before);
	});

	it('refuses a time the clocks skipped, with the reason', async () => {
		const { status, stderr } = await run('add:entry', [
			'--story',
			SLUG,
			'--zone',
			'America/New_York',
			'--time',
			'2024-03-10 02:30',
			'--kind',
			'update',
			'--bn',
			'ক',
			'--en',
			'x',
			'--source',
			'y',
		]);
		expect(status).toBe(1);
		expect(stderr).toContain(
			'✗ --time "2024-03-10 02:30": 2024-03-10 02:30 never happened in America/New_York',
		);
		expect(stderr).toContain('✗ Nothing was written. With no terminal to ask again');
	});

	it('runs as npm run add:entry, with a non-zero exit status on a bad answer', () => {
		const result = spawnSync(
			'npm',
			['run', '--silent', 'add:entry', '--', '--dir', dir, '--story', 'no-such-story'],
			{ cwd: ROOT, encoding: 'utf8', input: '' },
		);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('✗ --story "no-such-story": there is no story "no-such-story"');
		expect(result.stderr).toContain('✗ Nothing was written.');
	});
});
