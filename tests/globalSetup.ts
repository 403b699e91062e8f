import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_SITE, ROOT } from './support/site';

/**
 * Builds the real site once for the build and browser tests, and gives component tests the
 * content store: in Vitest, `getCollection()` reads `.astro/data-store.json`, while `astro build`
 * writes its store to Vite's cache dir, so the built store is copied where dev mode looks.
 */
export default function setup(): void {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	rmSync(BUILT_SITE, { recursive: true, force: true });
	execFileSync('npx', ['astro', 'build', '--outDir', BUILT_SITE], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const built = join(ROOT, 'node_modules', '.astro', 'data-store.json');
	if (!existsSync(built)) throw new Error(`astro build wrote no content store at ${built}`);
	mkdirSync(join(ROOT, '.astro'), { recursive: true });
	copyFileSync(built, join(ROOT, '.astro', 'data-store.json'));
}
