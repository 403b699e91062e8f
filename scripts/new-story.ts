/**
 * `npm run new:story`: starts a story, writing its two editions with a commented frontmatter
 * skeleton and an empty timeline, as a draft. Asks for whatever is not given as a flag, e.g.
 * `npm run new:story -- --slug whatsapp-outage-2024-04-03 --zone Asia/Kolkata --title-bn "…"
 *  --title-en "…" --description-bn "…" --description-en "…"`.
 * Leave the English title empty (`--title-en ""`) when the translation comes later.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { answerChecks } from './add-entry';
import { storiesDir } from './check-content';
import { readCommand } from './lib/command';
import { BadFlagError, createPrompter, MissingAnswerError } from './lib/prompt';

const FLAGS = {
	slug: { type: 'string' },
	zone: { type: 'string' },
	'title-bn': { type: 'string' },
	'title-en': { type: 'string' },
	'description-bn': { type: 'string' },
	'description-en': { type: 'string' },
} as const;

/** A YAML string in double quotes, so ": " or "#" in a title cannot break the frontmatter. */
const q = (text: string) => JSON.stringify(text);

/** The Bengali original: zone, an empty timeline, and how to fill it. */
export function originalEdition(o: {
	slug: string;
	zone: string;
	title: string;
	description: string;
	pending: boolean;
}): string {
	return `---
# The original edition (Bengali): it holds the story's zone and the one timeline both editions show.
title: ${q(o.title)}
description: ${q(o.description)}
# Local times in the timeline are read in this zone, unless an entry names its own zone.
zone: ${o.zone}
${o.pending ? '# The English edition is still being translated; the Bengali page tells readers so.\n# Delete this line when en.mdx is written.\ntranslationPending: en\n' : ''}# A draft is checked, and shown by npm run dev, but not published. Delete this line to publish.
draft: true

# Add entries with: npm run add:entry -- --story ${o.slug}
# (it asks for each field and keeps the entries in time order). Or write them by hand:
#   - id: outage-begins          short, lowercase, with dashes, not used by another entry
#     time: "2024-03-05 21:00"   in quotes: local time in the zone above, or "2024-03-05T15:30:00Z"
#     precision: approximate     exact, approximate or day
#     kind: outage-start         outage-start, investigating, identified, update, statement,
#                                recovering or restoration
#     text:
#       bn: "…"
#       en: "…"
#     sources:
#       - name: topicsbox.com
#         url: https://…
# See EDITING.md for worked examples.
timeline: []
---

{/* Write the Bengali report here. */}

<Timeline />
`;
}

/** The English translation: title and description only. */
export function translationEdition(o: { title: string; description: string }): string {
	return `---
# A translation: title and description only. The zone and the timeline live once, in bn.mdx.
title: ${q(o.title)}
description: ${q(o.description)}
translationOf: bn
---

{/* Write the English report here. */}

<Timeline />
`;
}

/** Runs the command with `argv`; resolves to the exit status. */
export async function newStory(
	argv: string[],
	input: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
	const command = readCommand(argv, FLAGS, 'new');
	if ('status' in command) return command.status;
	const { flags, m } = command;
	const checks = answerChecks(m);
	const dir = storiesDir(flags.dir);
	const prompt = createPrompter(input, m);
	try {
		const slug = await prompt.ask(
			{
				flag: '--slug',
				ask: m.askSlug,
				help: m.helpSlug,
				check: (a) =>
					!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a)
						? m.slugForm
						: existsSync(join(dir, a))
							? m.slugExists(a)
							: undefined,
			},
			flags.slug,
		);
		const zone = await prompt.ask(
			{
				flag: '--zone',
				ask: m.askStoryZone,
				help: m.helpStoryZone,
				default: 'Asia/Kolkata',
				check: checks.zone,
			},
			flags.zone,
		);
		const titleBn = await prompt.ask(
			{ flag: '--title-bn', ask: m.askTitleBn, check: checks.text('--title-bn') },
			flags['title-bn'],
		);
		const descriptionBn = await prompt.ask(
			{ flag: '--description-bn', ask: m.askDescriptionBn, check: checks.text('--description-bn') },
			flags['description-bn'],
		);
		const titleEn = await prompt.ask(
			{ flag: '--title-en', ask: m.askTitleEn, optional: true, check: checks.text('--title-en') },
			flags['title-en'],
		);
		const descriptionEn = titleEn
			? await prompt.ask(
					{
						flag: '--description-en',
						ask: m.askDescriptionEn,
						check: checks.text('--description-en'),
					},
					flags['description-en'],
				)
			: '';
		const folder = join(dir, slug);
		mkdirSync(folder, { recursive: true });
		const pending = !titleEn;
		writeFileSync(
			join(folder, 'bn.mdx'),
			originalEdition({ slug, zone, title: titleBn, description: descriptionBn, pending }),
		);
		if (!pending) {
			writeFileSync(
				join(folder, 'en.mdx'),
				translationEdition({ title: titleEn, description: descriptionEn }),
			);
		}
		const shown = relative(process.cwd(), folder) || folder;
		console.log(m.started(shown, pending, slug));
		return 0;
	} catch (error) {
		if (error instanceof MissingAnswerError || error instanceof BadFlagError) {
			console.error(`✗ ${error.message}`);
			return 1;
		}
		throw error;
	} finally {
		prompt.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await newStory(process.argv.slice(2));
}
