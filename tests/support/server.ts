import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { preview } from 'astro';
import { ROOT } from './site';

/** One request the server answered, in order: for asserting on what a browser fetched. */
export interface ServedRequest {
	method: string;
	/** The request's path and query, as the client sent it (with the base path). */
	url: string;
	status: number;
}

/** A running static server; `close()` it when done (in `afterAll`). */
export interface StaticServer {
	/** `http://127.0.0.1:<port>`, no trailing slash. */
	origin: string;
	/** The base path the site is served under, always with leading and trailing slash: `/` or `/outages/`. */
	base: string;
	/** `origin + base`: the site's home page, e.g. `http://127.0.0.1:41234/outages/`. */
	url: string;
	/**
	 * Every request answered so far, in order. Assign a new array to start a fresh log (the
	 * server appends to whichever array is assigned last).
	 */
	requests: ServedRequest[];
	/** Stops the server. */
	close(): Promise<void>;
}

export interface ServeOptions {
	/**
	 * Base path to serve the folder under, like a GitHub Pages project site: with `'/outages/'`,
	 * `/outages/bn/` serves `<dir>/bn/index.html` and every path outside `/outages/` is a 404.
	 * Default `'/'`.
	 */
	base?: string;
}

/** `'outages'` / `'/outages'` / `'/outages/'` → `'/outages/'`; `''` / `'/'` → `'/'`. */
function normaliseBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** What Node's HTTP server publishes on `http.server.response.finish`. */
interface ResponseFinish {
	request: {
		method?: string;
		url?: string;
		/** As sent, before the preview server strips the base path (connect keeps it). */
		originalUrl?: string;
		socket: { localPort?: number };
	};
	response: { statusCode: number };
}

/**
 * Serves a built site folder with Astro's own preview server (`preview()` from 'astro', what
 * `npm run preview` runs) on 127.0.0.1, on a free port the OS picks:
 *
 * - `/a/b/` serves `a/b/index.html`; a page address without its trailing slash is a 404, as the
 *   site's `trailingSlash: 'always'` makes every link end with one;
 * - a missing file answers 404 with the site's own `404.html`; paths outside `base` are 404s;
 * - `Cache-Control: no-store`, so each page a test opens fetches its fonts and scripts afresh.
 *
 * Every answered request is recorded in `requests` (from Node's `http.server.response.finish`
 * diagnostics channel), so a test can assert that nothing 404'd.
 *
 * @example
 * const server = await serveStatic(siteDir(), { base: '/outages/' });
 * await page.goto(`${server.url}bn/`);
 * await server.close();
 */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
	const base = normaliseBase(options.base ?? '/');
	const server = await preview({
		root: ROOT,
		// Only what serving needs, not the site's config: its integrations have nothing to serve.
		configFile: false,
		outDir: dir,
		base,
		trailingSlash: 'always',
		server: { host: '127.0.0.1', port: 0, headers: { 'Cache-Control': 'no-store' } },
		logLevel: 'error',
	});
	const log = { requests: [] as ServedRequest[] };
	const record = (message: unknown): void => {
		const { request, response } = message as ResponseFinish;
		if (request.socket.localPort !== server.port) return;
		log.requests.push({
			method: request.method ?? 'GET',
			url: request.originalUrl ?? request.url ?? '',
			status: response.statusCode,
		});
	};
	subscribe('http.server.response.finish', record);
	const origin = `http://127.0.0.1:${server.port}`;
	return {
		origin,
		base,
		url: `${origin}${base}`,
		get requests() {
			return log.requests;
		},
		set requests(requests: ServedRequest[]) {
			log.requests = requests;
		},
		close: async () => {
			unsubscribe('http.server.response.finish', record);
			await server.stop();
		},
	};
}
