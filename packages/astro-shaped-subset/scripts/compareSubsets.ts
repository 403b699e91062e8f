/**
 * `npx tsx packages/astro-shaped-subset/scripts/compareSubsets.ts --dir <built site> [--fonts <dir>]`:
 * for every page of a site built with this package, the bytes of the fonts it loads against
 * what a plain unicode-range subsetter gives for the same code points (hb-subset's defaults with
 * its GSUB closure, as glyphhanger and subfont cut: every glyph a rule could reach from those
 * characters, every lookup kept), both WOFF2 by wawoff2. `--fonts`: the folder of the source
 * WOFF2 files (default: @fontsource/noto-sans-bengali's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'node-html-parser';
import { compress, decompress } from 'wawoff2';
import { parseFontFaces } from '../src/fontFaces.ts';
import { Shaper } from '../src/shaper.ts';
import { GlyphSubsetter } from '../src/subsetter.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, fonts: { type: 'string' } } });
if (!values.dir) throw new Error('Give a built site: --dir <folder>');
const dir = values.dir;
const fontsDir =
	values.fonts ??
	join(
		dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-bengali/package.json')),
		'files',
	);

const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.html'))
	.sort();
/** Each page's font files (search excepted: whole fonts). */
const pageFonts = new Map<string, string[]>();
for (const page of pages) {
	const document = parse(readFileSync(join(dir, page), 'utf8'));
	if (document.querySelector('[data-bundle$="/pagefind/"]')) continue;
	const sheets = document
		.querySelectorAll('link[rel="stylesheet"]')
		.map((l) => l.getAttribute('href')!)
		.filter((h) => /\/fonts\.[0-9a-f]+\.css$/.test(h));
	pageFonts.set(
		page,
		sheets.flatMap((sheet) =>
			parseFontFaces(readFileSync(join(dir, sheet), 'utf8')).map((face) => join(dir, face.url)),
		),
	);
}

// Every plain subset is cut before any is compressed: a wawoff2 call between two hb-subset
// calls made the next one fail in this script (a build calls no wawoff2 encoder by default).
const plainTtf = new Map<string, Uint8Array>();
const subsetters = new Map<string, GlyphSubsetter>();
for (const file of new Set([...pageFonts.values()].flat())) {
	if (!file.includes('-subset.')) continue;
	const stem = file
		.split('/')
		.pop()!
		.replace(/-subset\.[0-9a-f]+\.woff2$/, '');
	let subsetter = subsetters.get(stem);
	if (!subsetter) {
		const ttf = (await decompress(readFileSync(join(fontsDir, `${stem}.woff2`)))).slice();
		subsetters.set(stem, (subsetter = await GlyphSubsetter.create(ttf)));
	}
	const ours = new Shaper((await decompress(readFileSync(file))).slice());
	plainTtf.set(file, subsetter.subset([0], ours.unicodes(), { layoutClosure: true }));
}
const plainBytes = new Map<string, number>();
for (const [file, ttf] of plainTtf) plainBytes.set(file, (await compress(ttf)).byteLength);

const rows = [['page', 'fonts', 'ours B', 'plain unicode subset B', 'ours / plain']];
for (const [page, files] of pageFonts) {
	const ours = files.reduce((n, f) => n + readFileSync(f).byteLength, 0);
	const theirs = files.reduce((n, f) => n + (plainBytes.get(f) ?? readFileSync(f).byteLength), 0);
	rows.push([
		`/${page.replace(/index\.html$/, '')}`,
		`${files.length}`,
		`${ours}`,
		`${theirs}`,
		(ours / theirs).toFixed(2),
	]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) {
	console.log(row.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
}
