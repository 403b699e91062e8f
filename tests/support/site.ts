import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The folder of the site this test run built (see tests/globalSetup.ts). */
export function siteDir(): string {
	return inject('siteDir');
}

/** A built page's HTML by its URL path, e.g. `readPage('/bn/meta-outage-2024-03-05/')`. */
export function readPage(urlPath: string, dir = siteDir()): string {
	const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
	return readFileSync(join(dir, file), 'utf8');
}

/**
 * Every built reader page as a URL path, e.g. `['/', '/bn/', …]`. The web editor (/admin/) is a
 * tool with its own policy and tests (tests/build/webEditorPage.test.ts), not a reader page.
 */
export function listPages(dir = siteDir()): string[] {
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => f.endsWith('.html') && !f.split(sep).join('/').startsWith('admin/'))
		.map((f) => `/${relative(dir, join(dir, f)).split(sep).join('/')}`.replace(/index\.html$/, ''))
		.sort();
}

/** Every file below `dir` (relative, `/`-separated, sorted) with the sha256 of its bytes. */
export function hashTree(dir: string): Map<string, string> {
	const files = (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => statSync(join(dir, f)).isFile())
		.map((f) => f.split(sep).join('/'))
		.sort();
	return new Map(
		files.map((f) => [
			f,
			createHash('sha256')
				.update(readFileSync(join(dir, f)))
				.digest('hex'),
		]),
	);
}
