import { spawnSync } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	POSTBUILD_TEMP_PREFIX,
	publishPaths,
	publishStaging,
	removeStale,
} from '../../scripts/lib/atomicPublish';
import { ROOT } from '../support/site';

let work: string;
let dist: string;

/** A finished build in a staging folder: two pages naming the build. */
function stage(name: string, pid = process.pid): string {
	const staging = publishPaths(dist, pid).staging;
	mkdirSync(join(staging, 'bn'), { recursive: true });
	writeFileSync(join(staging, 'index.html'), `${name} home`);
	writeFileSync(join(staging, 'bn', 'index.html'), `${name} bn`);
	return staging;
}

/** Which build `dist` serves; fails unless both its pages are there and from the same build. */
function served(): string {
	const home = readFileSync(join(dist, 'index.html'), 'utf8').replace(/ home$/, '');
	expect(readFileSync(join(dist, 'bn', 'index.html'), 'utf8')).toBe(`${home} bn`);
	return home;
}

/** A process id that is not running: a child that has exited. */
function deadPid(): number {
	return spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' })
		.stdout.trim()
		.split('\n')
		.map(Number)[0]!;
}

beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'atomic-publish-'));
	dist = join(work, 'dist');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('publishStaging', () => {
	it('makes dist a link to the new build and removes the one it replaced', () => {
		publishStaging(stage('first'), dist);
		publishStaging(stage('second'), dist);
		expect(served()).toBe('second');
		expect(lstatSync(dist).isSymbolicLink()).toBe(true);
		expect(readdirSync(work).sort()).toEqual(['dist', 'dist-releases']);
		expect(readdirSync(join(work, 'dist-releases'))).toHaveLength(1);
	});

	it('replaces a real dist folder from before, keeping nothing of it', () => {
		mkdirSync(dist);
		writeFileSync(join(dist, 'old.html'), 'old');
		publishStaging(stage('new'), dist);
		expect(served()).toBe('new');
		expect(existsSync(join(dist, 'old.html'))).toBe(false);
		expect(readdirSync(join(work, 'dist-releases'))).toHaveLength(1);
	});

	for (const step of ['moved into releases', 'new link made', 'switched']) {
		it(`killed (SIGKILL) at "${step}": dist is one whole build, and the next build tidies up`, () => {
			publishStaging(stage('old'), dist);
			const child = spawnSync(
				process.execPath,
				[
					'--import',
					'tsx',
					join(ROOT, 'tests/fixtures/scripts/publishStep.ts'),
					stage('new'),
					dist,
					step,
				],
				{ cwd: ROOT, encoding: 'utf8' },
			);
			expect(child.signal, child.stderr).toBe('SIGKILL');
			expect(served()).toBe(step === 'switched' ? 'new' : 'old');
			publishStaging(stage('next'), dist);
			expect(served()).toBe('next');
			expect(readdirSync(work).sort()).toEqual(['dist', 'dist-releases']);
			expect(readdirSync(join(work, 'dist-releases'))).toHaveLength(1);
		});
	}
});

describe('removeStale', () => {
	it('removes staging folders, links and job folders of builds that are gone, not of running ones', () => {
		const gone = deadPid();
		const temp = join(work, 'tmp');
		mkdirSync(join(temp, `${POSTBUILD_TEMP_PREFIX}${gone}`), { recursive: true });
		mkdirSync(join(temp, `${POSTBUILD_TEMP_PREFIX}${process.pid}`), { recursive: true });
		stage('interrupted', gone);
		stage('running', process.pid);
		writeFileSync(join(work, `dist.link-${gone}`), '');
		mkdirSync(join(work, 'dist-old'));
		const removed = removeStale(dist, temp).map((path) => path.slice(work.length + 1));
		expect(removed.sort()).toEqual(
			[`dist-building-${gone}`, `dist.link-${gone}`, `tmp/${POSTBUILD_TEMP_PREFIX}${gone}`].sort(),
		);
		expect(readdirSync(work).sort()).toEqual(
			[`dist-building-${process.pid}`, 'dist-old', 'tmp'].sort(),
		);
		expect(readdirSync(temp)).toEqual([`${POSTBUILD_TEMP_PREFIX}${process.pid}`]);
	});
});
