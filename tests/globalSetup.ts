import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { shellEnv } from './support/buildSite';
import { ROOT } from './support/site';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Folder holding the site this test run built. */
		siteDir: string;
	}
}

/**
 * Builds the real site once per test run, into a folder of its own, for the build and browser
 * tests; and gives component tests the content store: in Vitest, `getCollection()` reads
 * `.astro/data-store.json`, while `astro build` writes its store to Vite's cache dir, so the
 * built store is copied where dev mode looks.
 */
export default function setup(project: TestProject): () => void {
	// The build a reader gets: a production build, as from a shell (not Vitest's NODE_ENV=test).
	const env = shellEnv();
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	const siteDir = mkdtempSync(join(ROOT, 'test-results', 'site-'));
	execFileSync('npx', ['astro', 'build', '--outDir', siteDir], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const built = join(ROOT, 'node_modules', '.astro', 'data-store.json');
	if (!existsSync(built)) throw new Error(`astro build wrote no content store at ${built}`);
	mkdirSync(join(ROOT, '.astro'), { recursive: true });
	copyFileSync(built, join(ROOT, '.astro', 'data-store.json'));
	project.provide('siteDir', siteDir);
	return () => rmSync(siteDir, { recursive: true, force: true });
}
