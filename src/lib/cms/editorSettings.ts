import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { EditorSettings } from './cmsConfig';

/** Where the dev server answers the CMS's local back end (decap-server's file-system API); with the slash the site's URLs end in. */
export const LOCAL_API = '/api/v1/';

/** The folder of stories the site is built from: `STORIES_DIR`, else `content/stories`. */
export function storiesDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
	return resolve(root, env.STORIES_DIR || 'content/stories');
}

/**
 * The web editor's settings for the page: on the dev server, the local back end, which writes to
 * the story folder's parent (so a `STORIES_DIR` outside the project works too); in a build, GitHub:
 * `CMS_GITHUB_REPO` (else GitHub Actions' `GITHUB_REPOSITORY`), `CMS_BRANCH` (else `main`) and
 * `CMS_AUTH_URL`, the OAuth service that signs editors in (docs/EDITOR.md).
 */
export function editorSettings(
	dev: boolean,
	root: string,
	base: string,
	env: NodeJS.ProcessEnv = process.env,
): EditorSettings {
	const dir = storiesDir(root, env);
	if (dev) return { base, backend: { kind: 'local', url: LOCAL_API, folder: basename(dir) } };
	return {
		base,
		backend: {
			kind: 'github',
			repo: env.CMS_GITHUB_REPO || env.GITHUB_REPOSITORY || 'OWNER/REPOSITORY',
			branch: env.CMS_BRANCH || 'main',
			baseUrl: env.CMS_AUTH_URL || undefined,
			folder: relative(root, dir).split(sep).join('/'),
		},
	};
}

/** The folder the local back end reads and writes in: the story folder's parent. */
export function localRepository(root: string, env: NodeJS.ProcessEnv = process.env): string {
	return dirname(storiesDir(root, env));
}
