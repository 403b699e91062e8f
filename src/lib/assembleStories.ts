import { isLang, type Lang } from '../i18n/locales';
import { resolveTimeline, type ResolvedEntry } from './resolveTimeline';
import type { Edition } from './storySchema';

/** One edition file as the content layer gives it. */
export interface EditionFile<T = unknown> {
	/** `<slug>/<lang>`, from `content/stories/<slug>/<lang>.mdx`. */
	id: string;
	data: Edition;
	/** Whatever the caller needs back (the collection entry, to render it). */
	ref?: T;
}

/** A story: its editions and the one timeline they share. */
export interface Story<T = unknown> {
	slug: string;
	/** Language of the original edition, the one holding the timeline. */
	original: Lang;
	zone: string;
	timeline: ResolvedEntry[];
	editions: Partial<Record<Lang, EditionFile<T>>>;
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

/** Groups edition files into stories, newest outage first, each with its resolved timeline. */
export function assembleStories<T>(files: readonly EditionFile<T>[]): Story<T>[] {
	const bySlug = new Map<string, EditionFile<T>[]>();
	for (const file of files) {
		const { slug } = parseEditionId(file.id);
		bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
	}
	const stories = [...bySlug].map(([slug, group]): Story<T> => {
		const editions: Story<T>['editions'] = {};
		for (const file of group) editions[parseEditionId(file.id).lang] = file;
		const originals = group.filter((f) => !f.data.translationOf);
		if (originals.length !== 1) {
			throw new Error(
				`content/stories/${slug}/: exactly one edition must be the original (without translationOf); found ${originals.length}`,
			);
		}
		const original = originals[0]!;
		const zone = original.data.zone!;
		return {
			slug,
			original: parseEditionId(original.id).lang,
			zone,
			timeline: resolveTimeline(original.data.timeline ?? [], zone),
			editions,
		};
	});
	const first = (s: Story<T>) => s.timeline[0]?.instant.getTime() ?? 0;
	return stories.sort((a, b) => first(b) - first(a) || a.slug.localeCompare(b.slug));
}
