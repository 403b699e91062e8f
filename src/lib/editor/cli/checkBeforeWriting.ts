import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EditorMessages } from '../../../i18n/messages/index';
import type { EditorLang } from '../editorLang';
import type { ContentProblem } from '../../story/formatContentErrors';
import { validateStories } from '../validateStories';
import { Refusal } from './refusal';
import { shown } from './storyFiles';

/** The files a command is about to write in one story folder, by name, e.g. `{ 'bn.mdx': '…' }`. */
export interface StoryChange {
	slug: string;
	files: Record<string, string>;
}

/** A problem's identity across an edit: entries move, so their numbers and lines do not count. */
const keyOf = (p: ContentProblem) =>
	`${p.file}\u0000${p.message.replace(/\bentry \d+\b/g, 'entry')}`;

/**
 * Runs the check (`validateStories`, the function `npm run check:content` runs) on the story
 * folders as they are and as they would be after `changes`, on copies, and returns the problems
 * the changes would add, with file names as the editor knows them. A story that already had a
 * problem can still be edited; a change that makes a new one cannot.
 */
export async function problemsAdded(
	dir: string,
	changes: readonly StoryChange[],
): Promise<ContentProblem[]> {
	const work = mkdtempSync(join(tmpdir(), 'somoyrekha-check-'));
	try {
		const copies = { before: join(work, 'before'), after: join(work, 'after') };
		for (const { slug, files } of changes) {
			for (const copy of Object.values(copies)) {
				const folder = join(copy, slug);
				if (existsSync(join(dir, slug))) cpSync(join(dir, slug), folder, { recursive: true });
				else mkdirSync(folder, { recursive: true });
			}
			for (const [name, text] of Object.entries(files))
				writeFileSync(join(copies.after, slug, name), text);
		}
		const before = await validateStories(copies.before, copies.before);
		const after = await validateStories(copies.after, copies.after);
		const known = new Set(before.problems.map(keyOf));
		return after.problems
			.filter((p) => !known.has(keyOf(p)))
			.map((p) => ({ ...p, file: shown(join(dir, p.file)) }));
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/**
 * Refuses (a `Refusal` listing every problem in `lang`) when `changes` would add a problem the
 * check rejects; returns the warnings they would add, to show after writing.
 */
export async function checkBeforeWriting(
	dir: string,
	changes: readonly StoryChange[],
	m: EditorMessages,
	lang: EditorLang,
): Promise<string[]> {
	const added = await problemsAdded(dir, changes);
	const text = (p: ContentProblem) =>
		`  ${p.line ? m.line(p.line) : ''}${p.warning ? m.warning : ''}${(lang === 'bn' && p.bn) || p.message}`;
	const errors = added.filter((p) => !p.warning);
	if (errors.length) {
		const files = [...new Set(errors.map((p) => p.file))];
		throw new Refusal(
			files
				.flatMap((f) => [m.wouldBeInvalid(f), ...errors.filter((p) => p.file === f).map(text)])
				.join('\n'),
		);
	}
	return added.map(text);
}
