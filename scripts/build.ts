/**
 * `npm run build [-- --outDir <dir>] [-- --skip-check]`: checks every story (as
 * `npm run check:content` does), builds the site into a fresh folder beside the output folder,
 * and moves it into place only when the whole build succeeded. A failed build leaves the
 * previous `dist/` exactly as it was, so nothing half-built can be deployed.
 * `--skip-check` leaves the checking to Astro's own schema validation (tests use it).
 * Any other arguments go to `astro build`.
 *
 * The check and `astro build` run at the same time (the check here, Astro in its own process,
 * so on two cores): Astro's output is held back until every story has passed, and if one has
 * not, Astro is stopped and its staging folder removed, so an editor sees only the check's
 * messages. At 1,000 stories the check alone takes about 7 s of CPU.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent } from './check-content';

/**
 * Node flags for the `astro build` process. V8 lets the heap grow to several times what is live
 * before collecting (at 1,000 stories about 790 MB of heap for at most 240 MB live after a full
 * collection, `--trace-gc`); growing it by at most 40 % each time keeps the build's peak resident
 * memory near 1.3 GiB instead of 1.7 GiB, for about the same CPU time. A growth factor, not a
 * limit: a larger site still gets all the heap it needs.
 */
export const ASTRO_NODE_FLAGS = ['--heap-growing-percent=40'];

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
}): Promise<number> {
	const outDir = resolve(options.outDir ?? 'dist');
	const near = relative(process.cwd(), outDir);
	const shown = near && !near.startsWith('..') ? near : outDir;
	const keep = existsSync(outDir)
		? `${shown}/ is unchanged: it still holds the previous build.`
		: `No ${shown}/ was written.`;
	const staging = `${outDir}-building-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	const astro = astroBin();
	const hold = !options.skipCheck;
	const child = spawn(
		process.execPath,
		[...ASTRO_NODE_FLAGS, astro, 'build', '--outDir', staging, ...(options.astroArgs ?? [])],
		{
			stdio: hold ? ['inherit', 'pipe', 'pipe'] : 'inherit',
			// Piped, Astro would drop its colours; keep them when the terminal has them.
			env: process.stdout.isTTY ? { FORCE_COLOR: '1', ...process.env } : process.env,
		},
	);
	const exited = new Promise<number>((resolveExit) => {
		child.on('error', (error) => {
			console.error(error);
			resolveExit(1);
		});
		child.on('close', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
	});
	if (hold) {
		let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
		const relay = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
			if (held) held.push([to, chunk]);
			else to.write(chunk);
		};
		child.stdout!.on('data', relay(process.stdout));
		child.stderr!.on('data', relay(process.stderr));
		const checked = await checkContent().catch((error: unknown) => {
			child.kill('SIGTERM');
			throw error;
		});
		if (checked !== 0) {
			held = [];
			child.kill('SIGTERM');
			await exited;
			rmSync(staging, { recursive: true, force: true });
			console.error(`\nThe site was not built. ${keep}`);
			return 1;
		}
		for (const [to, chunk] of held) to.write(chunk);
		held = undefined;
	}
	const status = await exited;
	if (status !== 0) {
		rmSync(staging, { recursive: true, force: true });
		console.error(`\n✗ The build failed (see above). ${keep}`);
		return status;
	}
	const previous = `${outDir}-previous-${process.pid}`;
	if (existsSync(outDir)) renameSync(outDir, previous);
	renameSync(staging, outDir);
	rmSync(previous, { recursive: true, force: true });
	console.log(`✓ Built into ${shown}/`);
	return 0;
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
