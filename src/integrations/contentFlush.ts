import type { AstroIntegration } from 'astro';
import { FLUSH_CONTEXT, setContentFlush, STORIES_LOADER } from '../lib/contentFlush';

/**
 * In `astro dev`: lets the stories loader have Astro's content store written as soon as a saved
 * edit is stored, instead of half a second later (see src/lib/contentFlush.ts), through the
 * `refreshContent` Astro gives integrations.
 */
export function contentFlush(): AstroIntegration {
	return {
		name: 'somoyrekha:content-flush',
		hooks: {
			'astro:server:setup': ({ refreshContent }) => {
				if (!refreshContent) return;
				setContentFlush(() =>
					refreshContent({ loaders: [STORIES_LOADER], context: { ...FLUSH_CONTEXT } }),
				);
			},
			'astro:server:done': () => setContentFlush(undefined),
		},
	};
}
