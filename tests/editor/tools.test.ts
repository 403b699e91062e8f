import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntry } from '../../scripts/add-entry';
import { checkContent } from '../../scripts/check-content';
import { moveEntry } from '../../scripts/move-entry';
import { newStory } from '../../scripts/new-story';
import { removeEntry } from '../../scripts/remove-entry';
import { runCommand } from '../../src/lib/editor/cli/runCommand';
import { validateStories } from '../../src/lib/editor/validateStories';
import { ROOT } from '../support/site';

const COMMANDS = { add: addEntry, new: newStory, remove: removeEntry, move: moveEntry };
const META = 'meta-outage-2024-03-05';
const OTHER = 'crowdstrike-outage-2024-07-19';
let dir: string;
const made: string[] = [];

/** Answers on standard input: piped (no terminal) unless `terminal`. */
function stdin(lines: string[], terminal = false): NodeJS.ReadableStream {
	const stream = Readable.from(lines.length ? [`${lines.join('\n')}\n`] : []);
	return terminal ? Object.assign(stream, { isTTY: true }) : stream;
}

/** Runs an editor command in-process on the test's stories; returns its status and output. */
async function run(command: keyof typeof COMMANDS, args: string[], input = stdin([])) {
	const out: string[] = [];
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
	vi.spyOn(console, 'log').mockImplementation((line) => void out.push(`${String(line)}\n`));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
	vi.spyOn(console, 'error').mockImplementation((line) => void out.push(`${String(line)}\n`));
	try {
		const status = await COMMANDS[command](['--dir', dir, ...args], input);
		return { status, output: out.join('') };
	} finally {
		vi.restoreAllMocks();
	}
}

const bn = (slug = META) => readFileSync(join(dir, slug, 'bn.mdx'), 'utf8');
const ENTRY = [
	'--time',
	'2024-03-05 10:17',
	'--kind',
	'update',
	'--bn',
	'ক',
	'--en',
	'Status page',
	'--source',
	'topicsbox.com',
];

beforeEach(() => {
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	dir = mkdtempSync(join(ROOT, 'test-results', 'tools-'));
	made.push(dir);
	cpSync(join(ROOT, 'tests', 'fixtures', 'stories', 'valid'), dir, { recursive: true });
	cpSync(join(ROOT, 'tests', 'fixtures', 'stories', 'valid', META), join(dir, OTHER), {
		recursive: true,
	});
});
afterAll(() => {
	for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

// Each bad flag, given with no terminal: the status, key words in English and Bengali, and no file changed.
const BAD_FLAGS: [string, keyof typeof COMMANDS, string[], string[], string[]][] = [
	[
		'a misspelt zone',
		'add',
		['--story', META, '--zone', 'America/New_Yrok', ...ENTRY],
		['did you mean America/New_York?', 'Nothing was written'],
		['আপনি কি America/New_York বোঝাতে চেয়েছেন?', 'কিছুই লেখা হয়নি'],
	],
	[
		'a story that does not exist',
		'add',
		['--story', 'meta-outage-2024-03-50', ...ENTRY],
		['there is no story "meta-outage-2024-03-50"; did you mean meta-outage-2024-03-05?'],
		['প্রতিবেদন নেই', 'meta-outage-2024-03-05'],
	],
	[
		'an id already used',
		'add',
		['--story', META, '--id', 'india-logout', ...ENTRY],
		['"india-logout" is already used', 'e.g. india-logout-2'],
		['আগেই ব্যবহার করেছে', 'india-logout-2'],
	],
	[
		'a javascript: source link',
		'add',
		['--story', META, '--source-url', 'javascript:alert(1)', ...ENTRY],
		['javascript: and other kinds of link are refused'],
		['javascript: বা অন্য ধরনের লিংক নেওয়া হয় না'],
	],
	[
		'a precision not in the list',
		'add',
		['--story', META, '--precision', 'roughly', ...ENTRY],
		['"roughly" is not one of exact, approximate, day'],
		['"roughly" চলবে না'],
	],
	[
		'a kind not in the list',
		'add',
		['--story', META, ...ENTRY, '--kind', 'outage'],
		['"outage" is not one of outage-start'],
		['"outage" চলবে না'],
	],
	[
		'an hour that does not exist',
		'add',
		['--story', META, ...ENTRY, '--time', '2024-03-05 25:00'],
		['25:00 is not a time of day'],
		['কিছুই লেখা হয়নি'],
	],
	[
		'a time the clocks skipped',
		'add',
		['--story', META, ...ENTRY, '--zone', 'America/New_York', '--time', '2024-03-10 02:30'],
		['never happened in America/New_York'],
		['কিছুই লেখা হয়নি'],
	],
	[
		'a control character in the text',
		'add',
		['--story', META, ...ENTRY, '--en', 'Status\u000bpage'],
		['invisible control character (U+000B)'],
		['নিয়ন্ত্রণ-অক্ষর (U+000B)'],
	],
	[
		'an id with capitals',
		'add',
		['--story', META, ...ENTRY, '--id', 'Status_Page'],
		['use lowercase letters, digits and dashes'],
		['ছোট হাতের'],
	],
	[
		'an empty English text',
		'add',
		['--story', META, ...ENTRY, '--en', ''],
		['an answer is needed'],
		['একটা উত্তর দিতে হবে'],
	],
	[
		'an unknown zone for a new story',
		'new',
		[
			'--slug',
			'whatsapp-outage-2024-04-03',
			'--zone',
			'Asia/Dhakka',
			'--title-bn',
			'ক',
			'--description-bn',
			'খ',
			'--title-en',
			'A',
			'--description-en',
			'B',
		],
		['did you mean Asia/Dhaka?'],
		['আপনি কি Asia/Dhaka বোঝাতে চেয়েছেন?'],
	],
	[
		'a story name with capitals',
		'new',
		['--slug', 'WhatsApp-Outage', '--title-bn', 'ক'],
		['use only lowercase letters'],
		['ছোট হাতের'],
	],
	[
		'a story name already used',
		'new',
		['--slug', META, '--title-bn', 'ক'],
		[`a story named "${META}" already exists`],
		['আগেই আছে'],
	],
	[
		'an id to remove that does not exist',
		'remove',
		['--story', META, '--id', 'india-logut', '--yes'],
		['no entry with the id "india-logut"; did you mean india-logout?'],
		['আপনি কি india-logout বোঝাতে চেয়েছেন?'],
	],
	[
		'removing with no terminal and no --yes',
		'remove',
		['--story', META, '--id', 'india-restored'],
		['add --yes to remove the entry'],
		['--yes যোগ করুন'],
	],
	[
		'moving to the same story',
		'move',
		['--story', META, '--id', 'india-logout', '--to', META, '--yes'],
		['already in that story'],
		['আগে থেকেই ওই প্রতিবেদনে'],
	],
	[
		'moving to a story with that id',
		'move',
		['--story', META, '--id', 'india-logout', '--to', OTHER, '--yes'],
		[`${OTHER} already has an entry with this id`],
		['এই id-র একটি এন্ট্রি আগেই আছে'],
	],
];

describe('a bad flag with no terminal: exit 1, the cause and the nearest valid value, no file changed', () => {
	it.each(BAD_FLAGS)('%s', async (_name, command, args, en, bnWords) => {
		const before = [bn(), bn(OTHER)];
		const english = await run(command, args);
		expect(english.status).toBe(1);
		for (const words of en) expect(english.output).toContain(words);
		const bengali = await run(command, [...args, '--lang', 'bn']);
		expect(bengali.status).toBe(1);
		for (const words of bnWords) expect(bengali.output).toContain(words);
		expect([bn(), bn(OTHER)]).toEqual(before);
		expect(existsSync(join(dir, 'whatsapp-outage-2024-04-03'))).toBe(false);
	});
});

describe('with a terminal, a wrong value is asked again and Enter picks no default', () => {
	it('a misspelt zone: Enter is refused, the right zone is used', async () => {
		const { status, output } = await run(
			'add',
			['--story', META, '--zone', 'America/New_Yrok', ...ENTRY],
			stdin(['', 'America/New_York'], true),
		);
		expect(output).toContain('did you mean America/New_York?');
		expect(output).toContain('Enter does not pick a default');
		expect(output).not.toContain('[Asia/Kolkata]');
		expect(status).toBe(0);
		expect(bn()).toContain('    time: "2024-03-05 10:17"\n    zone: America/New_York\n');
	});

	it('a piped wrong answer then no more answers: no default, nothing written', async () => {
		const before = bn();
		const { status, output } = await run(
			'add',
			['--story', META, ...ENTRY.slice(2)],
			stdin(['Asia/Kolkatta']),
		);
		expect(output).toContain('did you mean Asia/Kolkata?');
		expect(output).toContain('no answer for --zone');
		expect(status).toBe(1);
		expect(bn()).toBe(before);
	});
});

describe('--help on every editor command: usage, exit 0; an unknown flag: exit 2, no stack trace', () => {
	it.each(['add', 'new', 'remove', 'move'] as const)('%s', async (command) => {
		const help = await run(command, ['--help']);
		expect(help.status).toBe(0);
		expect(help.output).toContain('Usage: npm run');
		expect((await run(command, ['--help', '--lang', 'bn'])).output).toContain('ব্যবহার: npm run');
		const unknown = await run(command, ['--storry', META]);
		expect(unknown.status).toBe(2);
		expect(unknown.output).toContain('--storry is not an option of this command');
		expect(unknown.output).not.toContain('    at ');
	});
});

describe('npm run remove:entry and move:entry', () => {
	it('removes an entry and nothing else, byte for byte', async () => {
		const before = bn();
		const { status, output } = await run('remove', [
			'--story',
			META,
			'--id',
			'india-restored',
			'--yes',
		]);
		expect(status).toBe(0);
		expect(output).toContain('✓ Removed the entry "india-restored"');
		const cut = before.slice(
			before.indexOf('\n\n  - id: india-restored'),
			before.indexOf('\n---\n\n'),
		);
		expect(bn()).toBe(before.replace(cut, ''));
	});

	it('refuses to remove the only entry', async () => {
		await run('remove', ['--story', META, '--id', 'india-restored', '--yes']);
		const before = bn();
		const { status, output } = await run('remove', [
			'--story',
			META,
			'--id',
			'india-logout',
			'--yes',
		]);
		expect(status).toBe(1);
		expect(output).toContain('"india-logout" is the story\'s only entry');
		expect(bn()).toBe(before);
	});

	it('asks before removing on a terminal, and keeps the entry unless told yes', async () => {
		const before = bn();
		const no = await run(
			'remove',
			['--story', META, '--id', 'india-restored'],
			stdin(['no'], true),
		);
		expect(no.status).toBe(1);
		expect(no.output).toContain('Remove this entry? Type yes to remove it');
		expect(bn()).toBe(before);
		const yes = await run(
			'remove',
			['--story', META, '--id', 'india-restored'],
			stdin(['yes'], true),
		);
		expect(yes.status).toBe(0);
		expect(bn()).not.toContain('india-restored');
	});

	it('moves an entry to a story in another zone with its zone written, so its instant is kept', async () => {
		const other = bn(OTHER)
			.replace('zone: Asia/Kolkata', 'zone: America/New_York')
			.replace(/india-/g, 'us-');
		writeFileSync(join(dir, OTHER, 'bn.mdx'), other);
		const { status, output } = await run('move', [
			'--story',
			META,
			'--id',
			'india-logout',
			'--to',
			OTHER,
			'--yes',
		]);
		expect(output).toContain('It now says zone: Asia/Kolkata');
		expect(status).toBe(0);
		expect(bn(OTHER)).toContain(
			'  - id: india-logout\n    time: "2024-03-05 21:00"\n    zone: Asia/Kolkata\n',
		);
		expect(bn()).not.toContain('india-logout');
		expect((await validateStories(dir, ROOT)).problems).toEqual([]);
	});
});

describe('move:entry to a story new:story just started', () => {
	it('becomes its first entry, with its zone written, and both stories stay valid', async () => {
		const slug = 'whatsapp-outage-2024-04-03';
		const started = await run('new', [
			...['--slug', slug, '--zone', 'Asia/Dhaka', '--title-bn', 'ক', '--description-bn', 'খ'],
			...['--title-en', ''],
		]);
		expect(started.status).toBe(0);
		const { status, output } = await run('move', [
			...['--story', META, '--id', 'india-restored', '--to', slug, '--yes'],
		]);
		expect(output).toContain('It now says zone: Asia/Kolkata');
		expect(status).toBe(0);
		expect(bn(slug)).toContain(
			'\ntimeline:\n  - id: india-restored\n    time: "2024-03-05 22:00"\n    zone: Asia/Kolkata\n    precision: approximate\n',
		);
		expect(bn()).not.toContain('india-restored');
		expect((await validateStories(dir, ROOT)).problems.filter((p) => !p.warning)).toEqual([]);
	});
});

describe('check:content speaks Bengali on --lang bn', () => {
	it('the summary of a valid folder', async () => {
		const lines: string[] = [];
		vi.spyOn(console, 'log').mockImplementation((line) => void lines.push(String(line)));
		expect(await checkContent(dir, 'bn')).toBe(0);
		vi.restoreAllMocks();
		expect(lines.join('\n')).toMatch(
			/^✓ ২টি প্রতিবেদন \(৪টি সংস্করণ-ফাইল\) .* সেকেন্ডে যাচাই হলো: কোনো সমস্যা নেই।$/,
		);
	});
});

/** Every file under `folder` with its contents, to show that a refused command changed nothing. */
function snapshot(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (at: string) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			const path = join(at, entry.name);
			if (entry.isDirectory()) walk(path);
			else files[relative(folder, path)] = readFileSync(path, 'utf8');
		}
	};
	walk(folder);
	return files;
}

/**
 * A run of four English words outside quotes, flags, paths and code: an English sentence left in
 * a Bengali message, e.g. `is not a time`.
 */
const englishSentence = (text: string) =>
	/(?:^|[^\w./:-])(?:[A-Za-z]+ ){3}[A-Za-z]+(?=$|[^\w/:-])/m.exec(
		text
			.replace(/"[^"\n]*"|`[^`\n]*`|<[^>\n]*>/g, '')
			.replace(/(?:--|npm run )[\w:-]+/g, '')
			.replace(/\([^()\n]*(?:UTC|[+-]\d\d:\d\d)[^()\n]*\)/g, ''),
	)?.[0];

/** The message's first line (after any question asked), with the test's folder written as <dir>. */
const first = (output: string) =>
	(output.split('\n').find((line) => line.startsWith('✗')) ?? '').replaceAll(
		relative(ROOT, dir),
		'<dir>',
	);

const tabIndented = () =>
	writeFileSync(
		join(dir, META, 'bn.mdx'),
		bn().replace('\nzone: Asia/Kolkata', '\n\tzone: Asia/Kolkata'),
	);

// What the editor tools refuse, with no terminal: the exit status and the message's first line in
// English and in Bengali, and no file changed. (Issue 22: each was accepted, crashed, or spoke English.)
const REFUSED: {
	name: string;
	command: keyof typeof COMMANDS;
	args: string[];
	status: number;
	en: string;
	bn: string;
	setup?: () => void;
}[] = [
	{
		name: 'a clock time with --precision day',
		command: 'add',
		args: ['--story', META, ...ENTRY, '--time', '2024-03-05 21:00', '--precision', 'day'],
		status: 1,
		en: '✗ --time "2024-03-05 21:00": precision day means only the date is known, but this time has a clock time; write just the date, 2024-03-05, or keep the time and choose --precision exact or approximate',
		bn: '✗ --time "2024-03-05 21:00": precision day মানে শুধু তারিখ জানা, কিন্তু এই সময়ে ঘড়ির সময়ও আছে; শুধু তারিখটি লিখুন, 2024-03-05, অথবা সময় রেখে --precision exact বা approximate দিন',
	},
	{
		name: 'a UTC time with --precision day',
		command: 'add',
		args: ['--story', META, ...ENTRY, '--time', '2024-03-05T20:00:00Z', '--precision', 'day'],
		status: 1,
		en: '✗ --time "2024-03-05T20:00:00Z": precision day means only the date is known, but this time has a clock time; write just the date, 2024-03-06, or keep the time and choose --precision exact or approximate',
		bn: '✗ --time "2024-03-05T20:00:00Z": precision day মানে শুধু তারিখ জানা, কিন্তু এই সময়ে ঘড়ির সময়ও আছে; শুধু তারিখটি লিখুন, 2024-03-06, অথবা সময় রেখে --precision exact বা approximate দিন',
	},
	{
		name: 'a Z time with --zone',
		command: 'add',
		args: ['--story', META, ...ENTRY, '--time', '2024-03-05T15:30:00Z', '--zone', 'Asia/Dhaka'],
		status: 1,
		en: '✗ --time "2024-03-05T15:30:00Z": the time already says its offset from UTC (it ends in Z or +05:30), so --zone Asia/Dhaka contradicts it; leave out --zone, or write the local time in Asia/Dhaka without the offset',
		bn: '✗ --time "2024-03-05T15:30:00Z": সময়টিতে UTC থেকে ব্যবধান আগেই লেখা আছে (শেষে Z বা +05:30), তাই --zone Asia/Dhaka তার সঙ্গে মেলে না; --zone বাদ দিন, অথবা ব্যবধান ছাড়া Asia/Dhaka-এর স্থানীয় সময় লিখুন',
	},
	{
		name: 'an offset time with --zone',
		command: 'add',
		args: [
			'--story',
			META,
			...ENTRY,
			'--time',
			'2024-03-05T21:00:00+05:30',
			'--zone',
			'Asia/Kolkata',
		],
		status: 1,
		en: '✗ --time "2024-03-05T21:00:00+05:30": the time already says its offset from UTC (it ends in Z or +05:30), so --zone Asia/Kolkata contradicts it; leave out --zone, or write the local time in Asia/Kolkata without the offset',
		bn: '✗ --time "2024-03-05T21:00:00+05:30": সময়টিতে UTC থেকে ব্যবধান আগেই লেখা আছে (শেষে Z বা +05:30), তাই --zone Asia/Kolkata তার সঙ্গে মেলে না; --zone বাদ দিন, অথবা ব্যবধান ছাড়া Asia/Kolkata-এর স্থানীয় সময় লিখুন',
	},
	{
		name: 'an entry in 2099, which the check rejects',
		command: 'add',
		args: ['--story', META, ...ENTRY, '--time', '2099-03-05 10:17'],
		status: 1,
		en: `✗ Nothing was written to <dir>/${META}/bn.mdx; the change would make the story invalid:`,
		bn: `✗ <dir>/${META}/bn.mdx-এ কিছুই লেখা হয়নি; এই বদলে প্রতিবেদনটি ভুল হয়ে যেত:`,
	},
	{
		name: 'an entry in 1970, which the check rejects',
		command: 'add',
		args: ['--story', META, ...ENTRY, '--time', '1970-03-05 10:17'],
		status: 1,
		en: `✗ Nothing was written to <dir>/${META}/bn.mdx; the change would make the story invalid:`,
		bn: `✗ <dir>/${META}/bn.mdx-এ কিছুই লেখা হয়নি; এই বদলে প্রতিবেদনটি ভুল হয়ে যেত:`,
	},
	{
		name: 'an unknown --lang',
		command: 'add',
		args: ['--story', META, ...ENTRY, '--lang', 'xx'],
		status: 2,
		en: '✗ --lang "xx": the messages come in bn (Bengali) or en (English); e.g. --lang bn',
		bn: '✗ --lang "xx": বার্তা পাওয়া যায় bn (বাংলা) বা en (ইংরেজি) ভাষায়; যেমন --lang bn',
	},
	{
		name: 'a flag without its value',
		command: 'remove',
		args: ['--story', META, '--id'],
		status: 2,
		en: '✗ --id needs a value, e.g. --id "…"',
		bn: '✗ --id-এর পরে একটি মান দিতে হবে, যেমন --id "…"',
	},
	{
		name: 'a text with spaces not in quotes',
		command: 'add',
		args: ['--story', META, ...ENTRY, '--en', 'Service', 'returns'],
		status: 2,
		en: '✗ "returns" is not an option: options start with --, and a value with spaces goes in quotes, e.g. --en "Service returns"',
		bn: '✗ "returns" কোনো অপশন নয়: অপশন শুরু হয় -- দিয়ে, আর ফাঁকা জায়গাসহ মান উদ্ধৃতিচিহ্নে লিখতে হয়, যেমন --bn "পরিষেবা ফিরেছে"',
	},
	{
		name: 'a new story with no zone and no terminal: no default zone is taken',
		command: 'new',
		args: [
			'--slug',
			'whatsapp-outage-2024-04-03',
			'--title-bn',
			'ক',
			'--description-bn',
			'খ',
			'--title-en',
			'',
		],
		status: 1,
		en: '✗ no answer for --zone; pass it on the command line, e.g. --zone "…"',
		bn: '✗ --zone-এর কোনো উত্তর পাওয়া যায়নি; কমান্ডেই লিখে দিন, যেমন --zone "…"',
	},
	{
		name: 'remove:entry on a file with one tab-indented line',
		command: 'remove',
		args: ['--story', META, '--id', 'india-restored', '--yes'],
		status: 1,
		setup: tabIndented,
		en: `✗ Nothing was changed: <dir>/${META}/bn.mdx (line 5) cannot be read: the frontmatter is indented with tabs (this line); YAML allows only spaces. Replace each tab at the start of a line with two spaces (most editors: "Convert indentation to spaces")`,
		bn: `✗ কিছুই বদলানো হয়নি: <dir>/${META}/bn.mdx (লাইন ৫) পড়া যাচ্ছে না: ফ্রন্টম্যাটারে ট্যাব দিয়ে ইনডেন্ট করা হয়েছে (এই লাইনে); YAML-এ শুধু স্পেস চলে। লাইনের শুরুর প্রতিটি ট্যাবের জায়গায় দুটি স্পেস দিন`,
	},
	{
		name: 'move:entry from a file with one tab-indented line',
		command: 'move',
		args: ['--story', META, '--id', 'india-restored', '--to', OTHER, '--yes'],
		status: 1,
		setup: tabIndented,
		en: `✗ Nothing was changed: <dir>/${META}/bn.mdx (line 5) cannot be read: the frontmatter is indented with tabs (this line); YAML allows only spaces. Replace each tab at the start of a line with two spaces (most editors: "Convert indentation to spaces")`,
		bn: `✗ কিছুই বদলানো হয়নি: <dir>/${META}/bn.mdx (লাইন ৫) পড়া যাচ্ছে না: ফ্রন্টম্যাটারে ট্যাব দিয়ে ইনডেন্ট করা হয়েছে (এই লাইনে); YAML-এ শুধু স্পেস চলে। লাইনের শুরুর প্রতিটি ট্যাবের জায়গায় দুটি স্পেস দিন`,
	},
];

describe('refused before writing: the exit status, the first line in both languages, no file changed', () => {
	it.each(REFUSED)('$name', async ({ command, args, status, en, bn: bengali, setup }) => {
		setup?.();
		const before = snapshot(dir);
		const english = await run(command, args);
		expect(english.output).not.toContain('    at ');
		expect(first(english.output)).toBe(en);
		expect(english.status).toBe(status);
		// --lang xx is no language: the locale picks the messages' language.
		const locale = process.env.LC_ALL;
		process.env.LC_ALL = 'bn_BD.UTF-8';
		const inBengali = await run(command, args.includes('xx') ? args : [...args, '--lang', 'bn']);
		process.env.LC_ALL = locale ?? '';
		if (locale === undefined) delete process.env.LC_ALL;
		expect(first(inBengali.output)).toBe(bengali);
		expect(inBengali.status).toBe(status);
		expect(englishSentence(inBengali.output.split('\n\n')[0]!)).toBeUndefined();
		expect(snapshot(dir)).toEqual(before);
	});

	it('says why the check would reject it, in the language asked for', async () => {
		const future = ['--story', META, ...ENTRY, '--time', '2099-03-05 10:17'];
		expect((await run('add', future)).output.split('\n')[1]).toBe(
			'  line 28: Timeline entry 3 (id "status-page", time "2099-03-05 10:17") is dated 2099-03-05 (Asia/Kolkata), which is in the future; check the year and the date',
		);
		const past = ['--story', META, ...ENTRY, '--time', '1970-03-05 10:17', '--lang', 'bn'];
		const { output } = await run('add', past);
		expect(output.split('\n')[1]).toMatch(
			/^ {2}লাইন ৮: টাইমলাইনের এন্ট্রি ১ .* দিন দূরে; সাল মিলিয়ে দেখুন/,
		);
		expect(englishSentence(output)).toBeUndefined();
	});

	it('five bad flags: five messages in one run, and the last line names all five', async () => {
		const before = snapshot(dir);
		const args = [
			'--story',
			META,
			...ENTRY,
			'--zone',
			'America/New_Yrok',
			'--precision',
			'roughly',
			'--kind',
			'outage',
			'--source-url',
			'javascript:alert(1)',
			'--id',
			'Status_Page',
		];
		for (const [lang, last] of [
			['en', 'correct --zone, --precision, --kind, --source-url, --id and run it again.'],
			['bn', '--zone, --precision, --kind, --source-url, --id দিন বা ঠিক করে আবার চালান।'],
		] as const) {
			const { status, output } = await run('add', [...args, '--lang', lang]);
			expect(status).toBe(1);
			const lines = output.trim().split('\n');
			expect(lines.filter((l) => l.startsWith('✗ --')).map((l) => l.split(' ')[1])).toEqual([
				'--zone',
				'--precision',
				'--kind',
				'--source-url',
				'--id',
			]);
			expect(lines.at(-1)).toContain(last);
			if (lang === 'bn') expect(englishSentence(output)).toBeUndefined();
		}
		expect(snapshot(dir)).toEqual(before);
	});

	it('the table of bad flags in Bengali has no English sentence', async () => {
		for (const [, command, args] of BAD_FLAGS) {
			const { output } = await run(command, [...args, '--lang', 'bn']);
			expect(englishSentence(output), output).toBeUndefined();
		}
	});
});

describe('what Bengali editors type is understood', () => {
	it('a time in Bengali digits is written in ASCII digits', async () => {
		const { status } = await run('add', [
			'--story',
			META,
			...ENTRY,
			'--time',
			'২০২৪-০৩-০৫ ২১:৩৯',
			'--lang',
			'bn',
		]);
		expect(status).toBe(0);
		expect(bn()).toContain('    time: "2024-03-05 21:39"\n');
		expect((await validateStories(dir, ROOT)).problems).toEqual([]);
	});

	it('a day in Bengali digits, with precision day', async () => {
		const args = ['--story', META, ...ENTRY, '--time', '২০২৪-০৩-০৫', '--precision', 'day'];
		expect((await run('add', args)).status).toBe(0);
		expect(bn()).toContain('    time: "2024-03-05"\n    precision: day\n');
	});

	it('হ্যাঁ makes a key moment, না does not', async () => {
		// With --source left out it asks for it, then for the link, the detail, key and id.
		const args = ['--story', META, ...ENTRY.slice(0, -2), '--lang', 'bn'];
		const yes = await run('add', args, stdin(['', '', 'topicsbox.com', '', '', 'হ্যাঁ', '']));
		expect(yes.status).toBe(0);
		expect(bn()).toMatch(/- id: status-page\n(?: {4}.*\n)*? {4}key: true\n/);
		const no = await run('add', args, stdin(['', '', 'topicsbox.com', '', '', 'না', 'second']));
		expect(no.status).toBe(0);
		expect(bn()).not.toMatch(/- id: second\n(?: {4}.*\n)*? {4}key: true\n/);
		const neither = await run(
			'add',
			args,
			stdin(['', '', 'topicsbox.com', '', '', 'হয়তো', 'না', 'third']),
		);
		expect(neither.output).toContain('"হয়তো" হ্যাঁ বা না কোনোটিই নয়');
		expect(neither.status).toBe(0);
	});

	it('হ্যাঁ confirms a removal on a terminal', async () => {
		const { status } = await run(
			'remove',
			['--story', META, '--id', 'india-restored', '--lang', 'bn'],
			stdin(['হ্যাঁ'], true),
		);
		expect(status).toBe(0);
		expect(bn()).not.toContain('india-restored');
	});
});

describe('a crash', () => {
	it('ends with a plain line in the language asked for, status 1, then the details', async () => {
		const crash = (lang: string) =>
			runCommand(['--lang', lang], stdin([]), {}, 'add', () => {
				throw new TypeError('boom');
			});
		const lines: string[] = [];
		vi.spyOn(console, 'error').mockImplementation((line) => void lines.push(String(line)));
		try {
			expect(await crash('en')).toBe(1);
			expect(await crash('bn')).toBe(1);
		} finally {
			vi.restoreAllMocks();
		}
		expect(lines.filter((l) => l.startsWith('✗'))).toEqual([
			'✗ The command stopped on an unexpected error, and wrote nothing. Please report it to whoever maintains the site, with the lines below. (boom)',
			'✗ অপ্রত্যাশিত একটি ত্রুটিতে কমান্ড থেমে গেছে, কিছুই লেখা হয়নি। নিচের লাইনগুলোসহ সাইটের রক্ষণাবেক্ষণকারীকে জানান। (boom)',
		]);
		expect(lines.join('\n')).toContain('TypeError: boom\n    at ');
	});
});
