/**
 * `npm run build [-- --outDir <dir>] [-- --skip-check]`: checks every story (as
 * `npm run check:content` does), builds the site into a fresh folder beside the output folder,
 * and moves it into place only when the whole build succeeded. A failed build leaves the
 * previous `dist/` exactly as it was, so nothing half-built can be deployed.
 * `--skip-check` leaves the checking to Astro's own schema validation (tests use it).
 * Any other arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent } from './check-content';

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
	if (!options.skipCheck && (await checkContent()) !== 0) {
		console.error(`\nThe site was not built. ${keep}`);
		return 1;
	}
	const staging = `${outDir}-building-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	const astro = join(
		dirname(createRequire(import.meta.url).resolve('astro/package.json')),
		'bin',
		'astro.mjs',
	);
	const result = spawnSync(
		process.execPath,
		[astro, 'build', '--outDir', staging, ...(options.astroArgs ?? [])],
		{ stdio: 'inherit' },
	);
	if (result.status !== 0) {
		rmSync(staging, { recursive: true, force: true });
		console.error(`\n✗ The build failed (see above). ${keep}`);
		return result.status ?? 1;
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
