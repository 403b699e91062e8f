/**
 * The font phase alone: `npx tsx scripts/font-subset-bench.ts --dir <built site> [--pages N]`.
 *
 * Plans every page's fonts as astro-shaped-subset does after `astro build` (packages/
 * astro-shaped-subset), with this site's zone-switcher words, without writing anything and without the subset cache, and prints where the
 * time went: reading pages and working out their text by weight, shaping, hb-subset, WOFF2. Any
 * built site will do (`npm run bench -- --n 100 --dev-n= --keep` leaves one, or
 * `npx astro build --outDir <dir>`); the pages' added font links are ignored. Settings come from
 * the environment as in a build: FONT_SUBSET_WOFF2 (`native`, `wawoff2`),
 * FONT_SUBSET_WOFF2_QUALITY, FONT_SUBSET_BOLD. Run it before and after a
 * change at the same load (the load average is printed).
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
	htmlFiles,
	PageFontPlanner,
	pageFontText,
	sourceFaces,
	stylesOf,
	woff2Settings,
	type BoldPolicy,
} from 'astro-shaped-subset';
import { parse } from 'node-html-parser';
import { zoneSwitcherLateText } from '../src/integrations/zoneSwitcherLateText';

const { values } = parseArgs({
	options: {
		dir: { type: 'string' },
		pages: { type: 'string' },
		base: { type: 'string', default: '/' },
	},
});
if (!values.dir) throw new Error('Give a built site: --dir <folder>');
const dir = resolve(values.dir);
const root = new URL('..', import.meta.url).pathname;
const fontsCss = join(root, 'src/styles/fonts.css');

const load = loadavg()[0]!;
const start = performance.now();
const sources = await sourceFaces(fontsCss, 'all', 0x0985);
const bold = (process.env.FONT_SUBSET_BOLD ?? 'face') as BoldPolicy;
const planner = await PageFontPlanner.create(sources, undefined, { bold });
const setup = performance.now() - start;

// Time spent working out what each page needs from each face (cached shaping included).
let needsMs = 0;
const glyphsFor = planner.glyphsFor.bind(planner);
planner.glyphsFor = (...args) => {
	const s = performance.now();
	try {
		return glyphsFor(...args);
	} finally {
		needsMs += performance.now() - s;
	}
};

let pages = await htmlFiles(dir);
if (values.pages) pages = pages.slice(0, Number(values.pages));
const cssCache = new Map<string, Promise<string>>();
let textMs = 0;
let fontBytes = 0;
let bengaliMax = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let next = 0;
const lane = async (): Promise<void> => {
	while (next < pages.length) {
		const file = pages[next++]!;
		const html = await readFile(file, 'utf8');
		const headEnd = html.indexOf('</head>');
		if (headEnd < 0) continue;
		const css = await stylesOf(parse(html.slice(0, headEnd)), values.base, dir, cssCache);
		const s = performance.now();
		const document = parse(html, { comment: false });
		const text = pageFontText(document, css, zoneSwitcherLateText);
		textMs += performance.now() - s;
		// Every page's own text is cut, the search pages' too: their whole faces for results (the
		// late family, astro.config.mjs) are the source files as they are, no work.
		const fonts = await planner.fontsFor(text);
		let bengali = 0;
		for (const f of fonts) {
			fontBytes += f.woff2.byteLength;
			if (f.mode === 'shape') bengali += f.woff2.byteLength;
		}
		bengaliMax = Math.max(bengaliMax, bengali);
	}
};
await Promise.all(Array.from({ length: 16 }, lane));
const total = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const { subsetMs, woff2Ms } = planner.subsetTimes;
const n = planner.stats.subsets;
const w = woff2Settings();
const ms = (v: number): string => `${Math.round(v)} ms`;
console.log(
	`${pages.length} pages of ${dir}, WOFF2 ${w.encoder}${w.encoder === 'native' ? ` q${w.quality}` : ''}, bold ${bold}, ` +
		`load average ${load.toFixed(1)} at start`,
);
console.log(`  setup (fonts decoded, HarfBuzz loaded)  ${ms(setup)}`);
console.log(`  page text by weight (parse HTML, CSS)   ${ms(textMs)}`);
console.log(
	`  a page's needs from each face           ${ms(needsMs)}, of which shaping new runs ${ms(planner.stats.shapeMs)}`,
);
console.log(
	`  hb-subset                               ${ms(subsetMs)} (${(subsetMs / n).toFixed(1)} ms a subset)`,
);
console.log(
	`  WOFF2 under way (overlaps other work)   ${ms(woff2Ms)} (${(woff2Ms / n).toFixed(1)} ms a subset)`,
);
console.log(
	`  all pages                               ${ms(total)} (${(total / pages.length).toFixed(1)} ms a page, ` +
		`${n} subsets, ${(total / n).toFixed(1)} ms a subset)`,
);
console.log(
	`  CPU time (all threads)                  ${ms(cpuMs)} (${(cpuMs / pages.length).toFixed(1)} ms a page; ` +
		`less sensitive to other load than wall time)`,
);
console.log(
	`  font bytes a page on average ${Math.round(fontBytes / pages.length)}; largest Bengali subset total ` +
		`on a page (search excepted) ${bengaliMax} B`,
);
