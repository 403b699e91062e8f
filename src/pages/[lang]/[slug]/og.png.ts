import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { storyEditionPaths } from '../../../data/stories';
import { renderSocialCard } from '../../../lib/outputs/socialCard';
import { socialCardLines } from '../../../lib/outputs/socialCardLines';

// Unchanged stories' cards are copied from the last build, like their pages.
export const getStaticPaths = storyEditionPaths;

/** A story edition's social card (og:image), drawn at build time: docs/SOCIAL-CARD.md. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
	const { story, lang } = props;
	const png = await renderSocialCard({
		title: story.editions[lang]!.data.title,
		lang,
		...socialCardLines(story, lang),
	});
	return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
