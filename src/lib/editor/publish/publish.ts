/**
 * The editors' publish step (`npm run publish [-- --lang bn]`, scripts/publish.ts): an editor's one step from a saved story to the public site.
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
import { parseArgs } from 'node:util';
import type { Lang } from '../../../i18n/locales';
import { publishMessages as MESSAGES, type Pending } from '../../../i18n/messages/publish';
import { readStoryFile } from '../../story/readStoryFile';
import { checkContent } from '../cli/checkContent';
import { editorLang } from '../editorLang';
import { pushErrorLines, pushFailure } from './pushFailure';

/** `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG): Bengali when it starts with `bn`. */
export function publishLang(flag: string | undefined, env = process.env): Lang {
	return editorLang(flag, env);
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
