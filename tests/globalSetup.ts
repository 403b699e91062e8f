import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { shellEnv } from './support/buildSite';
import { ROOT } from './support/site';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Folder holding the site this test run built. */
		siteDir: string;
		/** File the shared build writes when it ends: `{ code, output }` (tests/support/awaitSite.ts). */
		siteBuildStatus: string;
	}
}

/** What the shared build wrote when it ended. */
export interface SiteBuildStatus {
	/** The exit code of `astro build`; `null` when a signal ended it. */
	code: number | null;
	/** The end of its standard error (warnings, or why it failed). */
	output: string;
}

interface SharedBuild {
	siteDir: string;
	statusFile: string;
	child: ChildProcess;
	/** Projects that set it up and have not torn it down yet. */
	users: number;
}

/** One build per run, whichever of the projects that need it sets up first (`build`, `e2e`). */
const SHARED = Symbol.for('somoyrekha.sharedSiteBuild');

/** Starts `astro build` into a fresh folder under test-results/, in the background. */
function startBuild(): SharedBuild {
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	const siteDir = mkdtempSync(join(ROOT, 'test-results', 'site-'));
	const statusFile = `${siteDir}.status.json`;
	// The build a reader gets: a production build, as from a shell (not Vitest's NODE_ENV=test).
	const child = spawn('npx', ['astro', 'build', '--outDir', siteDir], {
		cwd: ROOT,
		env: shellEnv(),
		stdio: ['ignore', 'ignore', 'pipe'],
		// A process group of its own, so a teardown can stop npx and the astro it started.
		detached: true,
	});
	let output = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-20_000);
	});
	const finish = (status: SiteBuildStatus): void => {
		// Written whole, then renamed: a waiting test never reads half a file.
		writeFileSync(`${statusFile}.tmp`, JSON.stringify(status));
		renameSync(`${statusFile}.tmp`, statusFile);
	};
	child.once('error', (error) => finish({ code: 1, output: String(error) }));
	child.once('close', (code) => finish({ code, output }));
	return { siteDir, statusFile, child, users: 0 };
}

/**
 * Starts the one build of the real site that the `build` and `e2e` projects read, and returns at
 * once: the build runs while the unit and component tests do, and each test file of those two
 * projects waits for it first (tests/support/awaitSite.ts). The last project's teardown stops a
 * build still running and deletes the site.
 */
export default function setup(project: TestProject): () => void {
	const holder = globalThis as { [SHARED]?: SharedBuild };
	const build = (holder[SHARED] ??= startBuild());
	build.users += 1;
	project.provide('siteDir', build.siteDir);
	project.provide('siteBuildStatus', build.statusFile);
	return () => {
		build.users -= 1;
		if (build.users > 0) return;
		delete holder[SHARED];
		const { child } = build;
		if (child.pid && child.exitCode === null && child.signalCode === null) {
			process.kill(-child.pid, 'SIGTERM');
		}
		rmSync(build.siteDir, { recursive: true, force: true });
		rmSync(build.statusFile, { force: true });
	};
}
