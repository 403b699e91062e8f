import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { editorLang, type EditorLang } from '../lib/editor/editorLang';
import { editorMessages } from '../i18n/messages/index';
import { isLang } from '../i18n/locales';
import { formatContentErrors, type ContentProblem } from '../lib/story/formatContentErrors';
import { validateStories, type ValidationCache } from '../lib/editor/validateStories';
import { checkStoryFolder } from '../lib/editor/checkStoryFolder';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The page `astro dev` serves while a story is invalid: the problems, as check:content words them,
 * in the language of the page asked for (Bengali under /bn/).
 */
function problemPage(report: string, base: string, lang: EditorLang): string {
	const m = editorMessages(lang);
	return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${m.pageTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;padding:1rem}</style>
<script type="module" src="${escape(base)}@vite/client"></script>
</head>
<body>
<h1>${m.pageHeading}</h1>
<p>${m.pageIntro}</p>
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
				let problems: ContentProblem[] = [];
				// The terminal speaks the editor's locale (LANG=bn_BD.UTF-8: Bengali).
				const terminalLang = editorLang();
				let timer: NodeJS.Timeout | undefined;
				// Only the story folders whose files changed since the last check are read again: an
				// edit then waits on one story's files, not on every story's.
				const cache: ValidationCache = new Map();
				// One check at a time, so an older result never replaces a newer one.
				let running: Promise<void> | undefined;
				let again = false;
				const checkOnce = async () => {
					const result = await validateStories(dir, root, { cache, checkFolder: checkStoryFolder });
					// Warnings do not stop the preview; check:content lists them.
					const errors = result.problems.filter((p) => !p.warning);
					const next = errors.length ? formatContentErrors(errors, terminalLang) : undefined;
					problems = errors;
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
					const path = (req.url ?? '/').slice(server.config.base.replace(/\/?$/, '/').length - 1);
					const first = path.split('/')[1];
					const lang: EditorLang = isLang(first) ? first : 'en';
					res.end(problemPage(formatContentErrors(problems, lang), server.config.base, lang));
				});
				await check();
			},
		},
	};
}
