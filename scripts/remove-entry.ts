/**
 * `npm run remove:entry`: removes one timeline entry from a story, keeping every other byte of
 * the file, e.g. `npm run remove:entry -- --story meta-outage-2024-03-05 --id duplicate-entry`.
 * With a terminal it shows the entry and asks to confirm; without one it needs `--yes`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nearestName } from '../src/lib/story/nearestName';
import { cutEntry, TimelineTextError } from '../src/lib/editor/timelineText';
import { readFrontmatter } from '../src/lib/editor/insertEntry';
import { answerChecks, problemsOf } from './add-entry';
import { storiesDir } from './check-content';
import { readCommand } from './lib/command';
import { BadFlagError, createPrompter, isTerminal, MissingAnswerError } from './lib/prompt';
import { originalFile, quoteOf, storySlugs } from './lib/storyFiles';

const FLAGS = {
	story: { type: 'string' },
	id: { type: 'string' },
	yes: { type: 'boolean' },
} as const;

/** Runs the command with `argv`; resolves to the exit status. */
export async function removeEntry(
	argv: string[],
	input: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
	const command = readCommand(argv, FLAGS, 'remove');
	if ('status' in command) return command.status;
	const { flags, m } = command;
	const dir = storiesDir(flags.dir);
	const prompt = createPrompter(input, m);
	try {
		const stories = storySlugs(dir);
		const slug = await prompt.ask(
			{
				flag: '--story',
				ask: m.askStory,
				help: m.helpStory(stories),
				check: answerChecks(m).story(stories),
			},
			flags.story,
		);
		const file = originalFile(dir, slug);
		if (!file) {
			console.error(m.noOriginal(slug));
			return 1;
		}
		const source = readFileSync(file, 'utf8');
		const ids = (
			(readFrontmatter(source).doc.toJS() as { timeline?: { id?: unknown }[] }).timeline ?? []
		).map((e) => String(e.id));
		const id = await prompt.ask(
			{
				flag: '--id',
				ask: m.askRemoveId,
				help: ids.join(', '),
				check: (a) => (ids.includes(a) ? undefined : m.idUnknown(a, nearestName(a, ids), ids)),
			},
			flags.id,
		);
		const shown = relative(process.cwd(), file);
		const quoted = quoteOf(dir, slug, id);
		if (quoted) {
			console.error(m.quotedInText(id, relative(process.cwd(), quoted.file), quoted.line));
			return 1;
		}
		const cut = cutEntry(source, id);
		const text = cut.entry.text as { bn?: string; en?: string } | undefined;
		console.log(
			m.entryShown(
				cut.position,
				id,
				String(cut.entry.time),
				(command.lang === 'bn' ? text?.bn : text?.en) ?? '',
			),
		);
		if (!flags.yes) {
			if (!isTerminal(input)) {
				console.error(`✗ ${m.needsYes('remove')}`);
				return 1;
			}
			const answer = await prompt.ask({ flag: '--yes', ask: m.confirmRemove, optional: true });
			if (answer.toLowerCase() !== 'yes' && answer !== 'হ্যাঁ') {
				console.log(m.notChanged);
				return 1;
			}
		}
		const before = new Set(problemsOf(source).map((p) => p.key));
		const added = problemsOf(cut.source).filter((p) => !before.has(p.key));
		if (added.length) {
			console.error(m.wouldBeInvalid(shown));
			for (const p of added) console.error(`  ${p.text}`);
			return 1;
		}
		writeFileSync(file, cut.source);
		console.log(m.removed(id, shown));
		return 0;
	} catch (error) {
		if (error instanceof TimelineTextError && error.reason === 'only-entry') {
			console.error(m.onlyEntry(flags.id ?? ''));
			return 1;
		}
		if (
			error instanceof MissingAnswerError ||
			error instanceof BadFlagError ||
			error instanceof TimelineTextError
		) {
			console.error(`✗ ${error.message}`);
			return 1;
		}
		throw error;
	} finally {
		prompt.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await removeEntry(process.argv.slice(2));
}
