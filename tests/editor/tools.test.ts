import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntry } from '../../scripts/add-entry';
import { checkContent } from '../../scripts/check-content';
import { moveEntry } from '../../scripts/move-entry';
import { newStory } from '../../scripts/new-story';
import { removeEntry } from '../../scripts/remove-entry';
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
