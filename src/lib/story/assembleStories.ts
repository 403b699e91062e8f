import { isLang, type Lang } from '../../i18n/locales';
import { checkEditions } from './checkEditions';
import { formatContentErrors, type ContentProblem } from './formatContentErrors';
import { resolveStory, type ResolvedStory } from './resolveStory';
import type { Edition } from './storySchema';

/** One edition file as the content layer gives it. */
export interface EditionFile<T = unknown> {
	/** `<slug>/<lang>`, from `content/stories/<slug>/<lang>.mdx`. */
	id: string;
	data: Edition;
	/** The file, relative to the project, e.g. `content/stories/x/bn.mdx`, for messages. */
	filePath?: string | undefined;
	/** Whatever the caller needs back (the collection entry, to render it). */
	ref?: T;
}

/** A story: its editions and, resolved once, the timeline and facts they share. */
export interface Story<T = unknown> extends ResolvedStory {
	slug: string;
	/** Language of the original edition, the one holding the timeline. */
	original: Lang;
	editions: Partial<Record<Lang, EditionFile<T>>>;
	/** The language whose edition is still being translated, if any; its page says so. */
	translationPending?: Lang | undefined;
	/** A draft is checked and shown by `astro dev`, but not published. */
	draft: boolean;
}

/** Splits an edition id, e.g. `'meta-outage-2024-03-05/bn'` → `{ slug: 'meta-outage-2024-03-05', lang: 'bn' }`. */
export function parseEditionId(id: string): { slug: string; lang: Lang } {
	const [slug, lang, ...rest] = id.split('/');
	if (!slug || !isLang(lang) || rest.length) {
		throw new Error(
			`content/stories/${id}.mdx: an edition must be content/stories/<story>/bn.mdx or en.mdx`,
		);
	}
	return { slug, lang };
}

/** Groups edition files into stories, newest outage first, each resolved once (`resolveStory`). */
export function assembleStories<T>(files: readonly EditionFile<T>[]): Story<T>[] {
	const bySlug = new Map<string, EditionFile<T>[]>();
	for (const file of files) {
		const { slug } = parseEditionId(file.id);
		bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
	}
	const problems: ContentProblem[] = [];
	for (const [slug, group] of bySlug) {
		const folder = group[0]?.filePath?.replace(/\/[^/]*$/, '') ?? `content/stories/${slug}`;
		problems.push(
			...checkEditions(
				folder,
				group.map((f) => ({
					lang: parseEditionId(f.id).lang,
					translationOf: f.data.translationOf,
					translationPending: f.data.translationPending,
				})),
			),
		);
	}
	if (problems.length) throw new Error(`\n${formatContentErrors(problems)}`);
	const stories = [...bySlug].map(([slug, group]): Story<T> => {
		const editions: Story<T>['editions'] = {};
		for (const file of group) editions[parseEditionId(file.id).lang] = file;
		const original = group.find((f) => !f.data.translationOf)!;
		return {
			...resolveStory(original.data),
			slug,
			original: parseEditionId(original.id).lang,
			editions,
			translationPending: original.data.translationPending,
			draft: original.data.draft === true,
		};
	});
	return stories.sort(newestOutageFirst);
}

/** The order of the story list: the newest outage first, then by slug. */
export function newestOutageFirst(a: Story, b: Story): number {
	const first = (s: Story) => s.timeline[0]?.instant.getTime() ?? 0;
	return first(b) - first(a) || a.slug.localeCompare(b.slug);
}
