/**
 * The floor the build benchmark compares against: a bare Astro site over the same synthetic
 * stories, with none of this project's features. What the issue calls "a bare Astro 7 site of MDX
 * pages with a one-component timeline": Astro's glob loader and a schema that checks only the
 * fields the page reads, the same Markdown stack as ours (unified with remark-gfm), one page per
 * edition file (`/<lang>/<slug>/`) rendering the MDX with a Timeline component that lists each
 * entry's time and text in the page's language. No content check, i18n routing, zone conversion,
 * status summary, JSON-LD, feeds, sitemap, font subsets or search index.
 * `npm run bench -- --baseline` builds it, and runs its edit loop, beside the real site.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FILES: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }, null, 2),
	// The brief's Markdown stack, as astro.config.mjs has it: unified with remark-gfm. (Astro 7's
	// default, its Rust processor Sätteri, bundles MDX faster; see docs/BENCHMARKS.md.)
	'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

// Its own cache (the benchmark sets ASTRO_CACHE_DIR), never the shared node_modules/.astro.
export default defineConfig({
	site: 'https://bare.example',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache',
	markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
	integrations: [mdx()],
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const entry = z.object({ id: z.string(), time: z.string(), text: z.object({ bn: z.string(), en: z.string() }) });

export const collections = {
	stories: defineCollection({
		loader: glob({ pattern: '*/*.mdx', base: process.env.STORIES_DIR ?? './content/stories' }),
		schema: z.object({ title: z.string(), timeline: z.array(entry).optional() }),
	}),
};
`,
	'src/components/Timeline.astro': `---
import { getEntry } from 'astro:content';

const { lang, slug } = Astro.params;
const story = await getEntry('stories', \`\${slug}/bn\`);
const entries = story?.data.timeline ?? [];
---

<ol>
	{
		entries.map((e) => (
			<li id={e.id}>
				<time>{e.time}</time> {e.text[lang as 'bn' | 'en']}
			</li>
		))
	}
</ol>
`,
	'src/pages/[lang]/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Timeline from '../../components/Timeline.astro';

export async function getStaticPaths() {
	const entries = await getCollection('stories');
	return entries.map((entry) => {
		const [slug, lang] = entry.id.split('/');
		return { params: { lang, slug }, props: { entry } };
	});
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang={Astro.params.lang}>
	<head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
	<body><h1>{entry.data.title}</h1><Content components={{ Timeline }} /></body>
</html>
`,
};

/** Writes the bare site into `dir`, sharing `nodeModules` by a symlink. */
export function writeBareSite(dir: string, nodeModules: string): void {
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	symlinkSync(nodeModules, join(dir, 'node_modules'));
}
