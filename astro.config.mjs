// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/contentCheck';
import { pagefind } from './src/integrations/pagefind';
import fontSubset from './src/integrations/fontSubset';

/** Where the site is published; the base path lets it live under a sub-folder (GitHub Pages). */
const site = process.env.SITE_URL ?? 'https://somoyrekha.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	// ASTRO_CACHE_DIR gives a build a cache of its own (the reproducibility test builds cold).
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	vite: {
		build: {
			// Page scripts (the zone switcher) ship as files, never inlined however small: the
			// Content Security Policy allows 'self' scripts, and browsers cache them across pages.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
		},
	},
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
	integrations: [
		mdx(),
		// In `astro dev`: every story checked after each edit; an invalid one shows its problems.
		contentCheck(),
		// hreflang alternates between the Bengali and English edition of every page; search pages
		// are for people, not crawlers.
		sitemap({
			i18n: { defaultLocale: 'bn', locales: { bn: 'bn', en: 'en' } },
			filter: (page) => !/\/(bn|en)\/search\/$/.test(page),
			// The root page is the bilingual language chooser, not a Bengali page: it is the
			// x-default of the home pages' cluster.
			serialize: (item) => {
				const home = new URL(base.endsWith('/') ? base : `${base}/`, site).href;
				if (item.links) {
					item.links = item.links.map((link) =>
						link.url === home ? { ...link, lang: 'x-default' } : link,
					);
				}
				return item;
			},
		}),
		// Per-page Bengali font subsets (HarfBuzz shaping) linked from each built page.
		fontSubset(),
		// Last, so the search index covers the finished pages.
		pagefind(),
	],
	security: {
		// A strict Content Security Policy as a <meta> on every page (docs/DEPLOY.md explains it).
		// Astro hashes the inline scripts and styles it emits; external files must come from the
		// site itself; nothing is fetched from any other origin. 'wasm-unsafe-eval' lets Pagefind
		// compile its WebAssembly search index (it allows no JavaScript eval).
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'none'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"manifest-src 'self'",
				"worker-src 'self'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
