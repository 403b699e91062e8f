import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	chmodSync,
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	describeStoryChange,
	publish as publishIn,
	publishLang,
	readPublishArgs,
	storyAddress,
} from '../../scripts/publish';
import { pushErrorLines, pushFailure } from '../../src/lib/editor/publish/pushFailure';
import { ROOT } from '../support/site';

const SLUG = 'meta-outage-2024-03-05';
const STORY = `content/stories/${SLUG}/bn.mdx`;
let repo: string;
let remote: string;

const git = (...args: string[]) =>
	execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

/** `npm run publish` as an editor runs it, in the temporary repository. */
function publish(env: Record<string, string> = {}, ...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['--import', import.meta.resolve('tsx'), join(ROOT, 'scripts', 'publish.ts'), ...args],
		{
			cwd: repo,
			encoding: 'utf8',
			env: {
				...process.env,
				LANG: 'en_GB.UTF-8',
				SITE_URL: 'https://news.example',
				BASE_PATH: '/outages/',
				...env,
			},
		},
	);
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The valid fixture story with one more entry after its last. */
function addEntry(id: string) {
	const file = join(repo, STORY);
	const text = readFileSync(file, 'utf8');
	const entry = `  - id: ${id}\n    time: "2024-03-05 22:30"\n    precision: approximate\n    kind: update\n    text:\n      bn: আরও খবর।\n      en: More news.\n    sources:\n      - name: { bn: এই প্রতিবেদন, en: The Bengali report }\n`;
	writeFileSync(file, text.replace(/\n---\n/, `\n${entry}---\n`));
}

beforeEach(() => {
	remote = mkdtempSync(join(tmpdir(), 'publish-remote-'));
	repo = mkdtempSync(join(tmpdir(), 'publish-repo-'));
	execFileSync('git', ['init', '-q', '--bare', remote]);
	git('init', '-q', '-b', 'main');
	git('config', 'user.name', 'Editor');
	git('config', 'user.email', 'editor@example.org');
	cpSync(join(ROOT, 'tests/fixtures/stories/valid'), join(repo, 'content/stories'), {
		recursive: true,
	});
	writeFileSync(join(repo, 'README.md'), 'site\n');
	git('add', '.');
	git('commit', '-qm', 'start');
	git('remote', 'add', 'origin', remote);
	git('push', '-q', 'origin', 'main');
});
afterEach(() => {
	vi.restoreAllMocks();
	rmSync(repo, { recursive: true, force: true });
	rmSync(remote, { recursive: true, force: true });
});

describe('npm run publish', () => {
	it('commits the story with its new entry named, pushes, and prints where it will appear', () => {
		addEntry('more-news');
		const { status, output } = publish();
		expect(status, output).toBe(0);
		expect(git('log', '-1', '--format=%s')).toBe(`Story ${SLUG}: new entry more-news`);
		expect(git('status', '--porcelain')).toBe('');
		expect(
			execFileSync('git', ['--git-dir', remote, 'log', '-1', '--format=%s', 'main'], {
				encoding: 'utf8',
			}).trim(),
		).toBe(`Story ${SLUG}: new entry more-news`);
		expect(output).toContain(`https://news.example/outages/bn/${SLUG}/`);
		expect(output).toContain(`https://news.example/outages/en/${SLUG}/`);
	});

	it('refuses when files outside content/ changed, and commits nothing', () => {
		addEntry('more-news');
		writeFileSync(join(repo, 'README.md'), 'changed\n');
		const before = git('rev-parse', 'HEAD');
		const { status, output } = publish();
		expect(status).toBe(1);
		expect(output).toContain('Not published: these files outside content/ have changes');
		expect(output).toContain('  README.md');
		expect(git('rev-parse', 'HEAD')).toBe(before);
	});

	it('refuses when there is nothing to publish', () => {
		const { status, output } = publish();
		expect(status).toBe(1);
		expect(output).toContain('Nothing to publish');
	});

	it('refuses when the check fails, in Bengali under a Bengali locale', () => {
		const file = join(repo, STORY);
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('kind: restoration', 'kind: outage-end'),
		);
		const before = git('rev-parse', 'HEAD');
		const { status, output } = publish({ LANG: 'bn_BD.UTF-8' });
		expect(status).toBe(1);
		// The check's own report in Bengali too, not only publish's last line.
		expect(output).toContain('kind "outage-end" চলবে না');
		expect(output).toContain('প্রকাশ হয়নি: যাচাইয়ে সমস্যা পাওয়া গেছে');
		expect(git('rev-parse', 'HEAD')).toBe(before);
	});

	it('says "nothing to publish" in Bengali with --lang bn', () => {
		const { output } = publish({}, '--lang', 'bn');
		expect(output).toContain('প্রকাশ করার কিছু নেই');
	});
});

describe('publish helpers', () => {
	it('names new, changed and removed entries', () => {
		const doc = (entries: string) => `---\ntitle: x\ntimeline:\n${entries}---\n`;
		const a = '  - id: a\n    text: one\n';
		const b = '  - id: b\n    text: two\n';
		expect(
			describeStoryChange('s', [
				{ before: doc(a + b), after: doc(`  - id: a\n    text: uno\n  - id: c\n    text: new\n`) },
			]),
		).toBe('s: new entry c; changed a; removed b');
		expect(describeStoryChange('s', [{ before: doc(a), after: doc(a) }])).toBe('s: text changed');
	});

	it('chooses Bengali from the flag or the locale', () => {
		expect(publishLang(undefined, { LANG: 'bn_BD.UTF-8' })).toBe('bn');
		expect(publishLang(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
		expect(publishLang('bn', {})).toBe('bn');
	});

	it('builds the address from SITE_URL and BASE_PATH', () => {
		expect(storyAddress('x', 'en', { SITE_URL: 'https://a.example', BASE_PATH: 'news' })).toBe(
			'https://a.example/news/en/x/',
		);
	});
});

/** `npm run publish -- --lang <lang>` in-process: the exit status and every line it printed. */
async function publishNow(lang: 'en' | 'bn') {
	const lines: string[] = [];
	const capture = (...parts: unknown[]) => void lines.push(...parts.map(String));
	vi.spyOn(console, 'log').mockImplementation(capture);
	vi.spyOn(console, 'error').mockImplementation(capture);
	const status = await publishIn(lang, repo);
	vi.restoreAllMocks();
	return { status, lines: lines.join('\n').split('\n') };
}

/** Every file of the working tree (not .git) with a hash of its bytes. */
function files(): Record<string, string> {
	const all: Record<string, string> = {};
	for (const entry of readdirSync(repo, { recursive: true, withFileTypes: true })) {
		const path = join(entry.parentPath, entry.name);
		if (!entry.isFile() || relative(repo, path).startsWith('.git')) continue;
		all[relative(repo, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
	}
	return all;
}

const remoteHead = () =>
	execFileSync('git', ['--git-dir', remote, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();

/** A bare remote that refuses every push, as a protected branch or a server-side check does. */
function refuseAtRemote() {
	const hook = join(remote, 'hooks', 'pre-receive');
	writeFileSync(hook, '#!/bin/sh\necho "main is protected: open a pull request" >&2\nexit 1\n');
	chmodSync(hook, 0o755);
}

/** Someone else publishes first: the remote gets a commit this copy does not have. */
function someoneElsePublishes() {
	const other = mkdtempSync(join(tmpdir(), 'publish-other-'));
	execFileSync('git', ['clone', '-q', '-b', 'main', remote, other]);
	writeFileSync(join(other, 'content', 'note.txt'), 'x\n');
	for (const args of [
		['add', '.'],
		['-c', 'user.name=Other', '-c', 'user.email=o@example.org', 'commit', '-qm', 'other'],
		['push', '-q', 'origin', 'HEAD:main'],
	])
		execFileSync('git', args, { cwd: other });
	rmSync(other, { recursive: true, force: true });
}

// The table of bad inputs for publish (issue 22.9): what the editor's copy is like, the exit
// status, whether a commit is left for the next run, and the first line of the message in
// English and in Bengali. No case changes a file of the working tree or what the remote has.
const PUBLISH_CASES: {
	name: string;
	arrange: () => void;
	committed: boolean;
	en: string;
	bn: string;
}[] = [
	{
		name: 'no remote',
		arrange: () => {
			addEntry('more-news');
			git('remote', 'remove', 'origin');
		},
		committed: false,
		en: 'Not published: this copy has no remote to push to (git remote), so the site cannot get the change. Nothing was committed. Ask a developer to set one (git remote add origin <address>), then run npm run publish again.',
		bn: 'প্রকাশ হয়নি: এই কপির কোনো রিমোট নেই (git remote), তাই সাইট পরিবর্তনটি পাবে না। কিছুই কমিট হয়নি। একজন ডেভেলপারকে রিমোট ঠিক করে দিতে বলুন (git remote add origin <ঠিকানা>), তারপর আবার npm run publish চালান।',
	},
	{
		name: 'refused by the remote',
		arrange: () => {
			addEntry('more-news');
			refuseAtRemote();
		},
		committed: true,
		en: 'Not published: origin refused the push (its reason is below): a protected branch, a check on the server, or no right to push.',
		bn: 'প্রকাশ হয়নি: origin পাঠানো ফিরিয়ে দিয়েছে (কারণ নিচে): সুরক্ষিত ব্রাঞ্চ, সার্ভারের কোনো যাচাই, অথবা পাঠানোর অনুমতি নেই।',
	},
	{
		name: 'someone else published first',
		arrange: () => {
			addEntry('more-news');
			someoneElsePublishes();
		},
		committed: true,
		en: 'Not published: origin refused the push because it has changes this copy does not have (someone else published first).',
		bn: 'প্রকাশ হয়নি: origin পাঠানো ফিরিয়ে দিয়েছে, কারণ সেখানে এমন পরিবর্তন আছে যা এই কপিতে নেই (অন্য কেউ আগে প্রকাশ করেছেন)।',
	},
	{
		name: 'the network is down',
		arrange: () => {
			addEntry('more-news');
			// Nothing listens on port 9 of this machine: the connection is refused, as offline.
			git('remote', 'set-url', 'origin', 'http://127.0.0.1:9/newsroom.git');
		},
		committed: true,
		en: 'Not published: could not reach origin (no network, or a wrong address for the remote).',
		bn: 'প্রকাশ হয়নি: origin-এর সঙ্গে যোগাযোগ করা যায়নি (নেটওয়ার্ক নেই, অথবা রিমোটের ঠিকানা ভুল)।',
	},
	{
		name: 'git does not know who the editor is',
		arrange: () => {
			addEntry('more-news');
			git('config', 'user.name', '');
		},
		committed: false,
		en: 'Not published: git could not commit the change (fatal: empty ident name (for <editor@example.org>) not allowed). Nothing was committed. If git asks who you are, run git config user.name "Your Name" and git config user.email you@example.org, then run npm run publish again.',
		bn: 'প্রকাশ হয়নি: git পরিবর্তনটি কমিট করতে পারেনি (fatal: empty ident name (for <editor@example.org>) not allowed)। কিছুই কমিট হয়নি। git যদি জানতে চায় আপনি কে, তাহলে git config user.name "আপনার নাম" আর git config user.email you@example.org চালান, তারপর আবার npm run publish চালান।',
	},
	{
		name: 'a story text that loads a picture from elsewhere (the body check runs first)',
		arrange: () => {
			const file = join(repo, STORY);
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace(
					'<Timeline />',
					'<img src="https://example.org/a.png" />\n\n<Timeline />',
				),
			);
		},
		committed: false,
		en: 'Not published: the check found problems (above). Fix them, save, and run npm run publish again.',
		bn: 'প্রকাশ হয়নি: যাচাইয়ে সমস্যা পাওয়া গেছে (উপরে দেখুন)। ঠিক করে সংরক্ষণ করুন, তারপর আবার npm run publish চালান।',
	},
	{
		name: 'an unpushed commit that changes a file outside content/',
		arrange: () => {
			writeFileSync(join(repo, 'README.md'), 'changed\n');
			git('commit', '-qam', 'Developer: README');
			addEntry('more-news');
		},
		committed: false,
		en: "Not published: these commits are not yet on origin, and they change files outside content/, which are not an editor's to publish:",
		bn: 'প্রকাশ হয়নি: এই কমিটগুলো এখনও origin-এ যায়নি, আর এগুলো content/-এর বাইরের ফাইল বদলায়, যা সম্পাদকের প্রকাশ করার নয়:',
	},
];

describe('publish refuses or fails with the step that failed, in both languages (the table of bad inputs)', () => {
	it.each(PUBLISH_CASES.flatMap((c) => (['en', 'bn'] as const).map((lang) => ({ ...c, lang }))))(
		'$name ($lang)',
		async ({ arrange, committed, lang, en, bn }) => {
			arrange();
			const before = { files: files(), head: git('rev-parse', 'HEAD'), remote: remoteHead() };
			const { status, lines } = await publishNow(lang);
			expect(status, lines.join('\n')).toBe(1);
			expect(lines, lines.join('\n')).toContain(lang === 'en' ? en : bn);
			expect(files()).toEqual(before.files);
			expect(remoteHead()).toBe(before.remote);
			expect(git('rev-parse', 'HEAD') !== before.head).toBe(committed);
			if (committed) {
				// It says the change waits here for the next run.
				expect(lines.join('\n')).toContain(
					lang === 'en' ? 'the next npm run publish pushes it.' : 'পরের বার npm run publish চালালে',
				);
			} else expect(git('status', '--porcelain')).not.toBe(''); // the editor's change is still there
		},
	);

	it('names the commits an earlier run could not push, and pushes them on the next run', async () => {
		addEntry('more-news');
		refuseAtRemote();
		expect((await publishNow('en')).status).toBe(1);
		rmSync(join(remote, 'hooks', 'pre-receive'));
		const hash = git('rev-parse', '--short', 'HEAD');
		const { status, lines } = await publishNow('en');
		expect(status, lines.join('\n')).toBe(0);
		expect(lines.join('\n')).not.toContain('Nothing to publish');
		expect(lines).toContain('Committed by an earlier run but not yet on origin; pushing it now:');
		expect(lines).toContain(`  ${hash} Story ${SLUG}: new entry more-news`);
		expect(lines).toContain(
			'✓ Pushed to origin. The site is rebuilt and deployed in about a minute.',
		);
		expect(remoteHead()).toBe(git('rev-parse', 'HEAD'));
		// And then there is nothing left.
		expect((await publishNow('en')).lines[0]).toBe(
			'Nothing to publish: no story file under content/ has changed, and every commit is on origin already.',
		);
	});

	it('in Bengali, the next run names the waiting commit too', async () => {
		addEntry('more-news');
		git('remote', 'set-url', 'origin', 'http://127.0.0.1:9/newsroom.git');
		await publishNow('bn');
		git('remote', 'set-url', 'origin', remote);
		const { status, lines } = await publishNow('bn');
		expect(status).toBe(0);
		expect(lines).toContain(
			'আগের একবারের চেষ্টায় কমিট হয়েছে, কিন্তু এখনও origin-এ যায়নি; এখন পাঠানো হচ্ছে:',
		);
	});

	it('exits non-zero as a command when the remote refuses', () => {
		addEntry('more-news');
		refuseAtRemote();
		const { status, output } = publish();
		expect(status).toBe(1);
		expect(output).toContain('Not published: origin refused the push');
		expect(output).toContain('main is protected: open a pull request');
		expect(output).not.toContain('network');
	});
});

describe('pushFailure reads git', () => {
	it.each([
		['! [remote rejected] main -> main (pre-receive hook declined)', 'refused'],
		['remote: error: GH006: Protected branch update failed for refs/heads/main.', 'refused'],
		[
			"remote: Permission to news/site.git denied to editor.\nfatal: unable to access 'https://github.com/news/site.git/': The requested URL returned error: 403",
			'refused',
		],
		[' ! [rejected]        main -> main (fetch first)', 'behind'],
		[' ! [rejected]        main -> main (non-fast-forward)', 'behind'],
		["fatal: Authentication failed for 'https://github.com/news/site.git/'", 'login'],
		['git@github.com: Permission denied (publickey).', 'login'],
		[
			"fatal: unable to access 'https://github.com/news/site.git/': Could not resolve host: github.com",
			'network',
		],
		['ssh: connect to host github.com port 22: Network is unreachable', 'network'],
		['error: something new', 'other'],
	])('%s → %s', (stderr, kind) => {
		expect(pushFailure(stderr)).toBe(kind);
	});

	it("keeps ssh's own line when it cannot connect", () => {
		expect(
			pushErrorLines(
				'ssh: connect to host github.com port 22: Network is unreachable\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights',
			),
		).toEqual([
			'ssh: connect to host github.com port 22: Network is unreachable',
			'fatal: Could not read from remote repository.',
		]);
	});

	it("keeps git's error lines, not its hints", () => {
		expect(
			pushErrorLines(
				"To /tmp/r\n ! [remote rejected] main -> main (pre-receive hook declined)\nerror: failed to push some refs to '/tmp/r'\nhint: Updates were rejected",
			),
		).toEqual([
			' ! [remote rejected] main -> main (pre-receive hook declined)',
			"error: failed to push some refs to '/tmp/r'",
		]);
	});
});

describe('publish reads its command line without a stack trace', () => {
	it.each([
		[
			['--foo'],
			'en_GB.UTF-8',
			'✗ --foo is not an option of npm run publish. Nothing was done. It takes only the language of its messages, e.g. npm run publish -- --lang bn',
		],
		[
			['--foo'],
			'bn_BD.UTF-8',
			'✗ --foo npm run publish-এর কোনো অপশন নয়। কিছুই করা হয়নি। এটি শুধু বার্তার ভাষা নেয়, যেমন npm run publish -- --lang bn',
		],
		[
			['--lang', 'xx'],
			'en_GB.UTF-8',
			'✗ --lang "xx": use bn (Bengali) or en (English), e.g. npm run publish -- --lang bn. Nothing was done.',
		],
		[
			['--lang', 'xx'],
			'bn_BD.UTF-8',
			'✗ --lang "xx": bn (বাংলা) বা en (ইংরেজি) লিখুন, যেমন npm run publish -- --lang bn। কিছুই করা হয়নি।',
		],
	])('%j under %s', (argv, LANG, message) => {
		const lines: string[] = [];
		vi.spyOn(console, 'error').mockImplementation((line: unknown) => void lines.push(String(line)));
		expect(readPublishArgs(argv, { LANG })).toEqual({ status: 2 });
		expect(lines).toEqual([message]);
	});

	it('exits 2 as a command, changing nothing', () => {
		addEntry('more-news');
		const before = { files: files(), head: git('rev-parse', 'HEAD') };
		const { status, output } = publish({}, '--lang', 'xx');
		expect(status).toBe(2);
		expect(output).not.toMatch(/at .*\.ts:\d+/); // no stack trace
		expect(files()).toEqual(before.files);
		expect(git('rev-parse', 'HEAD')).toBe(before.head);
	});
});
