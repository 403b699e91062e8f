import { readdir, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * How long the font caches keep a file no build has used. A file's modification time is the last
 * build that wrote or used it; CI keeps the cache between deploys (docs/DEPLOY.md), so without
 * this the folder would grow by every subset and stylesheet an edit ever made.
 */
export const KEEP_UNUSED_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Tidies a cache folder at the end of a build: marks the files this build used (`used`, names in
 * `dir`) as used now, and deletes the other files directly in `dir` (folders are left alone)
 * that no build has used for `days` days, leftovers of interrupted writes included. Returns how
 * many it deleted; a missing folder is an empty one.
 */
export async function pruneUnused(
	dir: string,
	used: ReadonlySet<string>,
	{ days = KEEP_UNUSED_DAYS, now = new Date() }: { days?: number; now?: Date } = {},
): Promise<number> {
	let entries;
	try {
		entries = await readdir(dir, { withFileTypes: true });
	} catch {
		return 0;
	}
	let deleted = 0;
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const path = join(dir, entry.name);
		try {
			if (used.has(entry.name)) {
				await utimes(path, now, now);
			} else if (now.getTime() - (await stat(path)).mtimeMs > days * DAY_MS) {
				await unlink(path);
				deleted++;
			}
		} catch {
			// deleted by a build beside this one
		}
	}
	return deleted;
}
