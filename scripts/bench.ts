/**
 * Build benchmark: `npm run bench [-- --n 1,100,1000] [-- --dev-n 1,1000] [-- --write]`.
 *
 * For each N it writes N synthetic stories (both editions, 10–30 timeline entries; see
 * scripts/lib/synthStories.ts) into a temporary folder and builds the site from them as
 * `npm run build` does (`STORIES_DIR=<folder> /usr/bin/time -v … scripts/build.ts --outDir <temp>`:
 * the content check beside `astro build`, then the font subsets and the search index, each in a
 * process of its own; font subsets cold: FONT_SUBSET_CACHE=0), and prints wall time, time per page, CPU time of all its
 * processes, peak memory (all the build's processes together, sampled from /proc; and the
 * largest single process) and where the time went (Astro's own timing lines). Then, for each
 * --dev-n, it starts `npx astro dev` on a free port, saves a change to a timeline entry and
 * measures how long until the page the dev server serves shows it. `--write` puts the figures
 * into docs/BENCHMARKS.md between the BENCH markers. `--baseline` also builds (and, for each
 * --dev-n, runs the edit loop on) a bare Astro site over the same stories (scripts/lib/bareSite.ts):
 * the floor that Astro alone sets on this machine. `--publish` measures the content lane instead
 * (with axe on the changed pages; the warm-up axes every page only up to `--axe-max` stories,
 * default 100: see benchPublish)
 * (`npm run build:content`, scripts/build-content.ts): for each N, a first run warms the cache,
 * then one entry is added to one story and the lane runs again until dist/ is ready to upload;
 * the bare Astro site's cold build of the same stories is the floor, in the same run. Not part
 * of the tests: run it alone, as it loads both cores.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ratioCell } from './lib/benchRatios';
import { writeBareSite } from './lib/bareSite';
import { sampleTreeMemory } from './lib/processTreeMemory';
import { appendEntry, editFirstEntry, writeStories, type SynthStory } from './lib/synthStories';

const USAGE = `Usage: npm run bench -- [options]

  --n 1,100,1000     story counts to build (cold, then after one edit)
  --dev-n 1,1000     story counts for the astro dev edit loop
  --edits 5          edits timed in each dev loop
  --baseline         also build a bare Astro site over the same stories (the floor)
  --publish          measure the content lane (npm run build:content) instead
  --axe-max 100      above this many stories the lane's warm-up runs without axe
  --write            put the figures into docs/BENCHMARKS.md
  --keep             keep the temporary folders
  --help             this text

It loads both cores for minutes: run it alone, not beside the tests.`;

const OPTIONS = {
	n: { type: 'string', default: '1,100,1000' },
	'dev-n': { type: 'string', default: '1,1000' },
	edits: { type: 'string', default: '5' },
	write: { type: 'boolean', default: false },
	keep: { type: 'boolean', default: false },
	baseline: { type: 'boolean', default: false },
	publish: { type: 'boolean', default: false },
	'axe-max': { type: 'string', default: '100' },
	help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The options, or the usage (and exit status 2 after a wrong argument). */
function readOptions() {
	try {
		return parseArgs({ options: OPTIONS }).values;
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${USAGE}`);
		process.exit(2);
	}
}
const values = readOptions();
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
const counts = values.n.split(',').filter(Boolean).map(Number);
const devCounts = values['dev-n'].split(',').filter(Boolean).map(Number);
const ROOT = new URL('..', import.meta.url).pathname;
const BUILD_SCRIPT = join(ROOT, 'scripts', 'build.ts');
const ASTRO_BIN = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

interface BuildResult {
	n: number;
	/**
	 * `cold`: an empty cache; `rebuild`: after one edit, with the cache the cold build left;
	 * `bare`: the bare Astro site of scripts/lib/bareSite.ts over the same stories, cold (the floor).
	 */
	kind: 'cold' | 'rebuild' | 'bare';
	pages: number;
	/** Output files Astro copied from its incremental-build cache instead of making them. */
	restored: number;
	wallS: number;
	msPerPage: number;
	/** The most resident memory the build's processes held together (sampled from /proc). */
	peakMiB: number;
	/** The largest single process's maximum resident set (`/usr/bin/time -v`). */
	largestMiB: number;
	/** Astro's own phases, as it logs them. */
	phases: string[];
	/** One-minute load average when the build started (2 cores: above 2 means others were working). */
	load: number;
	/**
	 * CPU time (user + system) of the build and its child processes: steadier than wall time on a
	 * shared machine, where others' work stretches the wall time but hardly the CPU time.
	 */
	cpuS: number;
}

/**
 * A copy of the project to build in (its own .astro/ and caches, so a benchmark never touches the
 * work tree's generated files or another build's), sharing node_modules by a symlink.
 */
function workspace(prefix: string, bare = false): string {
	const work = mkdtempSync(join(tmpdir(), prefix));
	if (bare) {
		writeBareSite(work, join(ROOT, 'node_modules'));
		return work;
	}
	for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		if (existsSync(join(ROOT, entry)))
			cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
	return work;
}

function run(
	cmd: string,
	args: string[],
	extraEnv: Record<string, string>,
	cwd = ROOT,
	onStart?: (child: ChildProcess) => void,
): Promise<string> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(cmd, args, { cwd, env: { ...env, ...extraEnv } });
		onStart?.(child);
		let out = '';
		child.stdout.on('data', (d: Buffer) => (out += d.toString()));
		child.stderr.on('data', (d: Buffer) => (out += d.toString()));
		child.on('close', (code) =>
			code === 0
				? resolvePromise(out)
				: reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.slice(-3000)}`)),
		);
	});
}

const strip = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Builds the stories in `work` as `npm run build` does, into `work/dist`, with the workspace's
 * own cache (`work/.cache`: Astro's incremental-build copies and the font subsets).
 */
async function buildOnce(work: string, n: number, kind: BuildResult['kind']): Promise<BuildResult> {
	const stories = join(work, 'content', 'stories');
	const out = join(work, 'dist');
	const hasTime = existsSync('/usr/bin/time');
	const load = loadavg()[0]!;
	const start = performance.now();
	// `npm run build` (scripts/build.ts): the content check beside Astro, then the font subsets
	// and the search index, each in a process of its own, once Astro has exited. The bare site:
	// `astro build` alone.
	const build =
		kind === 'bare'
			? [process.execPath, ASTRO_BIN, 'build']
			: [process.execPath, '--import', import.meta.resolve('tsx'), BUILD_SCRIPT];
	let sampler: ReturnType<typeof sampleTreeMemory> | undefined;
	const log = strip(
		await run(
			hasTime ? '/usr/bin/time' : build[0]!,
			[...(hasTime ? ['-v', ...build] : build.slice(1)), '--outDir', out],
			{ STORIES_DIR: stories, ASTRO_CACHE_DIR: join(work, '.cache') },
			work,
			(child) => (sampler = sampleTreeMemory(child.pid!)),
		).finally(() => sampler?.stop()),
	);
	const treePeak = sampler!.stop();
	const wallS = (performance.now() - start) / 1000;
	const pages = (readdirSync(out, { recursive: true }) as string[]).filter((f) =>
		f.endsWith('.html'),
	).length;
	const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
	const user = /User time \(seconds\): ([\d.]+)/.exec(log);
	const system = /System time \(seconds\): ([\d.]+)/.exec(log);
	const phases = log
		.split('\n')
		.filter((l) =>
			/Completed in|built in|page\(s\) built|font-subset\]|pagefind\]|Synced content|content config|generating static routes|checked in|Built into/.test(
				l,
			),
		)
		.map((l) => l.replace(/^\d\d:\d\d:\d\d\s*/, '').trim());
	return {
		n,
		kind,
		pages,
		restored: log.match(/\(restored\)/g)?.length ?? 0,
		wallS,
		msPerPage: (wallS * 1000) / pages,
		peakMiB: treePeak / 2 ** 20,
		largestMiB: rss ? Number(rss[1]) / 1024 : Number.NaN,
		cpuS: user && system ? Number(user[1]) + Number(system[1]) : Number.NaN,
		phases,
		load,
	};
}

/**
 * N stories built cold (an empty cache, as on a fresh clone), then, after an editor's change to
 * one timeline entry, built again with the cache the first build left (what a newsroom's next
 * build costs when its CI keeps the cache, .github/workflows/ci.yml).
 */
async function bench(n: number): Promise<BuildResult[]> {
	const work = workspace(`somoyrekha-bench-${n}-`);
	try {
		const written = writeStories(join(work, 'content', 'stories'), n);
		const cold = await buildOnce(work, n, 'cold');
		const target = written[Math.floor(written.length / 2)]!;
		editFirstEntry(join(target.dir, 'bn.mdx'), `সম্পাদনা${Date.now().toString(36)}`);
		const rebuild = await buildOnce(work, n, 'rebuild');
		return [cold, rebuild];
	} finally {
		if (!values.keep) rmSync(work, { recursive: true, force: true });
	}
}

/** The same N stories built as the bare Astro site (scripts/lib/bareSite.ts): the floor. */
async function benchBare(n: number): Promise<BuildResult> {
	const work = workspace(`somoyrekha-bare-${n}-`, true);
	try {
		writeStories(join(work, 'content', 'stories'), n);
		return await buildOnce(work, n, 'bare');
	} finally {
		if (!values.keep) rmSync(work, { recursive: true, force: true });
	}
}

function freePort(): Promise<number> {
	return new Promise((resolvePromise, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolvePromise(address.port)
					: reject(new Error('no port')),
			);
		});
	});
}

function stop(child: ChildProcess): Promise<void> {
	return new Promise((resolvePromise) => {
		if (child.exitCode !== null) return resolvePromise();
		child.once('exit', () => resolvePromise());
		try {
			process.kill(-child.pid!, 'SIGTERM'); // the dev server's own process group only
		} catch {
			child.kill('SIGTERM');
		}
		setTimeout(() => {
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {
				// already gone
			}
		}, 5000).unref();
	});
}

async function fetchText(url: string): Promise<string> {
	const res = await fetch(url);
	return res.text();
}

interface DevResult {
	n: number;
	/** The bare Astro site of scripts/lib/bareSite.ts instead of this project. */
	bare: boolean;
	startS: number;
	firstPageS: number;
	editsMs: number[];
}

/** How often the edit loop asks the dev server for the page while waiting for an edit. */
const POLL_MS = 50;

/** Starts `astro dev`, edits one entry's Bengali text `edits` times, and times each until served. */
async function devLoop(n: number, edits: number, bare = false): Promise<DevResult> {
	const work = workspace(`somoyrekha-dev-${bare ? 'bare-' : ''}${n}-`, bare);
	const stories = join(work, 'content', 'stories');
	const written: SynthStory[] = writeStories(stories, n);
	const target = written[Math.floor(written.length / 2)]!;
	const port = await freePort();
	const started = performance.now();
	const child = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: work,
		env: { ...env, STORIES_DIR: stories, ASTRO_CACHE_DIR: join(work, '.cache') },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr.on('data', (d: Buffer) => (log += d.toString()));
	try {
		const base = `http://127.0.0.1:${port}`;
		const deadline = Date.now() + 300_000;
		while (!/Local|ready in/i.test(strip(log))) {
			if (child.exitCode !== null) throw new Error(`astro dev exited:\n${log.slice(-2000)}`);
			if (Date.now() > deadline) throw new Error(`astro dev did not start:\n${log.slice(-2000)}`);
			await new Promise((r) => setTimeout(r, 100));
		}
		const startS = (performance.now() - started) / 1000;
		const url = `${base}/bn/${target.slug}/`;
		const t0 = performance.now();
		const first = await fetchText(url);
		const firstPageS = (performance.now() - t0) / 1000;
		if (!first.includes('entry-01'))
			throw new Error(`The dev page ${url} does not show the timeline`);
		const file = join(target.dir, 'bn.mdx');
		const editsMs: number[] = [];
		for (let i = 1; i <= edits; i++) {
			const token = `সম্পাদনা${i}x${Date.now().toString(36)}`;
			await new Promise((r) => setTimeout(r, 300)); // let the watcher settle between edits
			const s = performance.now();
			// The first entry's Bengali text gets a new last word.
			editFirstEntry(file, token);
			for (;;) {
				const html = await fetchText(url);
				if (html.includes(token)) break;
				if (performance.now() - s > 60_000) {
					throw new Error(
						`Edit ${i} of ${file} did not show on ${url} within 60 s; the dev server's log ends (requests left out):\n${strip(
							log,
						)
							.split('\n')
							.filter((line) => !/\[[0-9]{3}\] \//.test(line))
							.slice(-40)
							.join('\n')}`,
					);
				}
				// A browser asks once per reload; asking every 10 ms kept the dev server busy
				// rendering the old page while it was storing the new content. Every 50 ms, the
				// figure is at most 50 ms late.
				await new Promise((r) => setTimeout(r, POLL_MS));
			}
			editsMs.push(performance.now() - s);
		}
		return { n, bare, startS, firstPageS, editsMs };
	} finally {
		await stop(child);
		if (!values.keep) rmSync(work, { recursive: true, force: true });
	}
}

const median = (xs: number[]): number => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const nodeVersion = (await run('npx', ['node', '--version'], {})).trim();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start), Node ${nodeVersion}, ${process.platform} ${process.arch}`;
console.log(`Machine: ${machine}`);

if (values.publish) {
	await benchPublish();
	process.exit(0);
}

/**
 * The content lane after an editor adds one entry, at each N: wall time of `npm run build:content`
 * (check, incremental build, checks of the built site, axe on the changed pages) from a warm
 * cache, beside the bare Astro site's cold build of the same stories.
 */
async function benchPublish(): Promise<void> {
	const lane = [
		process.execPath,
		'--import',
		import.meta.resolve('tsx'),
		join(ROOT, 'scripts', 'build-content.ts'),
	];
	const rows: string[] = [];
	for (const n of counts) {
		// The warm-up is the lane's first run: axe then reads every page (about half a second a
		// page here, 17 minutes for the 2,000 pages of N = 1000), so above --axe-max the warm-up
		// runs without axe and its record of checked pages is given to axe too, as if axe had
		// passed them: the measured run then axes the changed pages, as the lane does once its
		// cache holds axe's record. The row says so.
		const axeWarm = n <= Number(values['axe-max']);
		const work = workspace(`somoyrekha-publish-${n}-`);
		try {
			const written = writeStories(join(work, 'content', 'stories'), n);
			const laneEnv = {
				STORIES_DIR: join(work, 'content', 'stories'),
				ASTRO_CACHE_DIR: join(work, '.cache'),
			};
			const timeLane = async (axe: boolean) => {
				const load = loadavg()[0]!;
				const start = performance.now();
				// A lane that finds a problem exits 1 after the whole of its work: the time still
				// counts, and the row says how many problems it reported.
				const log = strip(
					await run(
						lane[0]!,
						[...lane.slice(1), ...(axe ? [] : ['--no-axe'])],
						laneEnv,
						work,
					).catch((error: Error) => {
						if (!/Content lane: .*\.\n?$/.test(error.message)) throw error;
						return error.message;
					}),
				);
				const steps = /Content lane: ([^\n]*)\./.exec(log)?.[1] ?? '';
				const changed = /(\d+ of \d+ pages changed)/.exec(log)?.[1] ?? '';
				// Astro's route lines: "(restored)" where incrementalBuild copied the last build's file.
				const routes = log.split('\n').filter((line) => /[├└]─ \//.test(line));
				const copied = routes.filter((line) => line.includes('(restored)')).length;
				const problems =
					/(\d+) problems in the built site/.exec(log)?.[1] ??
					(/✓ .* is ready to upload/.test(log) ? '0' : 'some');
				return {
					wallS: (performance.now() - start) / 1000,
					load,
					steps,
					changed: `${changed}; ${copied} of ${routes.length} files copied by Astro`,
					problems,
				};
			};
			console.log(`\nN = ${n}: warming the cache (the content lane once) …`);
			const warm = await timeLane(axeWarm);
			if (!axeWarm) {
				const record = join(laneEnv.ASTRO_CACHE_DIR, 'content-lane-pages.json');
				const pages = JSON.parse(readFileSync(record, 'utf8')) as { checks: object; axe: object };
				writeFileSync(record, JSON.stringify({ ...pages, axe: pages.checks }));
			}
			console.log(`N = ${n}, warm-up: ${warm.wallS.toFixed(1)} s (${warm.steps})`);
			const target = written[Math.floor(written.length / 2)]!;
			appendEntry(join(target.dir, 'bn.mdx'), `live-${Date.now().toString(36)}`);
			const after = await timeLane(true);
			console.log(
				`N = ${n}, one entry added: ${after.wallS.toFixed(1)} s until dist/ is ready (${after.steps}; ${after.changed}; ${after.problems} problems reported; load ${after.load.toFixed(1)})`,
			);
			const bare = await benchBare(n);
			console.log(
				`N = ${n}, bare Astro cold build: ${bare.wallS.toFixed(1)} s (load ${bare.load.toFixed(1)})`,
			);
			const ratio = ratioCell(after.wallS, bare.wallS, 'lane', n);
			console.log(`N = ${n}, the lane against bare Astro's cold build: ${ratio}`);
			rows.push(
				`| ${n} | ${after.wallS.toFixed(1)} s | ${bare.wallS.toFixed(1)} s | ${ratio} | ${after.steps}${axeWarm ? '' : ' (warm-up without axe)'} | ${after.changed} | ${after.problems} | ${after.load.toFixed(1)} / ${bare.load.toFixed(1)} |`,
			);
		} finally {
			if (!values.keep) rmSync(work, { recursive: true, force: true });
		}
	}
	const section = [
		`Command: \`npm run bench -- --publish --n ${values.n} --axe-max ${values['axe-max']}\` (${new Date().toISOString().slice(0, 16)}Z)`,
		'',
		`Machine: ${machine}`,
		'',
		'| stories | one entry added → dist/ ready | bare Astro, cold | lane ÷ bare (target) | steps | pages changed; files Astro copied | problems reported | load average at start (lane / bare) |',
		'| ---: | ---: | ---: | --- | --- | --- | ---: | --- |',
		...rows,
	].join('\n');
	console.log(`\n${section}`);
	if (values.write) await writeSection('PUBLISH-BENCH', section);
}

/** Puts `text` between docs/BENCHMARKS.md's `<!-- NAME:START -->` and `<!-- NAME:END -->`. */
async function writeSection(name: string, text: string): Promise<void> {
	const doc = join(ROOT, 'docs/BENCHMARKS.md');
	const old = readFileSync(doc, 'utf8');
	const start = `<!-- ${name}:START -->`;
	const end = `<!-- ${name}:END -->`;
	if (!old.includes(start) || !old.includes(end))
		throw new Error(`${doc} has no ${start} … ${end} markers`);
	writeFileSync(
		doc,
		`${old.slice(0, old.indexOf(start) + start.length)}\n\n${text}\n\n${old.slice(old.indexOf(end))}`,
	);
	await run('npx', ['prettier', '--write', doc], {});
	console.log(`\nWrote the figures into ${doc}`);
}

const KIND: Record<BuildResult['kind'], string> = {
	cold: 'cold',
	rebuild: 'after one edit',
	bare: 'bare Astro, cold',
};
const builds: BuildResult[] = [];
for (const n of counts) {
	console.log(`\nN = ${n}: writing ${n} stories and building …`);
	for (const result of [...(await bench(n)), ...(values.baseline ? [await benchBare(n)] : [])]) {
		builds.push(result);
		console.log(
			`N = ${n}, ${KIND[result.kind]}: ${result.pages} pages in ${result.wallS.toFixed(2)} s wall (${result.cpuS.toFixed(1)} s CPU), ${result.msPerPage.toFixed(1)} ms a page, peak ${result.peakMiB.toFixed(0)} MiB all processes together (largest process ${result.largestMiB.toFixed(0)} MiB), ${result.restored} files copied from the last build (load average ${result.load.toFixed(1)} at start)`,
		);
		for (const phase of result.phases) console.log(`    ${phase}`);
	}
	const bare = floorOf(n);
	for (const b of bare ? builds.filter((r) => r.n === n && r.kind !== 'bare') : []) {
		console.log(
			`N = ${n}, ${KIND[b.kind]} against bare Astro's cold build: time ${ratioCell(b.wallS, bare!.wallS, b.kind === 'bare' ? undefined : b.kind, n)}, peak memory ${ratioCell(b.peakMiB, bare!.peakMiB, 'memory', n)}`,
		);
	}
}

const devs: DevResult[] = [];
for (const n of devCounts) {
	for (const bare of values.baseline ? [false, true] : [false]) {
		const site = bare ? 'bare Astro' : 'Somoyrekha';
		console.log(`\nDev loop at N = ${n} (${site}): starting astro dev …`);
		const result = await devLoop(n, Number(values.edits), bare);
		devs.push(result);
		console.log(
			`N = ${n} (${site}): dev server ready in ${result.startS.toFixed(1)} s, first page ${result.firstPageS.toFixed(2)} s; ` +
				`edit → served: ${result.editsMs.map((ms) => `${Math.round(ms)} ms`).join(', ')} (median ${Math.round(median(result.editsMs))} ms)`,
		);
	}
}

/** Bare Astro's cold build of the same stories in this run: the floor the ratios divide by. */
function floorOf(n: number): BuildResult | undefined {
	return builds.find((b) => b.n === n && b.kind === 'bare');
}

const command = `npm run bench -- --n ${values.n} --dev-n ${values['dev-n']} --edits ${values.edits}${values.baseline ? ' --baseline' : ''}`;
const table = [
	`Command: \`${command}\` (${new Date().toISOString().slice(0, 16)}Z)`,
	'',
	`Machine: ${machine}`,
	'',
	'| stories | build | pages | files copied | wall time | ÷ bare cold (target) | per page | CPU time | peak memory (all processes) | ÷ bare peak (target) | largest process | load average at start |',
	'| ---: | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: |',
	...builds.map((b) => {
		const bare = floorOf(b.n);
		const time = ratioCell(b.wallS, bare?.wallS, b.kind === 'bare' ? undefined : b.kind, b.n);
		const memory = ratioCell(
			b.peakMiB,
			bare?.peakMiB,
			b.kind === 'bare' ? undefined : 'memory',
			b.n,
		);
		return `| ${b.n} | ${KIND[b.kind]} | ${b.pages} | ${b.restored} | ${b.wallS.toFixed(2)} s | ${time} | ${b.msPerPage.toFixed(1)} ms | ${b.cpuS.toFixed(1)} s | ${b.peakMiB.toFixed(0)} MiB | ${memory} | ${b.largestMiB.toFixed(0)} MiB | ${b.load.toFixed(1)} |`;
	}),
	'',
	...(devs.length
		? [
				'| dev loop: stories | site | server ready | first page | edit → served (each) | median |',
				'| ---: | --- | ---: | ---: | --- | ---: |',
				...devs.map(
					(d) =>
						`| ${d.n} | ${d.bare ? 'bare Astro' : 'Somoyrekha'} | ${d.startS.toFixed(1)} s | ${d.firstPageS.toFixed(2)} s | ${d.editsMs.map((ms) => `${Math.round(ms)}`).join(', ')} ms | ${Math.round(median(d.editsMs))} ms |`,
				),
				'',
			]
		: []),
	...builds.flatMap((b) => [
		`Where the time went at N = ${b.n}, ${KIND[b.kind]} (Astro’s log lines):`,
		'',
		'```',
		...b.phases,
		'```',
		'',
	]),
].join('\n');
console.log(`\n${table}`);

if (values.write) await writeSection('BENCH', table);
