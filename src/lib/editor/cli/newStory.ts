import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerChecks } from './answerChecks';
import { checkBeforeWriting } from './checkBeforeWriting';
import { runCommand } from './runCommand';
import { shown } from './storyFiles';
import { originalEdition, translationEdition } from './storySkeleton';

const FLAGS = {
	slug: { type: 'string' },
	zone: { type: 'string' },
	'title-bn': { type: 'string' },
	'title-en': { type: 'string' },
	'description-bn': { type: 'string' },
	'description-en': { type: 'string' },
} as const;

/** The zone this computer is set to, named in the help, never taken without being typed. */
const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;

/**
 * `npm run new:story`: starts a story, writing its two editions with a commented frontmatter
 * skeleton, `status: ongoing` and an empty timeline, as a draft. Asks for what the flags leave
 * out; the zone has no default. Resolves to the exit status.
 */
export function newStory(argv: string[], input: NodeJS.ReadableStream = process.stdin) {
	return runCommand(argv, input, FLAGS, 'new', async ({ flags, m, lang, prompt, dir }) => {
		const checks = answerChecks(m);
		const text = (flag: keyof typeof FLAGS, ask: string, optional = false) =>
			prompt.ask(
				{ flag: `--${flag}`, ask, optional, check: checks.text(`--${flag}`) },
				flags[flag],
			);
		const slug = await prompt.ask(
			{
				flag: '--slug',
				normalize: checks.digits,
				ask: m.askSlug,
				help: m.helpSlug,
				check: checks.slug((a) => existsSync(join(dir, a))),
			},
			flags.slug,
		);
		const zone = await prompt.ask(
			{
				flag: '--zone',
				ask: m.askStoryZone,
				help: m.helpStoryZone(deviceZone()),
				check: checks.zone,
			},
			flags.zone,
		);
		const titleBn = await text('title-bn', m.askTitleBn);
		const descriptionBn = await text('description-bn', m.askDescriptionBn);
		const titleEn = await text('title-en', m.askTitleEn, true);
		const descriptionEn = titleEn ? await text('description-en', m.askDescriptionEn) : '';
		const a = prompt.finish({ slug, zone, titleBn, descriptionBn, titleEn, descriptionEn });
		const pending = !a.titleEn;
		const files: Record<string, string> = {
			'bn.mdx': originalEdition({ ...a, title: a.titleBn, description: a.descriptionBn, pending }),
		};
		if (!pending)
			files['en.mdx'] = translationEdition({ title: a.titleEn, description: a.descriptionEn });
		await checkBeforeWriting(dir, [{ slug: a.slug, files }], m, lang);
		const folder = join(dir, a.slug);
		mkdirSync(folder, { recursive: true });
		for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
		console.log(m.started(shown(folder), pending, a.slug));
		return 0;
	});
}
