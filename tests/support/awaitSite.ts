import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { SiteBuildStatus } from '../globalSetup';

/**
 * Setup file of the `build` and `e2e` projects: waits for the run's shared site build
 * (tests/globalSetup.ts) before the test file is collected, and fails the file with the build's
 * own error output when the build failed.
 */
const statusFile = inject('siteBuildStatus');
const LIMIT_MS = 15 * 60_000;
const start = Date.now();
while (!existsSync(statusFile)) {
	if (Date.now() - start > LIMIT_MS) {
		throw new Error(`The shared site build did not end within ${LIMIT_MS / 60_000} minutes`);
	}
	await sleep(200);
}
const status = JSON.parse(readFileSync(statusFile, 'utf8')) as SiteBuildStatus;
if (status.code !== 0) {
	throw new Error(
		`The shared site build (astro build --outDir ${inject('siteDir')}) failed with exit code ${String(status.code)}:\n${status.output}`,
	);
}
