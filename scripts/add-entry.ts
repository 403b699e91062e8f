/**
 * `npm run add:entry`: adds one timeline entry to a story, in time order, keeping the rest of the
 * file as it was. Asks for whatever is not given as a flag, e.g.
 * `npm run add:entry -- --story meta-outage-2024-03-05 --time "2024-03-05 21:40" --precision approximate
 *  --kind update --bn "…" --en "…" --source "topicsbox.com"`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { describeIssue } from '../src/lib/editor/describeIssue';
import {
	InsertEntryError,
	insertEntry,
	readFrontmatter,
	type NewEntry,
} from '../src/lib/editor/insertEntry';
import { isValidTimeZone } from '../src/lib/time/isValidTimeZone';
import { EventTimeError, parseEventTime, type Precision } from '../src/lib/time/parseEventTime';
import { editionSchema, ENTRY_KINDS, PRECISIONS } from '../src/lib/story/storySchema';
import { storiesDir } from './check-content';
import { createPrompter, MissingAnswerError } from './lib/prompt';

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
	dir: { type: 'string' },
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

const oneOf = (values: readonly string[]) => (answer: string) =>
	values.includes(answer)
		? undefined
		: `"${answer}" is not one of ${values.join(', ')}; e.g. ${values[0]}`;

/** An edition's problems, each with a key that ignores entry numbers (an insertion shifts them). */
function problemsOf(source: string): { key: string; text: string }[] {
	const data: unknown = parse(readFrontmatter(source).doc.toString(), {
		customTags: ['timestamp'],
	});
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
	const { values: flags } = parseArgs({ args: argv, options: FLAGS });
	const dir = storiesDir(flags.dir);
	const prompt = createPrompter(input);
	// Called with every needed flag (a script), it asks nothing more: optional fields keep their defaults.
	const interactive = [flags.story, flags.time, flags.kind, flags.bn, flags.en, flags.source].some(
		(v) => v === undefined,
	);
	const optional = (value: string | undefined, fallback: string) =>
		value !== undefined || interactive ? value : fallback;
	try {
		const stories = existsSync(dir) ? readdirSync(dir).sort() : [];
		const slug = await prompt.ask(
			{
				flag: '--story',
				ask: 'Story (its folder name)',
				help: `Stories: ${stories.join(', ') || '(none yet: npm run new:story)'}`,
				default: stories.length === 1 ? stories[0] : undefined,
				check: (a) =>
					stories.includes(a)
						? undefined
						: `there is no story "${a}"; use one of ${stories.join(', ')}`,
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
			console.error(`✗ ${slug} has no original edition (a bn.mdx or en.mdx without translationOf)`);
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
				ask: 'Time zone of that time',
				help: `The story's zone is ${storyZone}. Press Enter to keep it, or name the zone the source used (e.g. America/New_York).`,
				default: storyZone || undefined,
				check: (a) =>
					isValidTimeZone(a) ? undefined : `"${a}" is not a time zone name; e.g. Asia/Kolkata`,
			},
			optional(flags.zone, storyZone),
		);
		const precision = (await prompt.ask(
			{
				flag: '--precision',
				ask: `How precise is it (${PRECISIONS.join(', ')})`,
				help: 'exact: the source gives the minute. approximate: "around 9 p.m.". day: only the date is known.',
				default: 'exact',
				check: oneOf(PRECISIONS),
			},
			optional(flags.precision, 'exact'),
		)) as Precision;
		const time = await prompt.ask(
			{
				flag: '--time',
				ask: 'When did it happen',
				help: `Local time in ${zone}, 24-hour: e.g. 2024-03-05 21:00 (for precision day, just 2024-03-05). A time in UTC ends in Z: 2024-03-05T15:30:00Z.`,
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
				ask: `What kind of entry (${ENTRY_KINDS.join(', ')})`,
				help: 'outage-start: the service fails. restoration: it works again. statement: the company says something. update: anything else.',
				default: 'update',
				check: oneOf(ENTRY_KINDS),
			},
			flags.kind,
		);
		const bn = await prompt.ask({ flag: '--bn', ask: 'What happened, in Bengali' }, flags.bn);
		const en = await prompt.ask({ flag: '--en', ask: 'What happened, in English' }, flags.en);
		const sourceName = await prompt.ask(
			{
				flag: '--source',
				ask: 'Source: who reported it (publication, site or person)',
				help: 'e.g. topicsbox.com',
			},
			flags.source,
		);
		const sourceUrl = await prompt.ask(
			{
				flag: '--source-url',
				ask: 'Link to the source (Enter for none)',
				optional: true,
				check: (a) =>
					/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(a)
						? undefined
						: 'a link must start with https://, e.g. https://x.com/andymstone',
			},
			optional(flags['source-url'], ''),
		);
		const sourceDetail =
			flags['source-detail'] ??
			(interactive
				? await prompt.ask({
						flag: '--source-detail',
						ask: 'Which piece: its date or title (Enter for none)',
						optional: true,
					})
				: undefined);
		const key =
			flags.key ??
			(interactive &&
				(await prompt.ask({
					flag: '--key',
					ask: 'Is it a key moment, highlighted on the page (y/n)',
					default: 'n',
					check: oneOf(['y', 'n']),
				})) === 'y');
		const id = await prompt.ask(
			{
				flag: '--id',
				ask: 'Short id for the entry',
				default: idFromText(en, taken),
				check: (a) =>
					!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a)
						? 'use lowercase letters, digits and dashes, e.g. status-page-update'
						: taken.includes(a)
							? `"${a}" is already used in this story; e.g. ${idFromText(en, taken)}`
							: undefined,
			},
			optional(flags.id, idFromText(en, taken)),
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
			console.error(
				`✗ Nothing was written to ${shown}; the new entry would make the story invalid:`,
			);
			for (const p of added) console.error(`  ${p}`);
			return 1;
		}
		writeFileSync(file, updated);
		console.log(
			`✓ Added timeline entry ${position} (id "${id}", ${time} ${zone}) to ${shown}.\n  Check it: npm run check:content · See it: npm run dev`,
		);
		return 0;
	} catch (error) {
		if (
			error instanceof MissingAnswerError ||
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
