import { answerChecks } from './answerChecks';
import type { Prompter } from './prompt';
import { entryIds, readOriginal, storySlugs, type StoryText } from './storyFiles';
import type { EditorMessages } from '../../../i18n/messages/index';
import type { EditorLang } from '../editorLang';

/** What a command that acts on one entry of one story was told or asks for. */
interface StoryEntryRun {
	flags: { story?: string | undefined; id?: string | undefined };
	m: EditorMessages;
	lang: EditorLang;
	prompt: Prompter;
	dir: string;
}

/**
 * Asks (or reads from `--story` and `--id`) which story and which of its entries a command acts
 * on (remove:entry, move:entry): the story's folder, its original edition read through
 * readStoryFile, and an id that the story has. A wrong answer is asked again with a terminal and
 * collected for the closing report without one.
 */
export async function askStoryEntry(
	{ flags, m, lang, prompt, dir }: StoryEntryRun,
	checks: ReturnType<typeof answerChecks>,
): Promise<{ slug?: string | undefined; story?: StoryText | undefined; id?: string | undefined }> {
	const stories = storySlugs(dir);
	const slug = await prompt.ask(
		{
			flag: '--story',
			normalize: checks.digits,
			ask: m.askStory,
			help: m.helpStory(stories),
			check: checks.story(stories),
		},
		flags.story,
	);
	const story = slug === undefined ? undefined : readOriginal(dir, slug, m, lang);
	const ids = entryIds(story?.data);
	const id = story
		? await prompt.ask(
				{ flag: '--id', ask: m.askRemoveId, help: ids.join(', '), check: checks.entry(ids) },
				flags.id,
			)
		: flags.id;
	return { slug, story, id };
}
