import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatContentErrors } from '../lib/editor/formatContentErrors';
import { validateStories, type ValidationCache } from '../lib/editor/validateStories';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The page `astro dev` serves while a story is invalid: the problems, as check:content words them. */
function problemPage(report: string, base: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A story needs fixing</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;padding:1rem}</style>
<script type="module" src="${escape(base)}@vite/client"></script>
</head>
<body>
<h1>A story needs fixing before it can be shown</h1>
<p>Fix the problems below and save; this page reloads by itself. The same list is in the terminal, and <code>npm run check:content</code> prints it too.</p>
<pre>${escape(report)}</pre>
</body>
</html>`;
}

/**
 * In `astro dev`, checks every story as `npm run check:content` does, at start and after every
 * change under the stories folder (reading again only the stories whose files changed). While a
 * story is invalid, the terminal lists every problem and every page shows them instead of the
 * last good version (which Astro would otherwise keep serving); the open page reloads when they
 * are fixed.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'somoyrekha:content-check',
		hooks: {
			'astro:server:setup': async ({ server, logger }) => {
				const root = server.config.root;
				const dir = resolve(root, process.env.STORIES_DIR || 'content/stories');
				let report: string | undefined;
				let timer: NodeJS.Timeout | undefined;
				// Only the story folders whose files changed since the last check are read again: with
				// 1,000 stories, reading all 2,000 files after every save took seconds.
				const cache: ValidationCache = new Map();
				// One check at a time, so an older result never replaces a newer one.
				let running: Promise<void> | undefined;
				let again = false;
				const checkOnce = async () => {
					const { problems } = await validateStories(dir, root, cache);
					const next = problems.length ? formatContentErrors(problems) : undefined;
					if (next === report) return;
					if (next) logger.error(`\n${next}`);
					else if (report) logger.info('✓ every story is valid again');
					report = next;
					server.hot.send({ type: 'full-reload' });
				};
				const check = async (): Promise<void> => {
					if (running) {
						again = true;
						return running;
					}
					running = (async () => {
						do {
							again = false;
							await checkOnce();
						} while (again);
					})().finally(() => (running = undefined));
					return running;
				};
				server.watcher.on('all', (_event, path) => {
					if (!resolve(path).startsWith(dir + sep)) return;
					clearTimeout(timer);
					timer = setTimeout(() => void check(), 100);
				});
				server.middlewares.use((req, res, next) => {
					if (!report || req.method !== 'GET' || !req.headers.accept?.includes('text/html')) {
						next();
						return;
					}
					res.statusCode = 500;
					res.setHeader('content-type', 'text/html; charset=utf-8');
					res.end(problemPage(report, server.config.base));
				});
				await check();
			},
		},
	};
}
