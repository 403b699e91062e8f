import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/outputs/headersFile';

/**
 * Writes the `_headers` file (src/lib/outputs/headersFile.ts) into the built site, for hosts that
 * read one (Netlify, Cloudflare Pages), under the configured base path.
 */
export function headersFileIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'somoyrekha:headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir }) => {
				await writeFile(new URL('_headers', dir), headersFile(base));
			},
		},
	};
}
