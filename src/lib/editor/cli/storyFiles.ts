import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { langs } from '../../../i18n/locales';
import type { EditorMessages } from '../../../i18n/messages/index';
import { readStoryFile } from '../../story/readStoryFile';
import type { EditorLang } from '../editorLang';
import { Refusal } from './refusal';

export { storiesDir } from './storiesDir';

/** A path as the editor sees it, from where the command runs, e.g. `content/stories/x/bn.mdx`. */
export const shown = (path: string) => relative(process.cwd(), path) || path;

/** The story folders under `dir`, sorted; none when it does not exist. */
export function storySlugs(dir: string): string[] {
	return existsSync(dir)
		? readdirSync(dir)
				.filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory())
				.sort()
		: [];
}

/** A story edition as the editor commands use it: its text and its frontmatter's values. */
export interface StoryText {
	path: string;
	source: string;
	data: Record<string, unknown>;
}

/**
 * Reads a story file through the one reader the build's check uses (`readStoryFile`), or refuses
 * in plain words naming the file and line, e.g. a line indented with a tab.
 */
export function readOrRefuse(path: string, m: EditorMessages, lang: EditorLang): StoryText {
	const source = readFileSync(path, 'utf8');
	const read = readStoryFile(source);
	if ('problem' in read) {
		const { line, message, bn } = read.problem;
		throw new Refusal(m.storyUnreadable(shown(path), line, lang === 'bn' ? bn : message));
	}
	const { data } = read.file;
	const values = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
	return { path, source, data: values };
}

/** The original edition of a story (the one without `translationOf`), or a refusal saying it has none. */
export function readOriginal(
	dir: string,
	slug: string,
	m: EditorMessages,
	lang: EditorLang,
): StoryText {
	for (const edition of langs) {
		const path = join(dir, slug, `${edition}.mdx`);
		if (!existsSync(path)) continue;
		const file = readOrRefuse(path, m, lang);
		if (file.data.translationOf === undefined) return file;
	}
	throw new Refusal(m.noOriginal(slug));
}

/** The ids of a story's timeline entries, in order. */
export function entryIds(data: Record<string, unknown> | undefined): string[] {
	const timeline = data?.timeline;
	return Array.isArray(timeline)
		? timeline.map((e) => String((e as { id?: unknown } | null)?.id))
		: [];
}

/** The first `<PostQuote entry="id" />` in a story's editions: its file and line. */
export function quoteOf(
	dir: string,
	slug: string,
	id: string,
): { file: string; line: number } | undefined {
	for (const lang of langs) {
		const file = join(dir, slug, `${lang}.mdx`);
		if (!existsSync(file)) continue;
		const lines = readFileSync(file, 'utf8').split('\n');
		const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const at = lines.findIndex((l) =>
			new RegExp(`<PostQuote\\b[^>]*entry=["']${escaped}["']`).test(l),
		);
		if (at !== -1) return { file, line: at + 1 };
	}
	return undefined;
}
