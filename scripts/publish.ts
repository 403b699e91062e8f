/**
 * `npm run publish [-- --lang bn]`: an editor's one step from a saved story to the public site.
 * Checks every story (as `npm run check:content`), commits the changed story files with a message
 * naming each story and its new, changed and removed entries, pushes where a remote is set (CI
 * then takes the content lane and deploys, docs/DEPLOY.md), and prints where the change will
 * appear. Refuses, changing nothing, when the check fails, when there is nothing to publish, or
 * when files outside content/ have changes (those are not an editor's to publish). Messages in
 * English, or in Bengali with `--lang bn` or a Bengali locale (LANG=bn_BD.UTF-8).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readStoryFile } from '../src/lib/story/readStoryFile';
import { checkContent } from './check-content';

type Lang = 'bn' | 'en';

const MESSAGES = {
	en: {
		notRepo: 'This folder is not a git repository: run npm run publish in the Somoyrekha folder.',
		outside: (files: string[]) =>
			`Not published: these files outside content/ have changes, and only story files are an editor's to publish:\n${files.map((f) => `  ${f}`).join('\n')}\nAsk a developer, or undo them (git restore <file>), then run npm run publish again.`,
		nothing: 'Nothing to publish: no story file under content/ has changed since the last publish.',
		checkFailed:
			'Not published: the check found problems (above). Fix them, save, and run npm run publish again.',
		committed: (message: string) => `✓ Committed: ${message}`,
		pushed: (remote: string) =>
			`✓ Pushed to ${remote}. The site is rebuilt and deployed in about a minute.`,
		noRemote:
			'No remote is set: the change is committed here only. Push it when you can (git push).',
		pushFailed:
			'The push failed (above). The change is committed; run git push when the network is back.',
		where: 'It will appear at:',
	},
	bn: {
		notRepo: 'এই ফোল্ডারটি git রিপোজিটরি নয়: সময়রেখা ফোল্ডারে গিয়ে npm run publish চালান।',
		outside: (files: string[]) =>
			`প্রকাশ হয়নি: content/-এর বাইরের এই ফাইলগুলোতে পরিবর্তন আছে; সম্পাদক শুধু প্রতিবেদনের ফাইল প্রকাশ করেন:\n${files.map((f) => `  ${f}`).join('\n')}\nএকজন ডেভেলপারকে জানান, অথবা পরিবর্তনগুলো ফিরিয়ে নিন (git restore <ফাইল>), তারপর আবার npm run publish চালান।`,
		nothing: 'প্রকাশ করার কিছু নেই: শেষ প্রকাশের পর content/-এর কোনো প্রতিবেদন ফাইল বদলায়নি।',
		checkFailed:
			'প্রকাশ হয়নি: যাচাইয়ে সমস্যা পাওয়া গেছে (উপরে দেখুন)। ঠিক করে সংরক্ষণ করুন, তারপর আবার npm run publish চালান।',
		committed: (message: string) => `✓ কমিট হয়েছে: ${message}`,
		pushed: (remote: string) =>
			`✓ ${remote}-এ পাঠানো হয়েছে। মিনিটখানেকের মধ্যে সাইট নতুন করে তৈরি হয়ে প্রকাশিত হবে।`,
		noRemote: 'কোনো রিমোট নেই: পরিবর্তনটি শুধু এখানে কমিট হয়েছে। সুযোগমতো পাঠান (git push)।',
		pushFailed: 'পাঠানো যায়নি (উপরে দেখুন)। পরিবর্তনটি কমিট হয়ে আছে; নেটওয়ার্ক ফিরলে git push চালান।',
		where: 'যেখানে দেখা যাবে:',
	},
} satisfies Record<Lang, Record<string, unknown>>;

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
	if (!paths.length) {
		console.error(t.nothing);
		return 1;
	}
	if ((await checkContent(join(cwd, 'content', 'stories'))) !== 0) {
		console.error(`\n${t.checkFailed}`);
		return 1;
	}
	const bySlug = new Map<string, string[]>();
	for (const path of paths) {
		const slug = /^content\/stories\/([^/]+)\//.exec(path)?.[1] ?? path;
		bySlug.set(slug, [...(bySlug.get(slug) ?? []), path]);
	}
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
	git('add', '--all', '--', 'content');
	git('commit', '--quiet', '-m', message);
	console.log(t.committed(message));
	const remotes = git('remote').split('\n').filter(Boolean);
	if (!remotes.length) console.log(t.noRemote);
	else {
		const remote = remotes.includes('origin') ? 'origin' : remotes[0]!;
		try {
			execFileSync('git', ['push', '--quiet', remote, 'HEAD'], { cwd, stdio: 'inherit' });
			console.log(t.pushed(remote));
		} catch {
			console.error(t.pushFailed);
			return 1;
		}
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

/** A file as the last commit has it; undefined for a new file. */
function headVersion(git: (...args: string[]) => string, file: string): string | undefined {
	try {
		return git('show', `HEAD:${file}`);
	} catch {
		return undefined;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { values } = parseArgs({ options: { lang: { type: 'string' } } });
	process.exitCode = await publish(publishLang(values.lang));
}
