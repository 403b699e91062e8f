import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './site';

const run = promisify(execFile);

export interface BuildOptions {
	/** Published site URL (`SITE_URL`), e.g. `'https://newsroom.github.io'`. */
	site?: string;
	/** Base path (`BASE_PATH`), e.g. `'/outages/'`. */
	base?: string;
	/**
	 * `npm run build` (scripts/build.ts: the content check, then font subsets and search index in
	 * processes of their own after Astro) instead of a plain `astro build`, which does all of it
	 * in Astro's process.
	 */
	npmRunBuild?: boolean;
	/** A folder of stories to build instead of content/stories (`STORIES_DIR`). */
	stories?: string;
}

/**
 * The environment a shell gives `astro build`. Vitest exports import.meta.env to process.env
 * (BASE_URL=/, MODE=test, NODE_ENV=test, …): an inherited BASE_URL overrides Astro's `base` in
 * import.meta.env.BASE_URL (the astro:i18n helpers would then drop the base path), and
 * NODE_ENV=test makes a build that is not a production one (import.meta.env.PROD false).
 */
export function shellEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	for (const key of Object.keys(env)) {
		if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)) delete env[key];
	}
	return env;
}

/**
 * Builds the site the way `npm run build` does (`astro build`, with its integrations), into a
 * fresh folder under test-results/ named `prefix-XXXXXX`, and returns that folder. For tests that
 * need a second build (sub-path, reproducibility); most tests use the run's build, `siteDir()`.
 */
export async function buildSite(prefix: string, options: BuildOptions = {}): Promise<string> {
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	const outDir = mkdtempSync(join(ROOT, 'test-results', `${prefix}-`));
	const env = shellEnv();
	if (options.site !== undefined) env['SITE_URL'] = options.site;
	if (options.base !== undefined) env['BASE_PATH'] = options.base;
	if (options.stories !== undefined) env['STORIES_DIR'] = options.stories;
	// An empty cache of its own (`ASTRO_CACHE_DIR`), as on a fresh clone: builds with another site
	// or base path running at the same time must not share Astro's incremental-build copies of
	// pages, which belong to one configuration (the manifest beside them names only the last).
	const cacheDir = mkdtempSync(join(ROOT, 'test-results', 'cache-'));
	env['ASTRO_CACHE_DIR'] = cacheDir;
	try {
		const command = options.npmRunBuild
			? ['npm', ['run', 'build', '--', '--outDir', outDir]]
			: ['npx', ['astro', 'build', '--outDir', outDir]];
		await run(command[0] as string, command[1] as string[], {
			cwd: ROOT,
			env,
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: string; stderr?: string };
		throw new Error(
			`${options.npmRunBuild ? 'npm run build' : 'astro build'} into ${outDir} failed:\n${String(stderr ?? '')}\n${String(stdout ?? '').slice(-4000)}`,
			{ cause: error },
		);
	} finally {
		rmSync(cacheDir, { recursive: true, force: true });
	}
	return outDir;
}
