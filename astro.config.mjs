// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

/** Where the site is published; the base path lets it live under a sub-folder (GitHub Pages). */
const site = process.env.SITE_URL ?? 'https://somoyrekha.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	i18n: {
		locales: ['bn', 'en'],
		defaultLocale: 'bn',
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	markdown: {
		// Astro 7's default processor (Sätteri) runs no remark plugins; remark-gfm is part of our
		// stack, so the unified pipeline runs it (footnotes, tables, strikethrough).
		processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
	},
	integrations: [mdx()],
});
