import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

/** Needs no build, but runs a real `astro dev` server: with the browser tests, not the unit ones. */
const DEV_SERVER_TEST = 'tests/editor/devPreview.test.ts';

/** Unit-folder tests that spawn processes: run in the `process` project, not `unit`. */
const PROCESS_TESTS = [
	'tests/unit/atomicPublish.test.ts',
	'tests/unit/ciWorkflow.test.ts',
	'tests/editor/checkContent.test.ts',
	'tests/editor/cli.test.ts',
	'tests/editor/publish.test.ts',
];

/** The projects that read the built site: the one shared build starts before any test runs. */
const builtSite = {
	globalSetup: ['./tests/globalSetup.ts'],
	// Waits (before each file) for the shared build, which runs while the unit tests do.
	setupFiles: ['./tests/support/awaitSite.ts'],
	sequence: { groupOrder: 2 },
};

// Five projects (the font engine's own among them), in two groups (numbered from 1: with one worker, as on a 2-core machine, Vitest
// runs group 0 last, as its "sequential" group). `unit` and `components` need no build and run first
// (`npx vitest run --project unit`); `build` and `e2e` run after one shared build of the site
// (tests/globalSetup.ts), which runs in the background meanwhile. Only `components` imports
// .astro files, so only it gets Astro's Vite config (and its plugins' work on every import).
export default defineConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 180_000,
		projects: [
			{
				// The font engine's own tests (packages/astro-shaped-subset): no site, no build.
				test: {
					name: 'astro-shaped-subset',
					root: './packages/astro-shaped-subset',
					include: ['tests/**/*.test.ts'],
					testTimeout: 60_000,
					// The WOFF2 tests encode four whole fonts at Brotli quality 11 with both encoders first.
					hookTimeout: 180_000,
					sequence: { groupOrder: 1 },
				},
			},
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/editor/**/*.test.ts'],
					exclude: [DEV_SERVER_TEST, ...PROCESS_TESTS],
					// Pure modules and their own temp folders: one module graph for all files, not one
					// per file (most of a file's time is importing).
					isolate: false,
					// A test that starts a process fails here, naming the project it belongs in.
					setupFiles: ['./tests/support/noProcesses.ts'],
					sequence: { groupOrder: 1 },
				},
			},
			{
				// Tests that start processes (the CLIs, .ci/run, publish against a git remote): their own
				// project, so `unit` stays pure modules.
				extends: true,
				test: {
					name: 'process',
					include: ['tests/process/**/*.test.ts', ...PROCESS_TESTS],
					sequence: { groupOrder: 1 },
				},
			},
			getViteConfig({
				test: {
					name: 'components',
					include: ['tests/components/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					sequence: { groupOrder: 1 },
				},
			}),
			{
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...builtSite },
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts', DEV_SERVER_TEST],
					...builtSite,
				},
			},
		],
	},
});
