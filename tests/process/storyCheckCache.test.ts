import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/site';

// `npm run check:content` as the build runs it, in a process of its own: a second run over the
// same stories prints exactly what the first printed, and loads none of the schema, YAML or MDX
// libraries (most of a run's time at one story is importing them).

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'stories');
let work: string;
let stories: string;

/** Runs the check on `stories` with the build cache in `cache`; lists the modules it loaded. */
function check(cache: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
	const log = join(work, 'imports.log');
	rmSync(log, { force: true });
	const run = spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'--import',
			'./tests/support/logImports.mjs',
			'scripts/check-content.ts',
			'--dir',
			stories,
			...args,
		],
		{
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_CACHE_DIR: cache, IMPORT_LOG: log, ...env },
		},
	);
	const seconds = (text: string) => text.replace(/in \d+\.\d+ s/, 'in 0.00 s');
	const loaded = readFileSync(log, 'utf8').trim().split('\n');
	return {
		status: run.status,
		stdout: seconds(run.stdout),
		stderr: seconds(run.stderr),
		libraries: loaded.filter((url) => url.includes('/node_modules/')),
		readStories: loaded.some((url) => url.endsWith('/src/lib/editor/checkStoryFolder.ts')),
	};
}

beforeAll(() => {
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	work = mkdtempSync(join(ROOT, 'test-results', 'story-check-'));
	stories = join(work, 'stories');
	cpSync(join(FIXTURES, 'valid', 'meta-outage-2024-03-05'), join(stories, 'first-story'), {
		recursive: true,
	});
	// Passes with a warning, which every run prints.
	cpSync(join(FIXTURES, 'key-on-every-entry', 'meta-outage-2024-03-05'), join(stories, 'warned'), {
		recursive: true,
	});
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('check:content with its results kept in the build cache', () => {
	it('prints the same the second time, without loading the libraries that read stories', () => {
		const cache = join(work, 'cache-a');
		const first = check(cache);
		expect(first.status).toBe(0);
		expect(first.stderr).toContain('warning: all 3 entries say key: true');
		expect(first.stdout).toBe('✓ 2 stories (4 edition files) checked in 0.00 s: no problems.\n');
		expect(first.readStories).toBe(true);
		expect(first.libraries.some((url) => url.includes('/node_modules/zod/'))).toBe(true);
		expect(existsSync(join(cache, 'story-check.json'))).toBe(true);

		const second = check(cache);
		expect(second).toMatchObject({ status: 0, stdout: first.stdout, stderr: first.stderr });
		expect(second.readStories).toBe(false);
		expect(second.libraries).toEqual([]);
	});

	it('reads every story with --no-cache or STORY_CHECK_CACHE=0, and keeps nothing', () => {
		const warm = join(work, 'cache-b');
		const first = check(warm);
		const noFlag = check(warm, ['--no-cache']);
		const noEnv = check(warm, [], { STORY_CHECK_CACHE: '0' });
		for (const run of [noFlag, noEnv]) {
			expect(run).toMatchObject({ status: 0, stdout: first.stdout, stderr: first.stderr });
			expect(run.readStories).toBe(true);
		}
		const cold = join(work, 'cache-c');
		check(cold, ['--no-cache']);
		check(cold, [], { STORY_CHECK_CACHE: '0' });
		expect(existsSync(cold)).toBe(false);
	});
});
