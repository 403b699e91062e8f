import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { messagesBn } from '../../i18n/messages/bn';
import { messagesEn } from '../../i18n/messages/en';
import type { ContentProblem } from '../story/formatContentErrors';
import type { EditorMessages } from '../../i18n/messages/catalog';
import type { FolderResult, checkStoryFolder } from './checkStoryFolder';
import { folderDigest, type StoryCheckStore } from './storyCheckStore';

/** What `validateStories` found. */
export interface ValidationReport {
	problems: ContentProblem[];
	/** Story folders checked. */
	stories: number;
	/** Edition files checked. */
	editions: number;
	/** Stories marked `draft: true`: checked, not published. */
	drafts: string[];
}

/**
 * Checks every story under `dir` (`<dir>/<slug>/<lang>.mdx`) the way the build would, without
 * building: frontmatter YAML, the story schema, the editions together and the MDX text. Returns
 * every problem at once, each naming the file and line. Paths in messages are relative to `cwd`.
 * With a `cache` (kept between calls), only the story folders whose files changed are read again;
 * with a `stored` check (kept on disk between runs, storyCheckStore.ts), only the folders whose
 * contents changed. The checks themselves (checkStoryFolder.ts) are imported on the first folder
 * neither holds, unless given as `checkFolder`.
 */
export async function validateStories(
	dir: string,
	cwd = process.cwd(),
	{ cache, stored, checkFolder }: ValidateOptions = {},
): Promise<ValidationReport> {
	const problems: ContentProblem[] = [];
	const drafts: string[] = [];
	const show = (path: string) => relative(cwd, path).split(sep).join('/') || '.';
	let stories = 0;
	let editions = 0;
	let folders: string[];
	try {
		folders = readdirSync(dir).sort();
	} catch {
		return {
			problems: [
				{
					file: show(dir),
					message: messagesEn.noFolder(show(dir)),
					bn: messagesBn.noFolder(show(dir)),
				},
			],
			stories: 0,
			editions: 0,
			drafts,
		};
	}
	// What the site would skip in silence: a folder starting with a dot, a file among the stories.
	const skipped = new Set<string>();
	for (const name of folders) {
		const hidden = name.startsWith('.');
		const folder = statSync(join(dir, name)).isDirectory();
		if (folder && !hidden) continue;
		skipped.add(name);
		// Files such as .DS_Store or .gitkeep are the system's, not an editor's.
		if (!folder && hidden) continue;
		const say = (m: EditorMessages) =>
			folder ? m.schema.dotFolder(name) : m.schema.notAFolder(name);
		problems.push({ file: show(join(dir, name)), message: say(messagesEn), bn: say(messagesBn) });
	}
	folders = folders.filter((name) => !skipped.has(name));
	for (const slug of folders) {
		stories++;
		const folder = join(dir, slug);
		// Messages name files relative to cwd, so a result holds only for the same cwd.
		const files = cache ? folderSignature(folder) : undefined;
		const signature = files === undefined ? undefined : `${cwd}\u0002${files}`;
		const held = signature === undefined ? undefined : cache?.get(folder);
		let result = held && held.signature === signature ? held.result : undefined;
		const digest = stored && !result ? folderDigest(folder) : undefined;
		if (digest !== undefined) result = stored?.get(show(folder), digest);
		if (!result) {
			const check = checkFolder ?? (await checks()).checkStoryFolder;
			result = await check(folder, slug, show);
			// Stored only if the folder did not change while it was read.
			if (digest !== undefined && folderDigest(folder) === digest) {
				stored?.set(show(folder), digest, result);
			}
		}
		if (cache && signature !== undefined) cache.set(folder, { signature, result });
		problems.push(...result.problems);
		editions += result.editions;
		if (result.draft) drafts.push(slug);
	}
	if (cache) {
		const present = new Set(folders.map((slug) => join(dir, slug)));
		for (const folder of cache.keys()) if (!present.has(folder)) cache.delete(folder);
	}
	return { problems, stories, editions, drafts };
}

/** What `validateStories` may be given besides the folder. */
export interface ValidateOptions {
	/** Results of earlier calls in this process, by the files' times (astro dev). */
	cache?: ValidationCache | undefined;
	/** Results of earlier runs, by the files' contents (check:content). */
	stored?: StoryCheckStore | undefined;
	/**
	 * The checks, already imported. `astro dev` passes them: its integrations are loaded through a
	 * module runner that is closed once the config is read, so a later `import()` there fails.
	 */
	checkFolder?: typeof checkStoryFolder | undefined;
}

let checkModule: Promise<typeof import('./checkStoryFolder')> | undefined;
/** The checks of one folder, imported once, when a folder is first checked. */
const checks = () => (checkModule ??= import('./checkStoryFolder'));

/**
 * Results of `validateStories` by story folder, to pass to the next call with the same `dir`: a
 * folder whose files have not changed (same names, sizes, times and inodes) is not read again. `astro dev`
 * checks every story after each save; with 1,000 stories, reading them all took seconds.
 */
export type ValidationCache = Map<string, { signature: string; result: FolderResult }>;

/** The folder's files with their sizes and change times; undefined if it cannot be read. */
function folderSignature(folder: string): string | undefined {
	try {
		return readdirSync(folder)
			.sort()
			.map((name) => {
				const stat = statSync(join(folder, name));
				return `${name}\u0000${stat.size}\u0000${stat.mtimeMs}\u0000${stat.ctimeMs}\u0000${stat.ino}`;
			})
			.join('\u0001');
	} catch {
		return undefined;
	}
}
