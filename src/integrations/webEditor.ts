import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Connect } from 'vite';
import { build } from 'esbuild';
import { LOCAL_API, localRepository } from '../lib/cms/editorSettings';

const require = createRequire(import.meta.url);
/** Decap CMS's prebuilt files (the app and the chunks it loads on demand), from node_modules. */
const decapDist = () => dirname(require.resolve('decap-cms/dist/decap-cms.js'));
/** The files the editor loads: Decap's own bundle, its chunks and WebAssembly, no source maps. */
const shipped = (name: string) =>
	(name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm')) &&
	!name.endsWith('.map');

const TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.wasm': 'application/wasm',
};

/** The editor's script, as `<base>admin/editor.js`. */
const EDITOR_SCRIPT = 'editor.js';

/**
 * Bundles the editor's script (src/scripts/webEditor.ts) into one file of its own. Not through
 * Astro's bundler: there it would share chunks with the reader pages' scripts and change what
 * they load (the zone switcher grew from one file to two, over its 2 KB budget).
 */
async function bundleEditor(root: string): Promise<Uint8Array> {
	const result = await build({
		entryPoints: [join(root, 'src', 'scripts', 'webEditor.ts')],
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		write: false,
		legalComments: 'none',
		logLevel: 'silent',
	});
	return result.outputFiles[0]!.contents;
}

/**
 * The web editor's server side (docs/EDITOR.md). `astro dev` serves Decap CMS's files under
 * `<base>admin/cms/` and answers the CMS's local back end at /api/v1 (decap-server's file-system
 * API, writing to the working tree's story folder), so `npm run dev` is the one command an editor
 * needs. `astro build` copies Decap's files into the site, so /admin/ needs no CDN, and bundles
 * the editor's own script beside them.
 */
export function webEditor(): AstroIntegration {
	let base = '/';
	let root = process.cwd();
	return {
		name: 'somoyrekha:web-editor',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				root = decodeURIComponent(config.root.pathname);
			},
			'astro:server:setup': async ({ server, logger }) => {
				const express = require('express') as () => unknown;
				// decap-server reads its folder from the environment when it registers.
				process.env.GIT_REPO_DIRECTORY = localRepository(root);
				const { registerLocalFs } = require('decap-server/dist/middlewares') as {
					registerLocalFs: (app: unknown, options?: { logLevel?: string }) => Promise<void>;
				};
				const app = express() as (q: unknown, s: unknown, n: unknown) => void;
				await registerLocalFs(app, { logLevel: 'warn' });
				const files = `${base}admin/cms/`;
				// Before Astro's page handler (Astro puts its URL checks in front of it, and of this).
				const handle: Connect.NextHandleFunction = (req, res, next) => {
					const path = (req.url ?? '').split('?')[0]!;
					if (path === LOCAL_API) {
						// decap-server answers at /api/v1.
						req.url = LOCAL_API.replace(/\/$/, '');
						app(req, res, next);
						return;
					}
					if (path === `${base}admin/${EDITOR_SCRIPT}`) {
						bundleEditor(root).then(
							(code) => {
								res.setHeader('content-type', TYPES['.js']!);
								res.end(code);
							},
							(error: unknown) => next(error),
						);
						return;
					}
					if (!path.startsWith(files)) return next();
					const name = path.slice(files.length);
					const file = join(decapDist(), name);
					if (!shipped(name) || !existsSync(file)) return next();
					res.setHeader('content-type', TYPES[extname(name)] ?? 'application/octet-stream');
					createReadStream(file).pipe(res);
				};
				server.middlewares.stack.unshift({ route: '', handle });
				logger.info(`web editor: ${base}admin/ (writing to ${process.env.GIT_REPO_DIRECTORY})`);
			},
			'astro:build:done': async ({ dir }) => {
				const out = join(decodeURIComponent(dir.pathname), 'admin', 'cms');
				await mkdir(out, { recursive: true });
				const names = (await readdir(decapDist())).filter(shipped);
				await Promise.all(names.map((name) => copyFile(join(decapDist(), name), join(out, name))));
				await writeFile(join(out, '..', EDITOR_SCRIPT), await bundleEditor(root));
			},
		},
	};
}
