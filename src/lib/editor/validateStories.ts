import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isLang, type Lang } from '../../i18n/locales';
import { checkEditions, type EditionSummary } from '../story/checkEditions';
import { describeIssue, placeLabel } from '../story/describeIssue';
import { checkBody, type BodyReport } from './checkBody';
import { messagesBn } from '../../i18n/messages/bn';
import { messagesEn } from '../../i18n/messages/en';
import { checkPlausibility } from './plausibility';
import { findUnsafeCharacter } from './unsafeCharacters';
import type { ContentProblem } from '../story/formatContentErrors';
import { editionSchemaIn } from '../story/storySchema';
import type { EditorMessages } from '../../i18n/messages/catalog';
import { readStoryFile } from '../story/readStoryFile';
import { ID_FORM } from '../story/idForm';

export { STORY_COMPONENTS } from './checkBody';

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

interface ParsedEdition {
	lang: Lang;
	file: string;
	data: unknown;
	/** Line of each `<PostQuote entry="…">` in the text, to check the entry exists. */
	quotes: BodyReport['quotes'];
}

/**
 * Checks every story under `dir` (`<dir>/<slug>/<lang>.mdx`) the way the build would, without
 * building: frontmatter YAML, the story schema, the editions together and the MDX text. Returns
 * every problem at once, each naming the file and line. Paths in messages are relative to `cwd`.
 * With a `cache` (kept between calls), only the story folders whose files changed are read again.
 */
export async function validateStories(
	dir: string,
	cwd = process.cwd(),
	cache?: ValidationCache,
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
		const result =
			held && held.signature === signature
				? held.result
				: await checkStoryFolder(folder, slug, show);
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

/** What the checks found in one story folder. */
interface FolderResult {
	problems: ContentProblem[];
	editions: number;
	draft: boolean;
}

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

/** Checks one story folder: its name, every edition file, the editions together, the quotes. */
async function checkStoryFolder(
	folder: string,
	slug: string,
	show: (path: string) => string,
): Promise<FolderResult> {
	const problems: ContentProblem[] = [];
	let editions = 0;
	let draft = false;
	if (!ID_FORM.test(slug)) {
		problems.push({
			file: `${show(folder)}/`,
			message: messagesEn.schema.folderName(slug),
			bn: messagesBn.schema.folderName(slug),
		});
	}
	const parsed: ParsedEdition[] = [];
	// An edition whose frontmatter cannot be read says nothing about the others: checking them
	// together would report false problems ("bn.mdx does not exist", "the English edition is missing").
	let unreadable = false;
	for (const name of readdirSync(folder).sort()) {
		const file = join(folder, name);
		const lang = name.replace(/\.mdx$/, '');
		if (!/\.mdx?$/.test(name)) continue;
		if (!name.endsWith('.mdx') || !isLang(lang)) {
			problems.push({
				file: show(file),
				message: messagesEn.schema.editionFileName(`${show(folder)}/en.mdx`),
				bn: messagesBn.schema.editionFileName(`${show(folder)}/en.mdx`),
			});
			continue;
		}
		editions++;
		const edition = await checkEditionFile(file, lang, show(file), problems);
		if (edition) parsed.push(edition);
		else unreadable = true;
	}
	if (unreadable) return { problems, editions, draft };
	if (!parsed.length) {
		if (!problems.some((p) => p.file.startsWith(show(folder)))) {
			problems.push({
				file: `${show(folder)}/`,
				message: messagesEn.schema.noEdition(`${show(folder)}/bn.mdx`),
				bn: messagesBn.schema.noEdition(`${show(folder)}/bn.mdx`),
			});
		}
		return { problems, editions, draft };
	}
	const summaries: EditionSummary[] = parsed.map((e) => ({
		lang: e.lang,
		translationOf: field(e.data, 'translationOf'),
		translationPending: field(e.data, 'translationPending'),
	}));
	problems.push(...checkEditions(show(folder), summaries));
	const original = parsed.filter((e) => field(e.data, 'translationOf') === undefined);
	if (original.length === 1) {
		const data = original[0]!.data as { draft?: unknown; timeline?: unknown };
		draft = data.draft === true;
		checkQuotes(parsed, data.timeline, problems);
	}
	return { problems, editions, draft };
}

const field = (data: unknown, key: string): string | undefined => {
	const value = (data as Record<string, unknown> | null | undefined)?.[key];
	return typeof value === 'string' ? value : undefined;
};

/** Checks one edition file, adding its problems; returns what the story-level checks need. */
async function checkEditionFile(
	path: string,
	lang: Lang,
	file: string,
	problems: ContentProblem[],
): Promise<ParsedEdition | undefined> {
	const read = readStoryFile(readFileSync(path, 'utf8'));
	if ('problem' in read) {
		problems.push({ file, ...read.problem });
		return undefined;
	}
	const { data, body, positionOf } = read.file;
	const bodyReport = await checkBody(body, file);
	problems.push(...bodyReport.problems);
	const lineOf = (at: readonly PropertyKey[]) => positionOf(at)?.line;
	const unsafe = checkCharacters(data, file, lineOf);
	problems.push(...unsafe);
	const result = editionSchemaIn('en').safeParse(data);
	if (!result.success) {
		// The same rules in Bengali give the same issues in the same order, worded in Bengali.
		const inBengali = editionSchemaIn('bn').safeParse(data).error?.issues ?? [];
		result.error.issues.forEach((issue, i) => {
			problems.push({
				file,
				line: lineOf(issue.path),
				message: describeIssue(data, issue),
				bn: describeIssue(data, inBengali[i] ?? issue, 'bn'),
			});
		});
	} else if (!unsafe.length && result.data.translationOf === undefined) {
		for (const found of checkPlausibility(result.data)) {
			problems.push({ file, line: lineOf(found.path), ...found });
		}
		// A published story claims neither state without its editor's word (a draft is still being written).
		const { status, draft, timeline = [] } = result.data;
		if (!draft && status === undefined && !timeline.some((e) => e.kind === 'restoration')) {
			problems.push({
				file,
				line: lineOf(['zone']),
				message: messagesEn.schema.statusMissing,
				bn: messagesBn.schema.statusMissing,
				warning: true,
			});
		}
	}
	if (!bodyReport.hasTimeline && !bodyReport.problems.length) {
		problems.push({ file, message: messagesEn.bodyNoTimeline, bn: messagesBn.bodyNoTimeline });
	}
	return { lang, file, data, quotes: bodyReport.quotes };
}

/** Every text value of the frontmatter with a control character or an open direction mark. */
function checkCharacters(
	data: unknown,
	file: string,
	lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ContentProblem[] {
	const found: ContentProblem[] = [];
	const walk = (value: unknown, path: (string | number)[]) => {
		if (typeof value === 'string') {
			const unsafe = findUnsafeCharacter(value);
			if (!unsafe) return;
			const en = placeLabel(data, path, 'en') || 'The frontmatter';
			const bn = placeLabel(data, path, 'bn') || 'ফ্রন্টম্যাটার';
			found.push({
				file,
				line: lineOf(path),
				message:
					unsafe.kind === 'control'
						? messagesEn.controlChar(en, unsafe.code)
						: messagesEn.bidiUnbalanced(en),
				bn:
					unsafe.kind === 'control'
						? messagesBn.controlChar(bn, unsafe.code)
						: messagesBn.bidiUnbalanced(bn),
			});
		} else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
		else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
		}
	};
	walk(data, []);
	return found;
}

/** Every `<PostQuote entry="…">` must name an entry of the timeline that has a quote. */
function checkQuotes(
	parsed: readonly ParsedEdition[],
	timeline: unknown,
	problems: ContentProblem[],
): void {
	const entries = (Array.isArray(timeline) ? timeline : []) as { id?: unknown; quote?: unknown }[];
	const withQuote = entries.filter((e) => e.quote !== undefined).map((e) => String(e.id));
	const example = `<PostQuote entry="${withQuote[0] ?? 'stone-resolved'}" />`;
	for (const edition of parsed) {
		for (const { id, line } of edition.quotes) {
			const entry = entries.find((e) => e.id === id);
			if (!entry) {
				problems.push({
					file: edition.file,
					line,
					message: messagesEn.schema.quoteNoEntry(id, withQuote, example),
					bn: messagesBn.schema.quoteNoEntry(id, withQuote, example),
				});
			} else if (entry.quote === undefined) {
				problems.push({
					file: edition.file,
					line,
					message: messagesEn.schema.quoteNoQuote(id, example),
					bn: messagesBn.schema.quoteNoQuote(id, example),
				});
			}
		}
	}
}
