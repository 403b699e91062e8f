// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind';

import { deferToPostbuild, POSTBUILD_JOBS_ENV } from './src/integrations/postbuild';
import { LATE_FAMILY, WHOLE_FONTS } from './src/integrations/wholeFonts';
import { zoneSwitcherLateText } from './src/integrations/zoneSwitcherLateText';
import { headersFileIntegration } from './src/integrations/headersFile';
import { defaultLang, langs, locales } from './src/i18n/locales';
import { webEditor } from './src/integrations/webEditor';

/**
 * Under `npm run build` the font phase runs after Astro has exited (POSTBUILD_JOBS, see
 * src/integrations/postbuild.ts): Astro's process then loads the integration alone, without the
 * font phase's code (about 0.6 s of every build's start). A plain `astro build` cuts the subsets
 * itself.
 */
const { default: shapedSubset } = process.env[POSTBUILD_JOBS_ENV]
	? await import('astro-shaped-subset/integration')
	: await import('astro-shaped-subset');
/** Only `astro dev` uses it (the check, its schema and MDX parser): not loaded under `npm run build`. */
const contentCheck = process.env[POSTBUILD_JOBS_ENV]
	? () => /** @type {const} */ (false)
	: (await import('./src/integrations/contentCheck')).contentCheck;

/** Where the site is published; the base path lets it live under a sub-folder (GitHub Pages). */
const site = process.env.SITE_URL ?? 'https://somoyrekha.example';
const base = process.env.BASE_PATH ?? '/';
/**
 * ASTRO_CACHE_DIR gives a build a cache of its own (the reproducibility test builds cold; CI's
 * deploy build keeps one between runs). Vite's pre-bundled dependencies live in it too, so a kept
 * cache keeps them (a fresh `npm ci` empties node_modules/.vite, and the optimizer runs again).
 */
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
	site,
	base,
	cacheDir,
	trailingSlash: 'always',
	experimental: {
		// A rebuild copies each story page whose story and code are unchanged from the previous
		// build (kept in cacheDir) instead of rendering it again (src/data/stories.ts, storyCacheKey).
		incrementalBuild: true,
	},
	// Stylesheets are linked, never inlined: the CSP allows no inline style.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: {
		cacheDir: `${cacheDir}/vite`,
		build: {
			// Page scripts (the zone switcher) ship as files, never inlined however small: the
			// Content Security Policy allows 'self' scripts, and browsers cache them across pages.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rolldownOptions: {
				// Astro marks each story's MDX asset module "use astro:head-inject" and handles it
				// itself; Rolldown warned about every one (two per story, 14 lines each: 14,000 lines
				// at 1,000 stories). Other warnings still show.
				onwarn(warning, warn) {
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
	i18n: {
		locales: langs,
		defaultLocale: defaultLang,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	markdown: {
		// Astro 7's default processor (Sätteri) runs no remark plugins; remark-gfm is part of our
		// stack, and `npm run check:content` parses stories with it too, so the build and the check
		// read a story the same way (footnotes, tables, strikethrough): one parser for both.
		processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
		// No story has code to highlight: Shiki is not loaded.
		syntaxHighlight: false,
	},
	integrations: [
		mdx(),
		// In `astro dev`: every story checked after each edit; an invalid one shows its problems.
		contentCheck(),
		// hreflang alternates between the editions of every page; search pages are for people, not
		// crawlers.
		sitemap({
			i18n: {
				defaultLocale: defaultLang,
				locales: Object.fromEntries(langs.map((lang) => [lang, locales[lang].lang])),
			},
			filter: (page) =>
				!page.endsWith('/admin/') && !langs.some((lang) => page.endsWith(`/${lang}/search/`)),
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
		// Per-page font subsets, regular and bold, for each built page (packages/astro-shaped-subset):
		// Bengali cut to what HarfBuzz shapes of the page's text and of the words the zone switcher
		// can write after load, Latin to the page's characters; the search page gets whole fonts. Under `npm run build` it runs once
		// Astro has exited (scripts/postbuild.ts, with the same zoneSwitcherLateText).
		shapedSubset({
			fontsCss: 'src/styles/fonts.css',
			// Every face, Latin too: whole Latin faces (10 KB each) would take the Bengali story
			// with its bold subset over 45 KB. Bengali (faces with U+0985) by shaping; Latin by
			// code points, which needs no shaping of the switcher's ~12,000 words a weight.
			subsetFaces: 'all',
			shapeFaces: 0x0985,
			lateText: zoneSwitcherLateText,
			wholeFonts: WHOLE_FONTS,
			// …with the page's own text in subsets, and the whole faces under a second family, not
			// preloaded: fetched when the search results or the typed query are drawn.
			lateFamily: LATE_FAMILY,
			planInputs: ['src', 'package-lock.json'],
			bold: 'face',
			defer: (job) => deferToPostbuild({ kind: 'font-subset', job }),
		}),
		// Last, so the search index covers the finished pages.
		pagefind(),
		// The `_headers` file for hosts that read one (docs/DEPLOY.md).
		headersFileIntegration(),
		// The web editor at /admin/ (docs/EDITOR.md): Decap CMS from node_modules, its local back end in `astro dev`.
		webEditor(),
	],
	// The Content Security Policy is a <meta> the pages write themselves
	// (src/lib/outputs/contentSecurityPolicy.ts; docs/DEPLOY.md explains it). Astro's `security.csp` would
	// list a hash of every script and style it knows of, used on the page or not (about 0.7 KB
	// brotli a page); with no inline script or style on any page, the policy needs no hash.
});
