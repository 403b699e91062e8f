/**
 * `npm run move:entry`: moves one timeline entry to another story, in time order there, keeping
 * every other byte of both files, e.g.
 * `npm run move:entry -- --story meta-outage-2024-03-05 --id x --to whatsapp-outage-2024-04-03`.
 * An entry that relied on its old story's zone gets a `zone:` line, so its time keeps its meaning.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nearestName } from '../src/lib/story/nearestName';
import { cutEntry, placeEntry, TimelineTextError } from '../src/lib/editor/timelineText';
import { readFrontmatter } from '../src/lib/editor/insertEntry';
import { answerChecks, idFromText, problemsOf } from './add-entry';
import { storiesDir } from './check-content';
import { readCommand } from './lib/command';
import { BadFlagError, createPrompter, isTerminal, MissingAnswerError } from './lib/prompt';
import { originalFile, quoteOf, storySlugs } from './lib/storyFiles';

const FLAGS = {
	story: { type: 'string' },
	id: { type: 'string' },
	to: { type: 'string' },
	yes: { type: 'boolean' },
} as const;

const idsOf = (source: string) =>
	((readFrontmatter(source).doc.toJS() as { timeline?: { id?: unknown }[] }).timeline ?? []).map(
		(e) => String(e.id),
	);

/** Runs the command with `argv`; resolves to the exit status. */
export async function moveEntry(
	argv: string[],
	input: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
	const command = readCommand(argv, FLAGS, 'move');
	if ('status' in command) return command.status;
	const { flags, m } = command;
	const dir = storiesDir(flags.dir);
	const prompt = createPrompter(input, m);
	try {
		const stories = storySlugs(dir);
		const checkStory = answerChecks(m).story(stories);
		const slug = await prompt.ask(
			{ flag: '--story', ask: m.askStory, help: m.helpStory(stories), check: checkStory },
			flags.story,
		);
		const file = originalFile(dir, slug);
		if (!file) {
			console.error(m.noOriginal(slug));
			return 1;
		}
		const source = readFileSync(file, 'utf8');
		const ids = idsOf(source);
		const id = await prompt.ask(
			{
				flag: '--id',
				ask: m.askRemoveId,
				help: ids.join(', '),
				check: (a) => (ids.includes(a) ? undefined : m.idUnknown(a, nearestName(a, ids), ids)),
			},
			flags.id,
		);
		const to = await prompt.ask(
			{
				flag: '--to',
				ask: m.askTargetStory,
				help: m.helpStory(stories),
				check: (a) => (a === slug ? m.sameStory : checkStory(a)),
			},
			flags.to,
		);
		const target = originalFile(dir, to);
		if (!target) {
			console.error(m.noOriginal(to));
			return 1;
		}
		const quoted = quoteOf(dir, slug, id);
		if (quoted) {
			console.error(m.quotedInText(id, relative(process.cwd(), quoted.file), quoted.line));
			return 1;
		}
		const targetSource = readFileSync(target, 'utf8');
		const targetIds = idsOf(targetSource);
		if (targetIds.includes(id)) {
			console.error(
				`✗ --id ${JSON.stringify(id)}: ${m.idTaken(id, idFromText(id, targetIds))} (${to})`,
			);
			return 1;
		}
		const cut = cutEntry(source, id);
		const fromZone = String(readFrontmatter(source).doc.get('zone'));
		const placed = placeEntry(targetSource, cut, fromZone);
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
				console.error(`✗ ${m.needsYes('move')}`);
				return 1;
			}
			const answer = await prompt.ask({ flag: '--yes', ask: m.confirmMove(to), optional: true });
			if (answer.toLowerCase() !== 'yes' && answer !== 'হ্যাঁ') {
				console.log(m.notChanged);
				return 1;
			}
		}
		for (const [path, old, next] of [
			[file, source, cut.source],
			[target, targetSource, placed.source],
		] as const) {
			const before = new Set(problemsOf(old).map((p) => p.key));
			const added = problemsOf(next).filter((p) => !before.has(p.key));
			if (added.length) {
				console.error(m.wouldBeInvalid(relative(process.cwd(), path)));
				for (const p of added) console.error(`  ${p.text}`);
				return 1;
			}
		}
		writeFileSync(target, placed.source);
		writeFileSync(file, cut.source);
		console.log(
			m.moved(id, relative(process.cwd(), file), relative(process.cwd(), target), placed.zoneAdded),
		);
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
	process.exitCode = await moveEntry(process.argv.slice(2));
}
