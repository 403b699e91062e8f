import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	deferToPostbuild,
	POSTBUILD_JOBS_ENV,
	postbuildJobFiles,
} from '../../src/integrations/postbuild';

let dir: string;
let saved: string | undefined;

beforeEach(() => {
	saved = process.env[POSTBUILD_JOBS_ENV];
	dir = join(mkdtempSync(join(tmpdir(), 'postbuild-')), 'jobs');
});

afterEach(() => {
	if (saved === undefined) delete process.env[POSTBUILD_JOBS_ENV];
	else process.env[POSTBUILD_JOBS_ENV] = saved;
	rmSync(join(dir, '..'), { recursive: true, force: true });
});

describe('deferToPostbuild', () => {
	it('leaves the job to the caller when the build did not ask for jobs (plain astro build)', async () => {
		delete process.env[POSTBUILD_JOBS_ENV];
		expect(await deferToPostbuild({ kind: 'pagefind', job: { site: '/tmp/site' } })).toBe(false);
		expect(await postbuildJobFiles(dir)).toEqual([]);
	});

	it('writes the jobs down in the order the integrations ran, to run in that order', async () => {
		process.env[POSTBUILD_JOBS_ENV] = dir;
		const fonts = {
			root: '/p',
			outDir: '/p/dist',
			base: '/',
			assetsDir: '_astro',
			fontsCssPath: '/p/src/styles/fonts.css',
			subsetFaces: 'all' as const,
			shapeFaces: 0x985,
			wholeFonts: '[data-font-subset="full"]',
			planInputs: ['src', 'package-lock.json'],
			bold: 'face' as const,
		};
		expect(await deferToPostbuild({ kind: 'font-subset', job: fonts })).toBe(true);
		expect(await deferToPostbuild({ kind: 'pagefind', job: { site: '/p/dist' } })).toBe(true);
		const files = await postbuildJobFiles(dir);
		expect(files.map((f) => basename(f))).toEqual(['00-font-subset.json', '01-pagefind.json']);
		expect(JSON.parse(readFileSync(files[0]!, 'utf8'))).toEqual({
			kind: 'font-subset',
			job: fonts,
		});
		expect(JSON.parse(readFileSync(files[1]!, 'utf8'))).toEqual({
			kind: 'pagefind',
			job: { site: '/p/dist' },
		});
	});
});
