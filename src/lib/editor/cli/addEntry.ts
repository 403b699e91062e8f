import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ENTRY_KINDS, PRECISIONS } from '../../story/storySchema';
import type { Precision } from '../../time/parseEventTime';
import { InsertEntryError, insertEntry } from '../insertEntry';
import { answerChecks, idFromText, isYes } from './answerChecks';
import { checkBeforeWriting } from './checkBeforeWriting';
import { Refusal } from './refusal';
import { runCommand } from './runCommand';
import { entryIds, readOriginal, shown, storySlugs } from './storyFiles';

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

/**
 * `npm run add:entry`: adds one timeline entry to a story, in time order, keeping the rest of the
 * file as it was; asks for what the flags leave out. Without a terminal every wrong flag is named
 * in one run; an entry the check would refuse is not written. Resolves to the exit status.
 */
export function addEntry(argv: string[], input: NodeJS.ReadableStream = process.stdin) {
	return runCommand(argv, input, FLAGS, 'add', async ({ flags, m, lang, prompt, dir }) => {
		const checks = answerChecks(m);
		const stories = storySlugs(dir);
		// Called with every needed flag (a script), it asks nothing more: optional fields keep their defaults.
		const asking = [flags.story, flags.time, flags.kind, flags.bn, flags.en, flags.source].some(
			(v) => v === undefined,
		);
		const optional = (value: string | undefined, fallback: string) =>
			value !== undefined || asking ? value : fallback;
		const slug = await prompt.ask(
			{
				flag: '--story',
				normalize: checks.digits,
				ask: m.askStory,
				help: m.helpStory(stories),
				default: stories.length === 1 ? stories[0] : undefined,
				check: checks.story(stories),
			},
			flags.story,
		);
		const story = slug === undefined ? undefined : readOriginal(dir, slug, m, lang);
		const storyZone = typeof story?.data.zone === 'string' ? story.data.zone : '';
		const taken = entryIds(story?.data);
		// With the story unknown, the zone it would default to is unknown too: only a --zone is checked.
		const zone =
			story || flags.zone !== undefined
				? await prompt.ask(
						{
							flag: '--zone',
							ask: m.askZone,
							help: m.helpZone(storyZone),
							default: storyZone || undefined,
							check: checks.zone,
						},
						optional(flags.zone, storyZone),
					)
				: undefined;
		const precision = await prompt.ask(
			{
				flag: '--precision',
				ask: m.askPrecision(PRECISIONS),
				help: m.helpPrecision,
				default: 'exact',
				check: checks.oneOf(PRECISIONS),
			},
			optional(flags.precision, 'exact'),
		);
		const time = await prompt.ask(
			{
				flag: '--time',
				ask: m.askTime,
				help: m.helpTime(zone ?? storyZone),
				normalize: checks.digits,
				check: checks.time(zone, precision as Precision | undefined, flags.zone !== undefined),
			},
			flags.time,
		);
		const kind = await prompt.ask(
			{
				flag: '--kind',
				ask: m.askKind(ENTRY_KINDS),
				help: m.helpKind,
				default: 'update',
				check: checks.oneOf(ENTRY_KINDS),
			},
			flags.kind,
		);
		const text = (flag: '--bn' | '--en' | '--source', ask: string, help?: string) =>
			prompt.ask({ flag, ask, help, check: checks.text(flag) }, flags[flag.slice(2) as 'bn']);
		const bn = await text('--bn', m.askBn);
		const en = await text('--en', m.askEn);
		const sourceName = await text('--source', m.askSource, m.helpSource);
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
				isYes(
					(await prompt.ask({
						flag: '--key',
						ask: m.askKey,
						default: m.noWords[0],
						check: checks.yesNo,
					})) ?? '',
				));
		const suggestion = idFromText(en ?? '', taken);
		const id = await prompt.ask(
			{ flag: '--id', ask: m.askId, default: suggestion, check: checks.newId(taken) },
			optional(flags.id, suggestion),
		);
		const a = prompt.finish({ slug, zone, precision, time, kind, bn, en, sourceName, id });
		const edition = story!;
		let updated: { source: string; position: number };
		try {
			updated = insertEntry(edition.source, {
				...a,
				zone: a.zone === storyZone ? undefined : a.zone,
				precision: a.precision as Precision,
				key,
				text: { bn: a.bn, en: a.en },
				sources: [
					{ name: a.sourceName, url: sourceUrl || undefined, detail: sourceDetail || undefined },
				],
			});
		} catch (error) {
			if (error instanceof InsertEntryError) throw new Refusal(m.cannotEdit(shown(edition.path)));
			throw error;
		}
		const warnings = await checkBeforeWriting(
			dir,
			[{ slug: a.slug, files: { [basename(edition.path)]: updated.source } }],
			m,
			lang,
		);
		writeFileSync(edition.path, updated.source);
		console.log(m.added(updated.position, a.id, a.time, a.zone, shown(edition.path)));
		for (const warning of warnings) console.log(warning);
		return 0;
	});
}
