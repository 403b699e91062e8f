import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The work `astro build` does at its end on the finished pages (font subsets, then the search
 * index) runs in Astro's process unless this environment variable names a folder: then each
 * integration writes its job there instead, as JSON, and `npm run build` (scripts/build.ts) runs
 * the jobs in order with scripts/postbuild.ts, in one fresh process, once Astro has exited.
 * Same functions, same pages; but Astro's memory (about 1.3 GiB at 1,000 stories, held until it
 * exits) is never held at the same time as the font work's or Pagefind's.
 */
export const POSTBUILD_JOBS_ENV = 'POSTBUILD_JOBS';

/** A job one of the site's integrations left for after Astro. */
export type PostbuildJob =
	| { kind: 'font-subset'; job: import('astro-shaped-subset').FontSubsetJob }
	| { kind: 'pagefind'; job: PagefindJob };

/** What indexing a built site needs (./pagefind.ts); JSON, so another process can run it. */
export interface PagefindJob {
	/** The built site. */
	site: string;
}

/**
 * Writes the job into the folder POSTBUILD_JOBS names (numbered, so jobs run in the order the
 * integrations ran) and returns true; returns false when the variable is not set, and the caller
 * runs the job itself.
 */
export async function deferToPostbuild(job: PostbuildJob): Promise<boolean> {
	const dir = process.env[POSTBUILD_JOBS_ENV];
	if (!dir) return false;
	await mkdir(dir, { recursive: true });
	const order = (await readdir(dir)).length;
	await writeFile(
		join(dir, `${String(order).padStart(2, '0')}-${job.kind}.json`),
		JSON.stringify(job),
	);
	return true;
}

/** The job files in a POSTBUILD_JOBS folder, in the order they are to run. */
export async function postbuildJobFiles(dir: string): Promise<string[]> {
	const names = await readdir(dir).catch(() => [] as string[]);
	return names
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => join(dir, name));
}
