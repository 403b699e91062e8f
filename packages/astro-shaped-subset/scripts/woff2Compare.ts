/**
 * `npx tsx packages/astro-shaped-subset/scripts/woff2Compare.ts [--dir <built site>] [--runs 5]`:
 * this package's WOFF2 encoder (src/woff2Encoder.ts over Node's Brotli) against Google's
 * (wawoff2, WebAssembly), side by side: bytes and the median time of `runs` encodings of each
 * font (the tests' fonts, and with --dir the per-page subsets a built site holds, decoded first).
 * Both at Brotli quality 11, one at a time on this thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compress, decompress } from 'wawoff2';
import { encodeWoff2 } from '../src/woff2Encoder.ts';
import { testFonts } from '../tests/testFonts.ts';

const { values } = parseArgs({
	options: { dir: { type: 'string' }, runs: { type: 'string', default: '5' } },
});
const runs = Number(values.runs);

const fonts = await testFonts();
if (values.dir) {
	const assets = join(values.dir, '_astro');
	for (const name of readdirSync(assets).filter(
		(n) => n.includes('-subset.') && n.endsWith('.woff2'),
	)) {
		fonts.push({ name, ttf: (await decompress(readFileSync(join(assets, name)))).slice() });
	}
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(f: () => unknown): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		await f();
		times.push(performance.now() - t0);
	}
	return median(times);
}

console.log(`load average ${loadavg()[0]!.toFixed(1)} at start; median of ${runs} runs each\n`);
const rows = [['font', 'TTF B', 'ours B', 'wawoff2 B', 'ours − wawoff2', 'ours ms', 'wawoff2 ms']];
let [oursTotal, theirsTotal, oursMs, theirsMs] = [0, 0, 0, 0];
for (const { name, ttf } of fonts) {
	const ours = encodeWoff2(ttf, 11).byteLength;
	const theirs = (await compress(ttf)).byteLength;
	const a = await time(() => encodeWoff2(ttf, 11));
	const b = await time(() => compress(ttf));
	[oursTotal, theirsTotal, oursMs, theirsMs] = [
		oursTotal + ours,
		theirsTotal + theirs,
		oursMs + a,
		theirsMs + b,
	];
	rows.push([
		name,
		`${ttf.byteLength}`,
		`${ours}`,
		`${theirs}`,
		`${ours - theirs}`,
		a.toFixed(1),
		b.toFixed(1),
	]);
}
rows.push([
	'all',
	'',
	`${oursTotal}`,
	`${theirsTotal}`,
	`${oursTotal - theirsTotal}`,
	oursMs.toFixed(1),
	theirsMs.toFixed(1),
]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows)
	console.log(row.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
