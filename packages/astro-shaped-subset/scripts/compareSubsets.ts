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
import { dirname, join, relative } from 'node:path';
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

const subsetters = new Map<string, Promise<GlyphSubsetter>>();
const plain = new Map<string, Promise<number>>();
/** Bytes of the plain subset of the source font a per-page subset was cut from, same code points. */
function plainBytes(file: string): Promise<number> {
	let known = plain.get(file);
	if (!known) {
		known = (async () => {
			const stem = file
				.split('/')
				.pop()!
				.replace(/-subset\.[0-9a-f]+\.woff2$/, '');
			let subsetter = subsetters.get(stem);
			if (!subsetter) {
				subsetter = decompress(readFileSync(join(fontsDir, `${stem}.woff2`))).then((ttf) =>
					GlyphSubsetter.create(ttf.slice()),
				);
				subsetters.set(stem, subsetter);
			}
			const ours = new Shaper((await decompress(readFileSync(file))).slice());
			const cut = await subsetter;
			let ttf: Uint8Array;
			try {
				ttf = cut.subset([0], ours.unicodes(), { layoutClosure: true });
			} catch (error) {
				throw new Error(`${file}: ${String(error)}`);
			}
			return (await compress(ttf)).byteLength;
		})();
		plain.set(file, known);
	}
	return known;
}

const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.html'))
	.sort();
const rows = [['page', 'fonts', 'ours B', 'plain unicode subset B', 'ours / plain']];
for (const page of pages) {
	const html = readFileSync(join(dir, page), 'utf8');
	const document = parse(html);
	if (document.querySelector('[data-bundle$="/pagefind/"]')) continue; // whole fonts
	const sheets = document
		.querySelectorAll('link[rel="stylesheet"]')
		.map((l) => l.getAttribute('href')!)
		.filter((h) => /\/fonts\.[0-9a-f]+\.css$/.test(h));
	let ours = 0;
	let theirs = 0;
	let count = 0;
	for (const sheet of sheets) {
		for (const face of parseFontFaces(readFileSync(join(dir, sheet), 'utf8'))) {
			const file = join(dir, face.url);
			ours += readFileSync(file).byteLength;
			theirs += file.includes('-subset.') ? await plainBytes(file) : readFileSync(file).byteLength;
			count++;
		}
	}
	rows.push([
		`/${relative(dir, join(dir, page)).replace(/index\.html$/, '')}`,
		`${count}`,
		`${ours}`,
		`${theirs}`,
		(ours / theirs).toFixed(2),
	]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) {
	console.log(row.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
}
