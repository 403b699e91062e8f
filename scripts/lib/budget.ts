import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { inRanges, lateFamilyName, parseFontFaces, visibleText } from 'astro-shaped-subset';
import { LATE_FAMILY } from '../../src/integrations/wholeFonts';

export type Kind = 'html' | 'css' | 'js' | 'fonts' | 'images';
export const KINDS: Kind[] = ['html', 'css', 'js', 'fonts', 'images'];

export interface Sizes {
	raw: number;
	gzip: number;
	brotli: number;
}

/** One file a first visit fetches. */
export interface Transfer extends Sizes {
	kind: Kind;
	/** URL path (with the base path), or `inline:<n>` for inline scripts. */
	url: string;
}

/** A script on the page and everything it imports statically: what running it costs. */
export interface ScriptReport {
	/** The `<script>` as written (tag only), for messages. */
	tag: string;
	/** `module` (deferred; runs after the page is readable) or `classic` (may block reading). */
	type: 'module' | 'classic';
	/** Loaded with `async`/`defer` or as a module: the page renders and reads without it. */
	optional: boolean;
	brotli: number;
}

export interface PageReport {
	/** URL path, e.g. `/bn/meta-outage-2024-03-05/`. */
	page: string;
	transfers: Transfer[];
	byKind: Record<Kind, Sizes>;
	/** Brotli size of the text a reader sees. */
	textBrotli: number;
	scripts: ScriptReport[];
	/** Bytes of Bengali font files (faces whose unicode-range covers Bengali) the page loads. */
	bengaliFontBytes: number;
	/** The page loads Pagefind (the search page). */
	search: boolean;
	/** A story page (an `<article class="story">`); every other page is a navigation page. */
	story: boolean;
	/** Files from /pagefind/ the page loads up front. */
	pagefindUrls: string[];
}

export function sizes(bytes: Uint8Array | string): Sizes {
	const buf = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
	return {
		raw: buf.byteLength,
		gzip: gzipSync(buf, { level: 9 }).byteLength,
		brotli: brotliCompressSync(buf, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 11,
				[constants.BROTLI_PARAM_SIZE_HINT]: buf.byteLength,
			},
		}).byteLength,
	};
}

function attr(tag: string, name: string): string | undefined {
	const m = new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(tag);
	if (!m) return undefined;
	return m[1] ?? m[2] ?? m[3] ?? '';
}

/** Static `import` specifiers of an ES module (what loading it fetches before it runs). */
export function staticImports(js: string): string[] {
	const out: string[] = [];
	for (const m of js.matchAll(/\bimport\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) {
		out.push(m[1]!);
	}
	for (const m of js.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) {
		out.push(m[1]!);
	}
	return out;
}

/**
 * What a first visit to one built page transfers, by kind: the HTML; linked stylesheets; scripts
 * and their static imports; the font files its @font-face rules name whose unicode-range covers
 * the page's text, except the whole faces under the late family (`LATE_FAMILY`: the search page
 * fetches them once the reader types); images (`<img src>`, icons). Inline styles and scripts
 * count as HTML.
 */
export function analyzePage(dir: string, base: string, page: string): PageReport {
	const htmlFile = join(dir, page.slice(base.length), page.endsWith('/') ? 'index.html' : '');
	const html = readFileSync(htmlFile, 'utf8');
	const transfers: Transfer[] = [{ kind: 'html', url: page, ...sizes(html) }];
	const seen = new Set<string>();
	const fileOf = (url: string): string | undefined => {
		if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined; // other origin: none allowed
		const path = url.split(/[?#]/)[0]!;
		const absolute = path.startsWith('/') ? path : posix.join(posix.dirname(page + 'x'), path);
		if (!absolute.startsWith(base)) return undefined;
		const file = join(dir, absolute.slice(base.length));
		return existsSync(file) ? file : undefined;
	};
	const add = (kind: Kind, url: string): string | undefined => {
		const file = fileOf(url);
		if (!file || seen.has(file)) return undefined;
		seen.add(file);
		const bytes = readFileSync(file);
		transfers.push({ kind, url, ...sizes(bytes) });
		return file;
	};

	// Stylesheets, then the fonts their @font-face rules name for characters on this page.
	const text = visibleText(html);
	let css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
	for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
		const tag = m[0];
		const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
		const href = attr(tag, 'href');
		if (!href) continue;
		if (rel.split(/\s+/).includes('stylesheet')) {
			const file = add('css', href);
			if (file) css += `\n${readFileSync(file, 'utf8')}`;
		} else if (/\bicon\b/.test(rel)) add('images', href);
		else if (rel === 'modulepreload') add('js', href);
	}
	let bengaliFontBytes = 0;
	const codePoints = new Set([...text].map((c) => c.codePointAt(0)!));
	const faces = parseFontFaces(css.replace(/@font-face\s*\{[^}]*url\(data:[^}]*\}/g, ''));
	const late = new Set(faces.map((face) => lateFamilyName(LATE_FAMILY, face.family)));
	for (const face of faces) {
		if (late.has(face.family)) continue;
		const used = [...codePoints].some((cp) => inRanges(face.ranges, cp));
		if (!used) continue;
		const before = transfers.length;
		add('fonts', face.url);
		if (transfers.length > before && inRanges(face.ranges, 0x0985)) {
			bengaliFontBytes += transfers.at(-1)!.raw;
		}
	}

	// Scripts: each with its static import graph.
	// Inline scripts travel inside the HTML (their bytes count there too).
	const scripts: ScriptReport[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const tag = `<script${m[1]}>`;
		const type = attr(tag, 'type')?.toLowerCase() ?? '';
		if (type && type !== 'module' && !type.includes('javascript')) continue; // data (JSON-LD)
		const isModule = type === 'module';
		const optional =
			isModule || attr(tag, 'async') !== undefined || attr(tag, 'defer') !== undefined;
		const src = attr(tag, 'src');
		let bytes = 0;
		const queue: { url: string; from: string }[] = [];
		if (src) queue.push({ url: src, from: page });
		else {
			bytes += sizes(m[2]!).brotli;
			for (const spec of staticImports(m[2]!)) queue.push({ url: spec, from: page });
		}
		const visited = new Set<string>();
		while (queue.length) {
			const { url, from } = queue.shift()!;
			const resolved = url.startsWith('/') ? url : posix.join(posix.dirname(from), url);
			if (visited.has(resolved)) continue;
			visited.add(resolved);
			const file = fileOf(resolved);
			if (!file) continue;
			const js = readFileSync(file, 'utf8');
			bytes += sizes(js).brotli;
			add('js', resolved);
			for (const spec of staticImports(js)) {
				if (spec.startsWith('.') || spec.startsWith('/')) queue.push({ url: spec, from: resolved });
			}
		}
		scripts.push({ tag, type: isModule ? 'module' : 'classic', optional, brotli: bytes });
	}

	for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
		const src = attr(m[0], 'src');
		if (src) add('images', src);
	}

	const byKind = Object.fromEntries(
		KINDS.map((kind) => {
			const of = transfers.filter((t) => t.kind === kind);
			return [
				kind,
				{
					raw: of.reduce((n, t) => n + t.raw, 0),
					gzip: of.reduce((n, t) => n + t.gzip, 0),
					brotli: of.reduce((n, t) => n + t.brotli, 0),
				},
			];
		}),
	) as Record<Kind, Sizes>;
	const pagefindUrls = transfers.map((t) => t.url).filter((u) => u.includes('/pagefind/'));
	return {
		page,
		transfers,
		byKind,
		textBrotli: sizes(text.replace(/\s+/g, ' ').trim()).brotli,
		scripts,
		bengaliFontBytes,
		search: /\/pagefind\//.test(html),
		story: /<article\b[^>]*\bclass="story\b/.test(html),
		pagefindUrls,
	};
}

export interface Limits {
	/**
	 * HTML + CSS brotli a page may have beyond what its text earns: its frame (head with its meta,
	 * hreflang links and JSON-LD, masthead, footer, stylesheet), which does not grow with the text.
	 * A story page's frame is larger (dateline, status and span, the zone control, the timeline's
	 * rail); every other page (chooser, lists, search, 404) is a navigation page.
	 */
	frame: { story: number; navigation: number };
	/** Beyond its frame, HTML + CSS brotli at most this many times the brotli of the visible text. */
	markupPerText: number;
	/** Any optional (enhancement) script, with its imports, at most this many bytes brotli. */
	enhancementScript: number;
	/** Bengali font bytes a page loads (all weights), at most. */
	bengaliFont: number;
	/** Bytes a first visit transfers in all (see {@link transferred}), at most; search excepted. */
	firstLoad: number;
	/** Bytes the search page transfers before the reader types (see {@link transferred}), at most. */
	searchFirstLoad: number;
}

/** The issue's targets. `npm run budget -- --strict` fails on these. */
export const TARGETS: Limits = {
	// A story page's markup at most 1.5 × its text, as the issue asks; a navigation page, whose
	// text is a few links, 3 KB and 1.5 × its text.
	frame: { story: 0, navigation: 3 * 1024 },
	markupPerText: 1.5,
	// 2 KB until issue 21: the zone switcher also regroups the timeline by day, words day entries,
	// dates clocks and the dateline (2,440 B brotli, 2026-12-07).
	enhancementScript: 3072,
	// A regular and a bold subset, each within 15 KB (tests/build/font-subset.test.ts).
	bengaliFont: 30 * 1024,
	firstLoad: 45 * 1024,
	// Issue 13: no whole font before the reader types (Pagefind and the whole faces come then).
	searchFirstLoad: 40 * 1024,
};

/**
 * Ceilings `npm run budget`, the content lane and CI fail on: the JavaScript rules are the
 * targets themselves; markup and font sizes are held where the site stands (docs/BENCHMARKS.md),
 * so no change makes them worse while the targets are still missed.
 *
 * Markup is held to a frame plus twice the text, not to a multiple of the text alone: a ratio
 * alone refused a live story in its first minutes (one or two entries, so little text that the
 * page's fixed frame was over 4.4 × it) and a home page listing two to six stories (over 3 KB,
 * under 1 KB of text), so an editor's publish failed although nothing had grown but the content
 * (tests/build/liveStory.test.ts). The Meta story pages stand at 8.2 KB (bn, 2.5 KB of text) and
 * 7.5 KB (en, 1.7 KB of text); a two-entry story at 5.8 KB with 0.7 KB of text (2026-12-03).
 */
export const CEILINGS: Limits = {
	frame: { story: 5 * 1024, navigation: 3 * 1024 },
	markupPerText: 2,
	enhancementScript: 3072,
	// The story page loads 25.0 KB: its regular (14.5 KB) and bold (10.6 KB) subsets (2026-12-02).
	bengaliFont: 40 * 1024,
	// The issue's 45 KB is the target; the ceiling leaves room for a story longer than the Meta
	// one: the content lane's fixture (the Meta story with a day entry and source links) came to
	// 46,113 B on 2026-12-07 once the zone switcher regrouped the timeline (+0.7 KB), and the lane
	// refused it. A real story is longer still; held at 48 KB, the target reported above it.
	firstLoad: 48 * 1024,
	searchFirstLoad: 40 * 1024,
};

/**
 * What a page's first visit transfers in all: the brotli size of its HTML, CSS, JavaScript and
 * images (a server compresses them) and the bytes of its fonts (WOFF2 is compressed already).
 */
export function transferred(report: PageReport): number {
	return report.transfers.reduce((n, t) => n + (t.kind === 'fonts' ? t.raw : t.brotli), 0);
}

/** @deprecated name kept for callers: the ceilings. */
export const LIMITS = CEILINGS;

/** What is over these limits on a page, as sentences; empty when all is within. */
export function overBudget(report: PageReport, limits: Limits = CEILINGS): string[] {
	const problems: string[] = [];
	const markup = report.byKind.html.brotli + report.byKind.css.brotli;
	const kind = report.story ? 'story' : 'navigation';
	const frame = limits.frame[kind];
	const allowed = frame + Math.floor(limits.markupPerText * report.textBrotli);
	if (markup > allowed) {
		problems.push(
			`HTML+CSS is ${markup} B brotli, over the ${allowed} B allowed (${kind} page: ${frame ? `${frame} B and ` : ''}${limits.markupPerText} × its text, ${report.textBrotli} B brotli)`,
		);
	}
	for (const script of report.scripts) {
		if (!script.optional) {
			problems.push(
				`${script.tag} may block reading: scripts must be type="module", async or defer (optional enhancement)`,
			);
		} else if (!report.search && script.brotli > limits.enhancementScript) {
			problems.push(
				`${script.tag} is ${script.brotli} B brotli with its imports, over the ${limits.enhancementScript} B for an enhancement script`,
			);
		}
	}
	if (!report.search && report.pagefindUrls.length > 0) {
		problems.push(
			`loads Pagefind files outside the search page: ${report.pagefindUrls.join(', ')}`,
		);
	}
	const firstLoad = report.search ? limits.searchFirstLoad : limits.firstLoad;
	if (transferred(report) > firstLoad) {
		problems.push(
			`a first visit transfers ${transferred(report)} B${report.search ? ' before the reader types' : ''}, over ${firstLoad} B`,
		);
	}
	if (report.bengaliFontBytes > limits.bengaliFont) {
		problems.push(
			`loads ${report.bengaliFontBytes} B of Bengali font, over ${limits.bengaliFont} B`,
		);
	}
	return problems;
}

function kb(n: number): string {
	return n >= 10240
		? `${(n / 1024).toFixed(0)}K`
		: n >= 1024
			? `${(n / 1024).toFixed(1)}K`
			: `${n}`;
}

/** A plain-text table: one row per page, raw/gzip/brotli per kind, and the budget columns. */
export function formatTable(reports: PageReport[]): string {
	const header = [
		'page',
		...KINDS.map((k) => `${k} raw/gz/br`),
		'text br',
		'md/text',
		'bn font',
		'total',
		'status',
	];
	const rows = reports.map((r) => {
		const markup = r.byKind.html.brotli + r.byKind.css.brotli;
		const status = overBudget(r, CEILINGS).length
			? 'OVER'
			: overBudget(r, TARGETS).length
				? 'ok, off target'
				: 'ok';
		return [
			r.page,
			...KINDS.map((k) => {
				const s = r.byKind[k];
				return s.raw ? `${kb(s.raw)}/${kb(s.gzip)}/${kb(s.brotli)}` : '-';
			}),
			kb(r.textBrotli),
			r.textBrotli ? (markup / r.textBrotli).toFixed(2) : '-',
			r.bengaliFontBytes ? kb(r.bengaliFontBytes) : '-',
			kb(transferred(r)),
			r.search ? `${status} (search)` : status,
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]): string =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Every built HTML page as a URL path under `base`, but the web editor (/admin/, docs/EDITOR.md): a newsroom tool, not a reader page. */
export function pagesIn(files: string[], base: string): string[] {
	return files
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split('\\').join('/'))
		.filter((f) => !f.startsWith('admin/'))
		.map((f) => `${base}${f.replace(/(^|\/)index\.html$/, '$1')}`)
		.sort();
}
