import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** Content types for the files an Astro build (plus Pagefind, feeds and fonts) writes. */
const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.xsl': 'application/xslt+xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	// WebAssembly must carry this type, or WebAssembly.instantiateStreaming (Pagefind) refuses it.
	'.wasm': 'application/wasm',
};

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
	/** Stops the server and drops open connections. */
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

/**
 * Serves a built site folder over HTTP on 127.0.0.1, on a free port the OS picks (port 0), the
 * way a static host does (GitHub Pages, Netlify, S3 + CDN):
 *
 * - `/a/b/` serves `a/b/index.html`; `/a/b` (a folder, no slash) redirects 301 to `/a/b/`;
 * - a missing file answers 404 with the site's own `404.html` when the build has one (plain text
 *   otherwise), so a browser test sees the page a reader would;
 * - paths outside `base`, and any path escaping the folder (`..`), are 404s;
 * - only GET and HEAD (405 otherwise); no caching headers, no compression.
 *
 * Every answered request is recorded in `requests`, so a test can assert that nothing 404'd.
 *
 * @example
 * const server = await serveStatic(siteDir(), { base: '/outages/' });
 * await page.goto(`${server.url}bn/`);
 * await server.close();
 */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
	const base = normaliseBase(options.base ?? '/');
	const root = normalize(dir);
	const log = { requests: [] as ServedRequest[] };

	async function fileFor(urlPath: string): Promise<{ file: string } | { redirect: string } | null> {
		if (!urlPath.startsWith(base)) return null;
		let rel: string;
		try {
			rel = decodeURIComponent(urlPath.slice(base.length));
		} catch {
			return null;
		}
		const file = normalize(join(root, rel));
		if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
		const info = await stat(file).catch(() => null);
		if (info?.isFile()) return { file };
		if (info?.isDirectory()) {
			if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
			const index = join(file, 'index.html');
			if ((await stat(index).catch(() => null))?.isFile()) return { file: index };
		}
		return null;
	}

	function send(req: IncomingMessage, res: ServerResponse, status: number, file: string): void {
		const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
		res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	}

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<number> {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Method not allowed\n');
			return 405;
		}
		const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
		const found = await fileFor(urlPath);
		if (found && 'redirect' in found) {
			res.writeHead(301, { Location: found.redirect });
			res.end();
			return 301;
		}
		if (found) {
			send(req, res, 200, found.file);
			return 200;
		}
		const notFound = join(root, '404.html');
		if ((await stat(notFound).catch(() => null))?.isFile()) {
			send(req, res, 404, notFound);
		} else {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(`Not found: ${urlPath}\n`);
		}
		return 404;
	}

	const server = createServer((req, res) => {
		handle(req, res).then(
			(status) => log.requests.push({ method: req.method ?? 'GET', url: req.url ?? '', status }),
			(error: unknown) => {
				log.requests.push({ method: req.method ?? 'GET', url: req.url ?? '', status: 500 });
				if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
				res.end(`Server error: ${String(error)}\n`);
			},
		);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
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
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
