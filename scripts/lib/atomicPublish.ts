/**
 * How `npm run build` puts a finished build in place without a moment when the output folder is
 * missing or half-written: the output folder (`dist`) is a symbolic link to a folder in
 * `dist-releases/`, and a build switches it with one `rename(2)` of a new link over the old one,
 * which the kernel does atomically. Whatever instant the build is killed at, `dist` is either the
 * previous build or the new one, each complete (docs/DEPLOY.md, "Publishing never loses the site").
 *
 * Layout beside the output folder `<dir>/<name>`:
 *   <name>                        the link, e.g. `dist -> dist-releases/1733150000000-4242`
 *   <name>-releases/<time>-<pid>  the build it points to (and, briefly, the one it replaced)
 *   <name>-building-<pid>         where build <pid> is writing
 *   <name>.link-<pid>             the new link, for the instant before it is renamed over <name>
 * Anything of this kind left by a build whose process is gone is removed by the next build.
 */
import {
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readlinkSync,
	renameSync,
	rmSync,
	symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** The prefix of the folder of jobs Astro leaves for after it (scripts/build.ts), in the temp folder. */
export const POSTBUILD_TEMP_PREFIX = 'somoyrekha-postbuild-';

/** The names a build of `outDir` uses beside it, for process `pid`. */
export function publishPaths(outDir: string, pid = process.pid) {
	const dir = dirname(outDir);
	const name = basename(outDir);
	return {
		releases: join(dir, `${name}-releases`),
		staging: join(dir, `${name}-building-${pid}`),
		link: join(dir, `${name}.link-${pid}`),
	};
}

/** Whether a process with this id is running (or exists under another user). */
export function isAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Points `outDir` at `staging`'s contents in one atomic step, and removes the build it replaced.
 * `step` is called between the steps (tests kill the process there). Returns the release folder.
 */
export function publishStaging(
	staging: string,
	outDir: string,
	step: (name: string) => void = () => {},
): string {
	const { releases, link } = publishPaths(outDir);
	mkdirSync(releases, { recursive: true });
	const id = `${Date.now()}-${process.pid}`;
	const release = join(releases, id);
	renameSync(staging, release);
	step('moved into releases');
	rmSync(link, { force: true });
	symlinkSync(join(basename(releases), id), link, 'dir');
	step('new link made');
	const stat = lstatSync(outDir, { throwIfNoEntry: false });
	let previous = stat?.isSymbolicLink() ? join(dirname(outDir), readlinkSync(outDir)) : undefined;
	if (stat && !stat.isSymbolicLink()) {
		// A real folder from before builds were published by link: moved aside once, so for this
		// one build there is an instant (between two renames) with no `outDir`.
		previous = join(releases, `${id}-before`);
		renameSync(outDir, previous);
		step('old folder moved aside');
	}
	renameSync(link, outDir);
	step('switched');
	// Only a build this code published: a link someone pointed elsewhere is left alone.
	if (previous && dirname(previous) === releases)
		rmSync(previous, { recursive: true, force: true });
	removeStale(outDir);
	return release;
}

/**
 * Removes what interrupted builds of `outDir` left behind: staging folders, links and releases
 * that `outDir` does not point to, whose build process is gone; and their postbuild job folders
 * in the temp folder. Returns the paths removed.
 */
export function removeStale(outDir: string, tempDir = tmpdir()): string[] {
	const dir = dirname(outDir);
	const name = basename(outDir);
	const removed: string[] = [];
	const remove = (path: string) => {
		rmSync(path, { recursive: true, force: true });
		removed.push(path);
	};
	const deadPid = (text: string | undefined) => text !== undefined && !isAlive(Number(text));
	const staged = new RegExp(`^${escape(name)}(?:-building-|\\.link-)(\\d+)$`);
	for (const entry of safeList(dir)) {
		if (deadPid(staged.exec(entry)?.[1])) remove(join(dir, entry));
	}
	const { releases } = publishPaths(outDir);
	const current = existsSync(outDir) ? safeReadlink(outDir) : undefined;
	for (const entry of safeList(releases)) {
		const path = join(releases, entry);
		if (current && join(dir, current) === path) continue;
		// This process publishes one build, the current one: any other of its releases is stale too.
		const pid = /^\d+-(\d+)/.exec(entry)?.[1];
		if (deadPid(pid) || Number(pid) === process.pid) remove(path);
	}
	const jobs = new RegExp(`^${POSTBUILD_TEMP_PREFIX}(\\d+)$`);
	for (const entry of safeList(tempDir)) {
		if (deadPid(jobs.exec(entry)?.[1])) remove(join(tempDir, entry));
	}
	return removed;
}

function safeList(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		return [];
	}
}

function safeReadlink(path: string): string | undefined {
	try {
		return readlinkSync(path);
	} catch {
		return undefined;
	}
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
