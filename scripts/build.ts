/**
 * `npm run build [-- --outDir <dir>] [-- --skip-check]`: checks every story (as
 * `npm run check:content` does), builds the site into a fresh folder beside the output folder,
 * and moves it into place only when the whole build succeeded. A failed build leaves the
 * previous `dist/` exactly as it was, so nothing half-built can be deployed.
 * `--skip-check` leaves the checking to Astro's own schema validation (tests use it).
 * Any other arguments go to `astro build`.
 *
 * The check and `astro build` run at the same time (each in its own process, so on two cores):
 * Astro's output is held back until every story has passed, and if one has not, Astro is stopped
 * and its staging folder removed, so an editor sees only the check's messages. At 1,000 stories
 * the check alone takes about 7 s of CPU, or about 0.5 s when no story changed since it last
 * passed (its results are kept in the build cache, src/lib/editor/storyCheckStore.ts).
 *
 * What `astro build` does at its end on the finished pages (the per-page font subsets, then the
 * search index) runs once Astro has exited, the jobs one after the other in one fresh process
 * (scripts/postbuild.ts; Astro writes the jobs down instead of running them, see
 * src/integrations/postbuild.ts). At 1,000 stories Astro keeps about 1.3 GiB resident until it
 * exits, the font work needs up to 1 GiB and Pagefind 0.6 GiB: never beside Astro.
 *
 * The finished build is put in place atomically (scripts/lib/atomicPublish.ts): `dist` is a link
 * switched with one rename, so a kill at any instant leaves the previous build or the new one,
 * never none. What an interrupted build left beside it is removed by the next. If the command
 * that started the build is gone (npm's wrapper killed, a terminal closed), or the build gets
 * SIGINT, SIGTERM or SIGHUP, it stops its processes, removes its staging folder and publishes
 * nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { POSTBUILD_JOBS_ENV, postbuildJobFiles } from '../src/integrations/postbuild';
import {
	POSTBUILD_TEMP_PREFIX,
	isAlive,
	publishPaths,
	publishStaging,
	removeStale,
} from './lib/atomicPublish';

/** Preloaded into every process the build starts: it ends when the build does. */
const EXIT_WITH_PARENT = ['--import', import.meta.resolve('./lib/exitWithParent.mjs')];

/** A process's parent, from /proc (Linux); undefined where that cannot be read. */
function parentOf(pid: number): number | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
	} catch {
		return undefined;
	}
}

/**
 * Calls `stop` once the command that started this build is gone: this process's parent changed
 * (it was killed and this one handed to init), or, under npm, the parent's parent did (npm killed
 * while its `sh -c` waits on this build). Returns a function that stops watching.
 */
function watchParent(stop: () => void): () => void {
	const parent = process.ppid;
	const grandparent = process.env['npm_lifecycle_event'] ? parentOf(parent) : undefined;
	const timer = setInterval(() => {
		const gone =
			process.ppid !== parent ||
			(grandparent !== undefined && (parentOf(parent) !== grandparent || !isAlive(grandparent)));
		if (gone) stop();
	}, 500);
	timer.unref();
	return () => clearInterval(timer);
}

/**
 * Node flags for the `astro build` process. V8 lets the heap grow to several times what is live
 * before collecting (at 1,000 stories about 790 MB of heap for at most 240 MB live after a full
 * collection, `--trace-gc`); growing it by at most 40 % each time keeps the build's peak resident
 * memory near 1.3 GiB instead of 1.7 GiB, for about the same CPU time. A growth factor, not a
 * limit: a larger site still gets all the heap it needs.
 */
export const ASTRO_NODE_FLAGS = ['--heap-growing-percent=40', '--max-semi-space-size=16'];

/** Astro's command-line script, run with this Node (`process.execPath`), not a shell's `npx`. */
export function astroBin(): string {
	return join(
		dirname(createRequire(import.meta.url).resolve('astro/package.json')),
		'bin',
		'astro.mjs',
	);
}

/** Builds into `outDir` safely; resolves to the exit status. */
export async function safeBuild(options: {
	outDir?: string | undefined;
	skipCheck?: boolean | undefined;
	astroArgs?: string[] | undefined;
	/**
	 * Called once Astro has built the pages, before the font and search jobs (one process, one
	 * core): the content lane starts Chromium and loads its checkers then, on the core Astro has
	 * given back, instead of beside the story check and Astro's start.
	 */
	whenAstroDone?: (() => void) | undefined;
}): Promise<number> {
	const outDir = resolve(options.outDir ?? 'dist');
	const near = relative(process.cwd(), outDir);
	const shown = near && !near.startsWith('..') ? near : outDir;
	const keep = existsSync(outDir)
		? `${shown}/ is unchanged: it still holds the previous build.`
		: `No ${shown}/ was written.`;
	const { staging } = publishPaths(outDir);
	rmSync(staging, { recursive: true, force: true });
	for (const path of removeStale(outDir)) {
		console.log(`Removed ${relative(process.cwd(), path)}, left by an interrupted build.`);
	}
	const astro = astroBin();
	const hold = !options.skipCheck;
	// Astro writes down its end-of-build work (font subsets, search index) here instead of doing
	// it; the jobs run once Astro has exited (src/integrations/postbuild.ts).
	const jobs = join(tmpdir(), `${POSTBUILD_TEMP_PREFIX}${process.pid}`);
	rmSync(jobs, { recursive: true, force: true });
	const stopWatching = stopWhenAbandoned(staging, jobs);
	const child = spawn(
		process.execPath,
		[
			...ASTRO_NODE_FLAGS,
			...EXIT_WITH_PARENT,
			astro,
			'build',
			'--outDir',
			staging,
			...(options.astroArgs ?? []),
		],
		{
			stdio: hold ? ['inherit', 'pipe', 'pipe'] : 'inherit',
			env: {
				// Piped, Astro would drop its colours; keep them when the terminal has them.
				...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
				...process.env,
				[POSTBUILD_JOBS_ENV]: jobs,
			},
		},
	);
	running.add(child);
	const exited = new Promise<number>((resolveExit) => {
		child.on('error', (error) => {
			console.error(error);
			resolveExit(1);
		});
		child.on('close', (code, signal) => {
			running.delete(child);
			resolveExit(code ?? (signal ? 1 : 0));
		});
	});
	if (hold) {
		let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
		const relay = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
			if (held) held.push([to, chunk]);
			else to.write(chunk);
		};
		child.stdout!.on('data', relay(process.stdout));
		child.stderr!.on('data', relay(process.stderr));
		// In a process of its own, so the memory it used is given back when it ends.
		const checked = await runScript('check-content.ts', []);
		if (checked !== 0) {
			held = [];
			child.kill('SIGTERM');
			await exited;
			rmSync(staging, { recursive: true, force: true });
			rmSync(jobs, { recursive: true, force: true });
			stopWatching();
			console.error(`\nThe site was not built. ${keep}`);
			return 1;
		}
		for (const [to, chunk] of held) to.write(chunk);
		held = undefined;
	}
	let status = await exited;
	if (status === 0) options.whenAstroDone?.();
	// The font subsets (unless FONT_SUBSET=0), then the search index: the work `astro build` does
	// at its end, in one fresh process once Astro's memory is given back.
	const jobFiles = status === 0 ? await postbuildJobFiles(jobs) : [];
	if (jobFiles.length) status = await runScript('postbuild.ts', jobFiles);
	rmSync(jobs, { recursive: true, force: true });
	if (status !== 0) {
		rmSync(staging, { recursive: true, force: true });
		stopWatching();
		console.error(`\n✗ The build failed (see above). ${keep}`);
		return status;
	}
	// Synchronous from here on: a stop asked for now is handled after the switch, never halfway.
	stopWatching();
	publishStaging(staging, outDir, stepHook());
	console.log(`✓ Built into ${shown}/`);
	return 0;
}

/** The processes this build has started and not yet seen end. */
const running = new Set<ChildProcess>();

/**
 * Once the command that started the build is gone, or on SIGINT, SIGTERM or SIGHUP: stops the
 * build's processes, removes its staging and job folders and exits, publishing nothing. Returns
 * a function that stops watching (called before the switch, which is synchronous).
 */
function stopWhenAbandoned(staging: string, jobs: string): () => void {
	const stop = (why: string, code: number) => {
		for (const child of running) child.kill('SIGTERM');
		rmSync(staging, { recursive: true, force: true });
		rmSync(jobs, { recursive: true, force: true });
		console.error(`\nThe build was stopped (${why}); nothing was published.`);
		process.exit(code);
	};
	const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
	const handlers = Object.entries(signals).map(([signal, code]) => {
		const handler = () => stop(signal, code);
		process.on(signal, handler);
		return [signal, handler] as const;
	});
	const unwatch = watchParent(() => stop('the command that started it has ended', 1));
	return () => {
		unwatch();
		for (const [signal, handler] of handlers) process.off(signal, handler);
	};
}

/**
 * For tests: `SAFE_BUILD_KILL_AT=<step>` kills this process with SIGKILL at that step of the
 * switch (scripts/lib/atomicPublish.ts names them), as a power cut or the OOM killer would.
 */
function stepHook(): (step: string) => void {
	const at = process.env['SAFE_BUILD_KILL_AT'];
	return (step) => {
		if (step === at) process.kill(process.pid, 'SIGKILL');
	};
}

/** Runs one of these scripts (TypeScript, through tsx) with this Node; resolves to its exit status. */
function runScript(script: string, args: string[]): Promise<number> {
	const path = join(dirname(fileURLToPath(import.meta.url)), script);
	const child = spawn(
		process.execPath,
		[...EXIT_WITH_PARENT, '--import', import.meta.resolve('tsx'), path, ...args],
		{ stdio: 'inherit' },
	);
	running.add(child);
	child.on('close', () => running.delete(child));
	return new Promise((resolveExit) => {
		child.on('error', (error) => {
			console.error(error);
			resolveExit(1);
		});
		child.on('close', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
	});
}

/** Splits the command line into this script's options and the arguments left for `astro build`. */
export function parseBuildArgs(argv: readonly string[]): {
	outDir?: string | undefined;
	skipCheck: boolean;
	astroArgs: string[];
} {
	let outDir: string | undefined;
	let skipCheck = false;
	const astroArgs: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--skip-check') skipCheck = true;
		else if (arg === '--outDir') outDir = argv[++i];
		else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
		else astroArgs.push(arg);
	}
	return { outDir, skipCheck, astroArgs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await safeBuild(parseBuildArgs(process.argv.slice(2)));
}
