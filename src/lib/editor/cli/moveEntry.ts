import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { placeEntry, TimelineTextError } from '../timelineText';
import { answerChecks, idFromText } from './answerChecks';
import { checkBeforeWriting } from './checkBeforeWriting';
import { confirmChange } from './confirmChange';
import { Refusal } from './refusal';
import { cutOrRefuse, refuseIfQuoted } from './removeEntry';
import { askStoryEntry } from './askStoryEntry';
import { runCommand } from './runCommand';
import { entryIds, readOriginal, shown, storySlugs } from './storyFiles';

const FLAGS = {
	story: { type: 'string' },
	id: { type: 'string' },
	to: { type: 'string' },
	yes: { type: 'boolean' },
} as const;

/**
 * `npm run move:entry`: moves one timeline entry to another story, in time order there, keeping
 * every other byte of both files. An entry that relied on its old story's zone gets a `zone:`
 * line, so its time keeps its meaning. Resolves to the exit status.
 */
export function moveEntry(argv: string[], input: NodeJS.ReadableStream = process.stdin) {
	return runCommand(argv, input, FLAGS, 'move', async ({ flags, m, lang, prompt, dir }) => {
		const checks = answerChecks(m);
		const { slug, story, id } = await askStoryEntry({ flags, m, lang, prompt, dir }, checks);
		const stories = storySlugs(dir);
		const to = await prompt.ask(
			{
				flag: '--to',
				normalize: checks.digits,
				ask: m.askTargetStory,
				help: m.helpStory(stories),
				check: (a) => (a === slug ? m.sameStory : checks.story(stories)(a)),
			},
			flags.to,
		);
		const a = prompt.finish({ slug, id, to });
		const [from, target] = [story!, readOriginal(dir, a.to, m, lang)];
		const targetIds = entryIds(target.data);
		if (targetIds.includes(a.id))
			throw new Refusal(m.idNotInTarget(a.id, idFromText(a.id, targetIds), a.to));
		refuseIfQuoted(dir, a.slug, a.id, m);
		const cut = cutOrRefuse(from.source, a.id, shown(from.path), m);
		let placed: ReturnType<typeof placeEntry>;
		try {
			placed = placeEntry(target.source, cut, String(from.data.zone));
		} catch (error) {
			if (error instanceof TimelineTextError) throw new Refusal(m.cannotEdit(shown(target.path)));
			throw error;
		}
		const ask = m.confirmMove(a.to);
		if (!(await confirmChange({ cut, what: 'move', ask, yes: flags.yes, input, prompt, m, lang })))
			return 1;
		const warnings = await checkBeforeWriting(
			dir,
			[
				{ slug: a.slug, files: { [basename(from.path)]: cut.source } },
				{ slug: a.to, files: { [basename(target.path)]: placed.source } },
			],
			m,
			lang,
		);
		writeFileSync(target.path, placed.source);
		writeFileSync(from.path, cut.source);
		console.log(m.moved(a.id, shown(from.path), shown(target.path), placed.zoneAdded));
		for (const warning of warnings) console.log(warning);
		return 0;
	});
}
