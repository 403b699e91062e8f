import { resolve } from 'node:path';

/** The folder of stories: `--dir`, else `STORIES_DIR`, else `content/stories`. */
export function storiesDir(dir?: string): string {
	return resolve(dir ?? (process.env.STORIES_DIR || 'content/stories'));
}
