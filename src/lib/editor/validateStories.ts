import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { LineCounter, parseDocument } from 'yaml';
import { isLang, type Lang } from '../../i18n/locales';
import { checkEditions, type EditionSummary } from '../story/checkEditions';
import { describeIssue } from './describeIssue';
import type { ContentProblem } from './formatContentErrors';
import { editionSchema } from '../story/storySchema';

/** Components a story's text may use; the story page passes exactly these to the MDX. */
export const STORY_COMPONENTS = ['Timeline', 'PostQuote'] as const;

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

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// The same frontmatter fence Astro's MDX integration looks for.
const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?---(?=\r?\n|$)/;

interface ParsedEdition {
	lang: Lang;
	file: string;
	data: unknown;
	/** Line of each `<PostQuote entry="…">` in the text, to check the entry exists. */
	quotes: { id: string; line: number | undefined }[];
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
		folders = readdirSync(dir)
			.filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
			.sort();
	} catch {
		return {
			problems: [
				{
					file: show(dir),
					message: `there is no folder ${show(dir)}; stories live in content/stories/<story>/bn.mdx and en.mdx, e.g. npm run check:content -- --dir content/stories`,
				},
			],
			stories: 0,
			editions: 0,
			drafts,
		};
	}
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
	if (!SLUG.test(slug)) {
		problems.push({
			file: `${show(folder)}/`,
			message: `the folder name "${slug}" becomes the story's web address, so it may use only lowercase letters, digits and dashes, e.g. meta-outage-2024-03-05`,
		});
	}
	const parsed: ParsedEdition[] = [];
	for (const name of readdirSync(folder).sort()) {
		const file = join(folder, name);
		const lang = name.replace(/\.mdx$/, '');
		if (!/\.mdx?$/.test(name)) continue;
		if (!name.endsWith('.mdx') || !isLang(lang)) {
			problems.push({
				file: show(file),
				message: `an edition file must be named bn.mdx (Bengali) or en.mdx (English); rename it, e.g. ${show(folder)}/en.mdx`,
			});
			continue;
		}
		editions++;
		const edition = await checkEditionFile(file, lang, show(file), problems);
		if (edition) parsed.push(edition);
	}
	if (!parsed.length) {
		if (!problems.some((p) => p.file.startsWith(show(folder)))) {
			problems.push({
				file: `${show(folder)}/`,
				message: `this story folder has no edition; add bn.mdx and en.mdx (npm run new:story makes both), e.g. ${show(folder)}/bn.mdx`,
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
	const source = readFileSync(path, 'utf8');
	const fence = FRONTMATTER.exec(source);
	if (!fence) {
		problems.push({
			file,
			line: 1,
			message:
				'the file must start with its frontmatter between two lines of three dashes, e.g.\n    ---\n    title: "…"\n    description: "…"\n    ---',
		});
		return undefined;
	}
	const yamlText = fence[2] ?? '';
	// Frontmatter lines count from the line after the opening ---.
	const firstLine = 2;
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, {
		customTags: ['timestamp'],
		lineCounter,
		prettyErrors: false,
	});
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	// The text keeps its line numbers: the frontmatter becomes blank lines, as Astro's MDX does.
	const body =
		source.slice(0, fence[0].length).replace(/[^\n]/g, '') + source.slice(fence[0].length);
	const quotes = await checkBody(body, file, problems);
	if (doc.errors.length) {
		for (const error of doc.errors) {
			problems.push({
				file,
				line: lineAt(error.pos[0]),
				message: `the frontmatter is not valid YAML: ${error.message.split('\n')[0]}. Check the indentation and put text containing ": " or "#" in quotes, e.g. title: "Outage: what we know"`,
			});
		}
		return undefined;
	}
	const data: unknown = doc.toJS() ?? {};
	const result = editionSchema.safeParse(data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			let node: unknown;
			const path = [...issue.path];
			while (path.length && !node) {
				node = doc.getIn(path as unknown[], true);
				if (!node) path.pop();
			}
			const range = (node as { range?: [number, number, number] } | undefined)?.range;
			problems.push({
				file,
				line: range ? lineAt(range[0]) : undefined,
				message: describeIssue(data, issue),
			});
		}
	}
	return { lang, file, data, quotes };
}

interface MdxNode {
	type: string;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } };
	children?: MdxNode[];
}

/** Parses the MDX text as the build will, adding its problems; returns its quote references. */
async function checkBody(
	body: string,
	file: string,
	problems: ContentProblem[],
): Promise<ParsedEdition['quotes']> {
	const processor = createProcessor({ remarkPlugins: [remarkGfm] });
	let tree: MdxNode;
	try {
		tree = processor.parse(body) as MdxNode;
		await processor.run(tree as never);
	} catch (error) {
		const e = error as { reason?: string; message?: string; line?: number };
		const text = e.reason ?? e.message ?? String(error);
		// Some MDX errors carry their place only in the text, e.g. "… (5:1-5:16)".
		const place = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(text);
		const reason = text.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, '');
		problems.push({
			file,
			line: e.line ?? (place ? Number(place[1]) : undefined),
			message: `the story text does not parse as MDX: ${reason}. Close every tag you open (e.g. <strong>…</strong>), end components with /> (e.g. <Timeline />), and write a literal < or { as \\< or \\{`,
		});
		return [];
	}
	const quotes: ParsedEdition['quotes'] = [];
	const visit = (node: MdxNode) => {
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
			const line = node.position?.start.line;
			if (
				/^[A-Z]/.test(node.name) &&
				!(STORY_COMPONENTS as readonly string[]).includes(node.name)
			) {
				problems.push({
					file,
					line,
					message: `<${node.name} /> is not a component a story can use; use ${STORY_COMPONENTS.map((c) => `<${c} />`).join(' or ')}, e.g. <PostQuote entry="stone-resolved" />`,
				});
			}
			if (node.name === 'PostQuote') {
				const entry = node.attributes?.find((a) => a.name === 'entry')?.value;
				if (typeof entry === 'string') quotes.push({ id: entry, line });
				else {
					problems.push({
						file,
						line,
						message:
							'<PostQuote /> needs the id of the timeline entry whose quote it shows, in quotes, e.g. <PostQuote entry="stone-resolved" />',
					});
				}
			}
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return quotes;
}

/** Every `<PostQuote entry="…">` must name an entry of the timeline that has a quote. */
function checkQuotes(
	parsed: readonly ParsedEdition[],
	timeline: unknown,
	problems: ContentProblem[],
): void {
	const entries = (Array.isArray(timeline) ? timeline : []) as { id?: unknown; quote?: unknown }[];
	const withQuote = entries.filter((e) => e.quote !== undefined).map((e) => String(e.id));
	const example = `e.g. <PostQuote entry="${withQuote[0] ?? 'stone-resolved'}" />`;
	for (const edition of parsed) {
		for (const { id, line } of edition.quotes) {
			const entry = entries.find((e) => e.id === id);
			if (!entry) {
				problems.push({
					file: edition.file,
					line,
					message: `<PostQuote entry="${id}" /> names no timeline entry; ${withQuote.length ? `the entries with a quote are ${withQuote.map((w) => `"${w}"`).join(', ')}` : 'no entry has a quote: yet'}, ${example}`,
				});
			} else if (entry.quote === undefined) {
				problems.push({
					file: edition.file,
					line,
					message: `<PostQuote entry="${id}" /> shows the quote of entry "${id}", but that entry has no quote:; add one to the entry (author, lang, text, url) or quote another entry, ${example}`,
				});
			}
		}
	}
}
