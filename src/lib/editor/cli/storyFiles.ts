import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { langs } from '../../../i18n/locales';
import type { EditorMessages } from '../../../i18n/messages/index';
import { readStory, StoryReadError, type StoryFile } from './readStory';
import { Refusal } from './refusal';

/** The folder of stories: `--dir`, else `STORIES_DIR`, else `content/stories`. */
export function storiesDir(dir?: string): string {
	return resolve(dir ?? (process.env.STORIES_DIR || 'content/stories'));
}

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

/** Reads a story file, or refuses in plain words naming the file and line. */
export function readOrRefuse(path: string, m: EditorMessages): StoryFile {
	try {
		return readStory(path, m);
	} catch (error) {
		if (!(error instanceof StoryReadError)) throw error;
		throw new Refusal(m.storyUnreadable(shown(path), error.line, error.message));
	}
}

/** A story's original edition (the one without `translationOf`): its path and contents. */
export type Original = StoryFile & { path: string; lang: string };

/** The original edition of a story, or a refusal saying the story has none. */
export function originalEdition(dir: string, slug: string, m: EditorMessages): Original {
	for (const lang of langs) {
		const path = join(dir, slug, `${lang}.mdx`);
		if (!existsSync(path)) continue;
		const file = readOrRefuse(path, m);
		if (file.data.translationOf === undefined) return { ...file, path, lang };
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
