import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './site';

const run = promisify(execFile);

/** A site built for one test file; `remove()` it when done (in `afterAll`). */
export interface BuiltSite {
	dir: string;
	remove(): void;
}

/**
 * The test process's environment without what Vitest adds: a worker's `BASE_URL=/` and
 * `NODE_ENV=test` would override the base path and mode of the build.
 */
function buildEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (key === 'BASE_URL' || key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) {
			delete env[key];
		}
	}
	return env;
}

/**
 * Builds the real site into a fresh folder under test-results/ with extra environment, e.g.
 * `buildSite({ BASE_PATH: '/outages/' })` for a site published under a sub-folder. The shared
 * build of the run (`siteDir()`) is the default site; use this only for a different configuration.
 */
export async function buildSite(env: Record<string, string>): Promise<BuiltSite> {
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	const dir = mkdtempSync(join(ROOT, 'test-results', 'site-'));
	try {
		await run('npx', ['astro', 'build', '--outDir', dir], {
			cwd: ROOT,
			env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
			maxBuffer: 16 * 1024 * 1024,
		});
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
		throw new Error(
			`astro build with ${JSON.stringify(env)} failed:\n${stderr || stdout}`.slice(0, 4000),
			{ cause: error },
		);
	}
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
