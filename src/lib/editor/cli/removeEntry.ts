import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { cutEntry, TimelineTextError, type CutEntry } from '../timelineText';
import { answerChecks } from './answerChecks';
import { checkBeforeWriting } from './checkBeforeWriting';
import { confirmChange } from './confirmChange';
import { Refusal } from './refusal';
import { askStoryEntry } from './askStoryEntry';
import { runCommand } from './runCommand';
import { quoteOf, shown } from './storyFiles';
import type { EditorMessages } from '../../../i18n/messages/index';

const FLAGS = {
	story: { type: 'string' },
	id: { type: 'string' },
	yes: { type: 'boolean' },
} as const;

/** Cuts entry `id` out of a story file, or refuses in the editor's words. */
export function cutOrRefuse(source: string, id: string, file: string, m: EditorMessages): CutEntry {
	try {
		return cutEntry(source, id);
	} catch (error) {
		if (!(error instanceof TimelineTextError)) throw error;
		throw new Refusal(error.reason === 'only-entry' ? m.onlyEntry(id) : m.cannotEdit(file));
	}
}

/** Refuses when the story's text shows the entry's quote (`<PostQuote entry="id" />`). */
export function refuseIfQuoted(dir: string, slug: string, id: string, m: EditorMessages): void {
	const quoted = quoteOf(dir, slug, id);
	if (quoted) throw new Refusal(m.quotedInText(id, shown(quoted.file), quoted.line));
}

/**
 * `npm run remove:entry`: removes one timeline entry from a story, keeping every other byte of
 * the file. With a terminal it shows the entry and asks to confirm; without one it needs `--yes`.
 * Resolves to the exit status.
 */
export function removeEntry(argv: string[], input: NodeJS.ReadableStream = process.stdin) {
	return runCommand(argv, input, FLAGS, 'remove', async ({ flags, m, lang, prompt, dir }) => {
		const checks = answerChecks(m);
		const { slug, story, id } = await askStoryEntry({ flags, m, lang, prompt, dir }, checks);
		const a = prompt.finish({ slug, id });
		const edition = story!;
		refuseIfQuoted(dir, a.slug, a.id, m);
		const cut = cutOrRefuse(edition.source, a.id, shown(edition.path), m);
		const ask = m.confirmRemove;
		if (
			!(await confirmChange({ cut, what: 'remove', ask, yes: flags.yes, input, prompt, m, lang }))
		)
			return 1;
		const changes = [{ slug: a.slug, files: { [basename(edition.path)]: cut.source } }];
		const warnings = await checkBeforeWriting(dir, changes, m, lang);
		writeFileSync(edition.path, cut.source);
		console.log(m.removed(a.id, shown(edition.path)));
		for (const warning of warnings) console.log(warning);
		return 0;
	});
}
