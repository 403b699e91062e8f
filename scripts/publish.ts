/**
 * `npm run publish [-- --lang bn]`: an editor's one step from a saved story to the public site.
 * Checks every story as `npm run check:content` does (the check the content lane's build runs
 * first: frontmatter, times and the story text), commits the changed story files with a message
 * naming each story and its new, changed and removed entries, pushes them (CI then takes the
 * content lane and deploys, docs/DEPLOY.md), and prints where the change will appear. Commits an
 * earlier run could not push are named and pushed with it. Refuses, changing nothing, when the
 * check fails, when there is nothing to publish, when there is no remote to push to, or when
 * files outside content/ have changes (those are not an editor's to publish); when the push
 * fails, says why (refused by the remote, the login, the network) and exits non-zero, the change
 * committed for the next run. Messages in English, or in Bengali with `--lang bn` or a Bengali
 * locale (LANG=bn_BD.UTF-8). */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readStoryFile } from '../src/lib/story/readStoryFile';
import { bengaliDigits } from '../src/i18n/bengaliDigits';
import { checkContent } from './check-content';
import { pushErrorLines, pushFailure, type PushFailure } from './lib/pushFailure';

type Lang = 'bn' | 'en';

/** A commit not yet on the remote: its short hash and subject. */
interface Pending {
	hash: string;
	subject: string;
}
const listed = (lines: readonly string[]) => lines.map((line) => `  ${line}`).join('\n');
const commits = (pending: readonly Pending[]) =>
	listed(pending.map((c) => `${c.hash} ${c.subject}`));

const en = {
	notRepo: 'This folder is not a git repository: run npm run publish in the Somoyrekha folder.',
	outside: (files: string[]) =>
		`Not published: these files outside content/ have changes, and only story files are an editor's to publish:\n${listed(files)}\nAsk a developer, or undo them (git restore <file>), then run npm run publish again.`,
	pendingOutside: (remote: string, pending: Pending[], files: string[]) =>
		`Not published: these commits are not yet on ${remote}, and they change files outside content/, which are not an editor's to publish:\n${commits(pending)}\nFiles: ${files.join(', ')}\nAsk a developer to push them, then run npm run publish again.`,
	nothing: (remote: string) =>
		`Nothing to publish: no story file under content/ has changed, and every commit is on ${remote} already.`,
	noRemote:
		'Not published: this copy has no remote to push to (git remote), so the site cannot get the change. Nothing was committed. Ask a developer to set one (git remote add origin <address>), then run npm run publish again.',
	checkFailed:
		'Not published: the check found problems (above). Fix them, save, and run npm run publish again.',
	commitFailed: (reason: string) =>
		`Not published: git could not commit the change (${reason}). Nothing was committed. If git asks who you are, run git config user.name "Your Name" and git config user.email you@example.org, then run npm run publish again.`,
	committed: (message: string) => `✓ Committed: ${message}`,
	pending: (remote: string, pending: Pending[]) =>
		`Committed by an earlier run but not yet on ${remote}; pushing ${pending.length === 1 ? 'it' : 'them'} now:\n${commits(pending)}`,
	pushed: (remote: string) =>
		`✓ Pushed to ${remote}. The site is rebuilt and deployed in about a minute.`,
	pushFailed: {
		behind: (remote: string) =>
			`Not published: ${remote} refused the push because it has changes this copy does not have (someone else published first).`,
		refused: (remote: string) =>
			`Not published: ${remote} refused the push (its reason is below): a protected branch, a check on the server, or no right to push.`,
		login: (remote: string) =>
			`Not published: ${remote} refused your login (password, token or SSH key).`,
		network: (remote: string) =>
			`Not published: could not reach ${remote} (no network, or a wrong address for the remote).`,
		other: (remote: string) => `Not published: the push to ${remote} failed (git's words below).`,
	} satisfies Record<PushFailure, (remote: string) => string>,
	gitSaid: 'git said:',
	pushFix: {
		behind: 'Run git pull --rebase, then npm run publish again.',
		refused: 'Ask a developer to let the push through, then run npm run publish again.',
		login: 'Sign in again (or ask a developer for access), then run npm run publish again.',
		network: 'When the network is back, run npm run publish again.',
		other: 'Show this to a developer, or run npm run publish again later.',
	} satisfies Record<PushFailure, string>,
	keptForNextRun: (count: number) =>
		`The change is committed here (${count} ${count === 1 ? 'commit' : 'commits'} not yet on the remote); the next npm run publish pushes ${count === 1 ? 'it' : 'them'}.`,
	where: 'It will appear at:',
	badOption: (option: string) =>
		`✗ ${option} is not an option of npm run publish. Nothing was done. It takes only the language of its messages, e.g. npm run publish -- --lang bn`,
	badLang: (value: string) =>
		`✗ --lang "${value}": use bn (Bengali) or en (English), e.g. npm run publish -- --lang bn. Nothing was done.`,
};

const bn: typeof en = {
	notRepo: 'এই ফোল্ডারটি git রিপোজিটরি নয়: সময়রেখা ফোল্ডারে গিয়ে npm run publish চালান।',
	outside: (files) =>
		`প্রকাশ হয়নি: content/-এর বাইরের এই ফাইলগুলোতে পরিবর্তন আছে; সম্পাদক শুধু প্রতিবেদনের ফাইল প্রকাশ করেন:\n${listed(files)}\nএকজন ডেভেলপারকে জানান, অথবা পরিবর্তনগুলো ফিরিয়ে নিন (git restore <ফাইল>), তারপর আবার npm run publish চালান।`,
	pendingOutside: (remote, pending, files) =>
		`প্রকাশ হয়নি: এই কমিটগুলো এখনও ${remote}-এ যায়নি, আর এগুলো content/-এর বাইরের ফাইল বদলায়, যা সম্পাদকের প্রকাশ করার নয়:\n${commits(pending)}\nফাইল: ${files.join(', ')}\nএকজন ডেভেলপারকে এগুলো পাঠাতে বলুন, তারপর আবার npm run publish চালান।`,
	nothing: (remote) =>
		`প্রকাশ করার কিছু নেই: content/-এর কোনো প্রতিবেদন ফাইল বদলায়নি, আর সব কমিট আগেই ${remote}-এ পাঠানো হয়েছে।`,
	noRemote:
		'প্রকাশ হয়নি: এই কপির কোনো রিমোট নেই (git remote), তাই সাইট পরিবর্তনটি পাবে না। কিছুই কমিট হয়নি। একজন ডেভেলপারকে রিমোট ঠিক করে দিতে বলুন (git remote add origin <ঠিকানা>), তারপর আবার npm run publish চালান।',
	checkFailed:
		'প্রকাশ হয়নি: যাচাইয়ে সমস্যা পাওয়া গেছে (উপরে দেখুন)। ঠিক করে সংরক্ষণ করুন, তারপর আবার npm run publish চালান।',
	commitFailed: (reason) =>
		`প্রকাশ হয়নি: git পরিবর্তনটি কমিট করতে পারেনি (${reason})। কিছুই কমিট হয়নি। git যদি জানতে চায় আপনি কে, তাহলে git config user.name "আপনার নাম" আর git config user.email you@example.org চালান, তারপর আবার npm run publish চালান।`,
	committed: (message) => `✓ কমিট হয়েছে: ${message}`,
	pending: (remote, pending) =>
		`আগের একবারের চেষ্টায় কমিট হয়েছে, কিন্তু এখনও ${remote}-এ যায়নি; এখন পাঠানো হচ্ছে:\n${commits(pending)}`,
	pushed: (remote) =>
		`✓ ${remote}-এ পাঠানো হয়েছে। মিনিটখানেকের মধ্যে সাইট নতুন করে তৈরি হয়ে প্রকাশিত হবে।`,
	pushFailed: {
		behind: (remote) =>
			`প্রকাশ হয়নি: ${remote} পাঠানো ফিরিয়ে দিয়েছে, কারণ সেখানে এমন পরিবর্তন আছে যা এই কপিতে নেই (অন্য কেউ আগে প্রকাশ করেছেন)।`,
		refused: (remote) =>
			`প্রকাশ হয়নি: ${remote} পাঠানো ফিরিয়ে দিয়েছে (কারণ নিচে): সুরক্ষিত ব্রাঞ্চ, সার্ভারের কোনো যাচাই, অথবা পাঠানোর অনুমতি নেই।`,
		login: (remote) => `প্রকাশ হয়নি: ${remote} আপনার লগইন গ্রহণ করেনি (পাসওয়ার্ড, টোকেন বা SSH কী)।`,
		network: (remote) =>
			`প্রকাশ হয়নি: ${remote}-এর সঙ্গে যোগাযোগ করা যায়নি (নেটওয়ার্ক নেই, অথবা রিমোটের ঠিকানা ভুল)।`,
		other: (remote) => `প্রকাশ হয়নি: ${remote}-এ পাঠানো ব্যর্থ হয়েছে (git-এর কথা নিচে)।`,
	},
	gitSaid: 'git যা বলেছে:',
	pushFix: {
		behind: 'git pull --rebase চালান, তারপর আবার npm run publish চালান।',
		refused: 'একজন ডেভেলপারকে পাঠানোর অনুমতি দিতে বলুন, তারপর আবার npm run publish চালান।',
		login: 'আবার লগইন করুন (অথবা ডেভেলপারের কাছে অনুমতি চান), তারপর আবার npm run publish চালান।',
		network: 'নেটওয়ার্ক ফিরলে আবার npm run publish চালান।',
		other: 'এটি একজন ডেভেলপারকে দেখান, অথবা পরে আবার npm run publish চালান।',
	},
	keptForNextRun: (count) =>
		`পরিবর্তনটি এখানে কমিট হয়ে আছে (${bengaliDigits(count)}টি কমিট এখনও রিমোটে যায়নি); পরের বার npm run publish চালালে পাঠানো হবে।`,
	where: 'যেখানে দেখা যাবে:',
	badOption: (option) =>
		`✗ ${option} npm run publish-এর কোনো অপশন নয়। কিছুই করা হয়নি। এটি শুধু বার্তার ভাষা নেয়, যেমন npm run publish -- --lang bn`,
	badLang: (value) =>
		`✗ --lang "${value}": bn (বাংলা) বা en (ইংরেজি) লিখুন, যেমন npm run publish -- --lang bn। কিছুই করা হয়নি।`,
};

const MESSAGES = { en, bn } satisfies Record<Lang, typeof en>;

/** `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG): Bengali when it starts with `bn`. */
export function publishLang(flag: string | undefined, env = process.env): Lang {
	if (flag === 'bn' || flag === 'en') return flag;
	const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
	return locale.startsWith('bn') ? 'bn' : 'en';
}

/** The timeline entries of one edition file's frontmatter, by id (empty when unreadable). */
function entriesOf(source: string | undefined): Map<string, string> {
	const read = source === undefined ? undefined : readStoryFile(source);
	if (!read || 'problem' in read) return new Map();
	const data = read.file.data as { timeline?: { id?: unknown }[] } | null;
	return new Map(
		(Array.isArray(data?.timeline) ? data.timeline : [])
			.filter((entry) => typeof entry?.id === 'string')
			.map((entry) => [entry.id as string, JSON.stringify(entry)]),
	);
}

/**
 * What changed in one story, from its edition files before and after, as a commit message part,
 * e.g. `meta-outage-2024-03-05: new entries ceo-post, restored; changed india-logout`.
 */
export function describeStoryChange(
	slug: string,
	files: { before: string | undefined; after: string | undefined }[],
): string {
	const added = new Set<string>();
	const changed = new Set<string>();
	const removed = new Set<string>();
	for (const { before, after } of files) {
		const old = entriesOf(before);
		const now = entriesOf(after);
		for (const [id, entry] of now) {
			if (!old.has(id)) added.add(id);
			else if (old.get(id) !== entry) changed.add(id);
		}
		for (const id of old.keys()) if (!now.has(id)) removed.add(id);
	}
	for (const id of added) {
		changed.delete(id);
		removed.delete(id);
	}
	for (const id of changed) removed.delete(id);
	const parts = [
		added.size && `new ${added.size === 1 ? 'entry' : 'entries'} ${[...added].join(', ')}`,
		changed.size && `changed ${[...changed].join(', ')}`,
		removed.size && `removed ${[...removed].join(', ')}`,
	].filter(Boolean);
	return `${slug}: ${parts.length ? parts.join('; ') : 'text changed'}`;
}

/** The address of a story's page in one language, from SITE_URL and BASE_PATH. */
export function storyAddress(slug: string, lang: Lang, env = process.env): string {
	const site = env['SITE_URL'] || 'https://somoyrekha.example';
	const base = (env['BASE_PATH'] || '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
	return new URL(`${base}${lang}/${slug}/`, site).href;
}

/** Runs the publish in `cwd`; resolves to the exit status. */
export async function publish(lang: Lang, cwd = process.cwd()): Promise<number> {
	const t = MESSAGES[lang];
	const git = (...args: string[]) =>
		execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	try {
		git('rev-parse', '--git-dir');
	} catch {
		console.error(t.notRepo);
		return 1;
	}
	const status = git('status', '--porcelain=v1', '-z', '--untracked-files=all')
		.split('\0')
		.filter(Boolean);
	const paths: string[] = [];
	for (let i = 0; i < status.length; i++) {
		const entry = status[i]!;
		paths.push(entry.slice(3));
		if (/^[RC]/.test(entry)) paths.push(status[++i]!); // a rename's old name follows it
	}
	const outside = paths.filter((path) => !path.startsWith('content/'));
	if (outside.length) {
		console.error(t.outside(outside));
		return 1;
	}
	// Where the change goes: without a remote the site never gets it, so nothing is committed.
	const remotes = git('remote').split('\n').filter(Boolean);
	if (!remotes.length) {
		console.error(t.noRemote);
		return 1;
	}
	const remote = remotes.includes('origin') ? 'origin' : remotes[0]!;
	// Commits an earlier run made but could not push (as far as this copy knows the remote).
	const pending = pendingCommits(git, remote);
	const pendingFiles = pending.length
		? [
				...new Set(
					git('log', '--format=', '--name-only', 'HEAD', '--not', `--remotes=${remote}`)
						.split('\n')
						.filter(Boolean),
				),
			]
		: [];
	const pendingOutside = pendingFiles.filter((path) => !path.startsWith('content/'));
	if (pendingOutside.length) {
		console.error(t.pendingOutside(remote, pending, pendingOutside));
		return 1;
	}
	if (!paths.length && !pending.length) {
		console.error(t.nothing(remote));
		return 1;
	}
	// The check the content lane's build starts with, on the stories as they will be pushed.
	if ((await checkContent(join(cwd, 'content', 'stories'), lang)) !== 0) {
		console.error(`\n${t.checkFailed}`);
		return 1;
	}
	const bySlug = new Map<string, string[]>();
	for (const path of paths) {
		const slug = /^content\/stories\/([^/]+)\//.exec(path)?.[1] ?? path;
		bySlug.set(slug, [...(bySlug.get(slug) ?? []), path]);
	}
	if (paths.length) {
		const parts = [...bySlug].map(([slug, files]) =>
			describeStoryChange(
				slug,
				files
					.filter((file) => file.endsWith('.mdx'))
					.map((file) => ({
						before: headVersion(git, file),
						after: existsSync(join(cwd, file)) ? readFileSync(join(cwd, file), 'utf8') : undefined,
					})),
			),
		);
		const message = `Story ${parts.join('; story ')}`;
		try {
			git('add', '--all', '--', 'content');
			git('commit', '--quiet', '-m', message);
		} catch (error) {
			// Nothing half-done: what `git add` staged goes back, the files stay as the editor saved them.
			spawnSync('git', ['reset', '--quiet', '--', 'content'], { cwd, stdio: 'ignore' });
			const lines = pushErrorLines((error as { stderr?: string }).stderr ?? '');
			console.error(t.commitFailed(lines.join(' ') || String(error)));
			return 1;
		}
		console.log(t.committed(message));
	}
	if (pending.length) console.log(t.pending(remote, pending));
	const push = spawnSync('git', ['push', '--quiet', remote, 'HEAD'], {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (push.status !== 0) {
		const why = pushFailure(`${push.stderr}\n${push.error?.message ?? ''}`);
		const lines = pushErrorLines(push.stderr ?? '');
		console.error(t.pushFailed[why](remote));
		if (lines.length)
			console.error(`${t.gitSaid}\n${lines.map((l) => `  ${l.trim()}`).join('\n')}`);
		console.error(t.keptForNextRun(pendingCommits(git, remote).length));
		console.error(t.pushFix[why]);
		return 1;
	}
	console.log(t.pushed(remote));
	for (const path of pendingFiles) {
		const slug = /^content\/stories\/([^/]+)\//.exec(path)?.[1];
		if (slug && !bySlug.has(slug)) bySlug.set(slug, [path]);
	}
	console.log(t.where);
	for (const slug of bySlug.keys()) {
		for (const edition of ['bn', 'en'] as const) {
			if (existsSync(join(cwd, 'content', 'stories', slug, `${edition}.mdx`))) {
				console.log(`  ${storyAddress(slug, edition)}`);
			}
		}
	}
	return 0;
}

/** The commits on HEAD that no branch of `remote` has, oldest first (none before a first commit). */
function pendingCommits(git: (...args: string[]) => string, remote: string): Pending[] {
	try {
		git('rev-parse', '--verify', '--quiet', 'HEAD');
	} catch {
		return [];
	}
	return git('log', '--reverse', '--format=%h %s', 'HEAD', '--not', `--remotes=${remote}`)
		.split('\n')
		.filter(Boolean)
		.map((line) => ({
			hash: line.slice(0, line.indexOf(' ')),
			subject: line.slice(line.indexOf(' ') + 1),
		}));
}

/** A file as the last commit has it; undefined for a new file. */
function headVersion(git: (...args: string[]) => string, file: string): string | undefined {
	try {
		return git('show', `HEAD:${file}`);
	} catch {
		return undefined;
	}
}

/**
 * Reads the command line: the language, or a message and status 2 for an unknown option or
 * language (not a stack trace), e.g. `--lang xx` → `✗ --lang "xx": …`.
 */
export function readPublishArgs(argv: string[], env = process.env): { lang: Lang } | { status: 2 } {
	let flag: string | undefined;
	try {
		flag = parseArgs({ args: argv, options: { lang: { type: 'string' } } }).values.lang;
	} catch (error) {
		const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? argv.join(' ');
		console.error(MESSAGES[publishLang(undefined, env)].badOption(option));
		return { status: 2 };
	}
	if (flag !== undefined && flag !== 'bn' && flag !== 'en') {
		console.error(MESSAGES[publishLang(undefined, env)].badLang(flag));
		return { status: 2 };
	}
	return { lang: publishLang(flag, env) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const args = readPublishArgs(process.argv.slice(2));
	process.exitCode = 'status' in args ? args.status : await publish(args.lang);
}
