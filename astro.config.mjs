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
