/**
 * `npm run add:entry`: adds one timeline entry to a story, in time order, keeping the rest of the
 * file as it was. Asks for whatever is not given as a flag, e.g.
 * `npm run add:entry -- --story meta-outage-2024-03-05 --time "2024-03-05 21:40" --precision approximate
 *  --kind update --bn "…" --en "…" --source "topicsbox.com"`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeIssue } from '../src/lib/editor/describeIssue';
import type { EditorMessages } from '../src/i18n/messages/index';
import { nearestName } from '../src/lib/story/nearestName';
import { readStoryFile } from '../src/lib/story/readStoryFile';
import { findUnsafeCharacter } from '../src/lib/editor/unsafeCharacters';
import {
	InsertEntryError,
	insertEntry,
	readFrontmatter,
	type NewEntry,
} from '../src/lib/editor/insertEntry';
import { isValidTimeZone } from '../src/lib/time/isValidTimeZone';
import { EventTimeError, parseEventTime, type Precision } from '../src/lib/time/parseEventTime';
import { closestZone, editionSchema, ENTRY_KINDS, PRECISIONS } from '../src/lib/story/storySchema';
import { storiesDir } from './check-content';
import { readCommand } from './lib/command';
import { BadFlagError, createPrompter, MissingAnswerError } from './lib/prompt';

const FLAGS = {
	story: { type: 'string' },
	time: { type: 'string' },
	zone: { type: 'string' },
	precision: { type: 'string' },
	kind: { type: 'string' },
	key: { type: 'boolean' },
	id: { type: 'string' },
	bn: { type: 'string' },
	en: { type: 'string' },
	source: { type: 'string' },
	'source-url': { type: 'string' },
	'source-detail': { type: 'string' },
} as const;

/** A short id from the English text, e.g. "Status page reports disruptions" → `status-page-reports-disruptions`. */
export function idFromText(text: string, taken: readonly string[]): string {
	const base =
		text
			.toLowerCase()
			.replace(/[’']/g, '')
			.split(/[^a-z0-9]+/)
			.filter(Boolean)
			.slice(0, 4)
			.join('-') || 'entry';
	let id = base;
	for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
	return id;
}

const oneOf = (m: EditorMessages, values: readonly string[]) => (answer: string) =>
	values.includes(answer) ? undefined : m.notOneOf(answer, values);

/** Checks for answers shared by the editor commands, in the language of `m`. */
export const answerChecks = (m: EditorMessages) => ({
	zone: (a: string) => (isValidTimeZone(a) ? undefined : m.zoneUnknown(a, closestZone(a))),
	story: (stories: readonly string[]) => (a: string) =>
		stories.includes(a) ? undefined : m.storyUnknown(a, nearestName(a, stories), stories),
	text: (what: string) => (a: string) => {
		const unsafe = findUnsafeCharacter(a);
		return unsafe ? m.textControl(what, unsafe.code) : undefined;
	},
	url: (a: string) => (/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(a) ? undefined : m.urlNotWeb),
});

/** An edition's problems, each with a key that ignores entry numbers (an insertion shifts them). */
export function problemsOf(source: string): { key: string; text: string }[] {
	const read = readStoryFile(source);
	if ('problem' in read) return [{ key: read.problem.message, text: read.problem.message }];
	const { data } = read.file;
	const result = editionSchema.safeParse(data);
	return result.success
		? []
		: result.error.issues.map((i) => {
				const text = describeIssue(data, i);
				return { key: text.replace(/\bentry \d+\b/g, 'entry'), text };
			});
}

/** Runs the command with `argv`; resolves to the exit status. */
export async function addEntry(
	argv: string[],
	input: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
	const command = readCommand(argv, FLAGS, 'add');
	if ('status' in command) return command.status;
	const { flags, m } = command;
	const checks = answerChecks(m);
	const dir = storiesDir(flags.dir);
	const prompt = createPrompter(input, m);
	// Called with every needed flag (a script), it asks nothing more: optional fields keep their defaults.
	const asking = [flags.story, flags.time, flags.kind, flags.bn, flags.en, flags.source].some(
		(v) => v === undefined,
	);
	const optional = (value: string | undefined, fallback: string) =>
		value !== undefined || asking ? value : fallback;
	try {
		const stories = existsSync(dir) ? readdirSync(dir).sort() : [];
		const slug = await prompt.ask(
			{
				flag: '--story',
				ask: m.askStory,
				help: m.helpStory(stories),
				default: stories.length === 1 ? stories[0] : undefined,
				check: checks.story(stories),
			},
			flags.story,
		);
		const file = ['bn', 'en']
			.map((lang) => join(dir, slug, `${lang}.mdx`))
			.find(
				(f) =>
					existsSync(f) &&
					readFrontmatter(readFileSync(f, 'utf8')).doc.get('translationOf') === undefined,
			);
		if (!file) {
			console.error(m.noOriginal(slug));
			return 1;
		}
		const source = readFileSync(file, 'utf8');
		const { doc } = readFrontmatter(source);
		const zoneValue = doc.get('zone');
		const storyZone = typeof zoneValue === 'string' ? zoneValue : '';
		const taken = ((doc.toJS() as { timeline?: { id?: unknown }[] }).timeline ?? []).map((e) =>
			String(e.id),
		);

		const zone = await prompt.ask(
			{
				flag: '--zone',
				ask: m.askZone,
				help: m.helpZone(storyZone),
				default: storyZone || undefined,
				check: checks.zone,
			},
			optional(flags.zone, storyZone),
		);
		const precision = (await prompt.ask(
			{
				flag: '--precision',
				ask: m.askPrecision(PRECISIONS),
				help: m.helpPrecision,
				default: 'exact',
				check: oneOf(m, PRECISIONS),
			},
			optional(flags.precision, 'exact'),
		)) as Precision;
		const time = await prompt.ask(
			{
				flag: '--time',
				ask: m.askTime,
				help: m.helpTime(zone),
				check: (a) => {
					try {
						parseEventTime(a, zone, precision);
						return undefined;
					} catch (error) {
						if (error instanceof EventTimeError) return error.message;
						throw error;
					}
				},
			},
			flags.time,
		);
		const kind = await prompt.ask(
			{
				flag: '--kind',
				ask: m.askKind(ENTRY_KINDS),
				help: m.helpKind,
				default: 'update',
				check: oneOf(m, ENTRY_KINDS),
			},
			flags.kind,
		);
		const bn = await prompt.ask(
			{ flag: '--bn', ask: m.askBn, check: checks.text('--bn') },
			flags.bn,
		);
		const en = await prompt.ask(
			{ flag: '--en', ask: m.askEn, check: checks.text('--en') },
			flags.en,
		);
		const sourceName = await prompt.ask(
			{ flag: '--source', ask: m.askSource, help: m.helpSource, check: checks.text('--source') },
			flags.source,
		);
		const sourceUrl = await prompt.ask(
			{ flag: '--source-url', ask: m.askSourceUrl, optional: true, check: checks.url },
			optional(flags['source-url'], ''),
		);
		const sourceDetail = await prompt.ask(
			{
				flag: '--source-detail',
				ask: m.askSourceDetail,
				optional: true,
				check: checks.text('--source-detail'),
			},
			optional(flags['source-detail'], ''),
		);
		const key =
			flags.key ??
			(asking &&
				(await prompt.ask({
					flag: '--key',
					ask: m.askKey,
					default: 'n',
					check: oneOf(m, ['y', 'n']),
				})) === 'y');
		const suggestion = idFromText(en, taken);
		const id = await prompt.ask(
			{
				flag: '--id',
				ask: m.askId,
				default: suggestion,
				check: (a) =>
					!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a)
						? m.idForm
						: taken.includes(a)
							? m.idTaken(a, idFromText(a, taken))
							: undefined,
			},
			optional(flags.id, suggestion),
		);
		const entry: NewEntry = {
			id,
			time,
			zone: zone === storyZone ? undefined : zone,
			precision,
			kind,
			key,
			text: { bn, en },
			sources: [
				{ name: sourceName, url: sourceUrl || undefined, detail: sourceDetail || undefined },
			],
		};
		const { source: updated, position } = insertEntry(source, entry);
		// Check the whole edition as the build will; refuse to write an entry that adds a problem
		// (to itself or to another entry, e.g. a restoration now before the outage's start).
		const before = new Set(problemsOf(source).map((p) => p.key));
		const added = problemsOf(updated)
			.filter((p) => !before.has(p.key))
			.map((p) => p.text);
		const shown = relative(process.cwd(), file);
		if (added.length) {
			console.error(m.wouldBeInvalid(shown));
			for (const p of added) console.error(`  ${p}`);
			return 1;
		}
		writeFileSync(file, updated);
		console.log(m.added(position, id, time, zone, shown));
		return 0;
	} catch (error) {
		if (
			error instanceof MissingAnswerError ||
			error instanceof BadFlagError ||
			error instanceof InsertEntryError ||
			error instanceof EventTimeError
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
	process.exitCode = await addEntry(process.argv.slice(2));
}
