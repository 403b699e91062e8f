import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/site';

/**
 * The GitHub workflow cannot run here, so `.ci/run` stands in for it: both must run the same
 * npm commands in the same order, and the workflow must deploy only from main, only after every
 * check passed, with the official Pages actions and the Node version from .nvmrc.
 */

interface Step {
	name?: string;
	env?: Record<string, string>;
	id?: string;
	if?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}
interface Job {
	needs?: string | string[];
	if?: string;
	steps: Step[];
	permissions?: Record<string, string>;
}

const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
	jobs: Record<string, Job>;
};
const ciRun = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');

/** `npm …` commands in order, without flags, e.g. `['npm ci', 'npm run check', 'npm test']`. */
function npmCommands(lines: string[]): string[] {
	return lines
		.flatMap((line) =>
			[...line.matchAll(/\bnpm (ci|test|run [\w:-]+)/g)].map((m) => `npm ${m[1]!}`),
		)
		.filter(Boolean);
}

describe('CI workflow', () => {
	const build = workflow.jobs['build']!;
	const deploy = workflow.jobs['deploy']!;

	it('.ci/run runs the same npm steps as the workflow, in the same order', () => {
		const stages = ciRun.split('\n').filter((line) => /^stage /.test(line));
		const workflowSteps = build.steps.map((s) => s.run ?? '');
		expect(npmCommands(stages)).toEqual(npmCommands(workflowSteps));
		expect(npmCommands(stages)).toEqual(
			expect.arrayContaining([
				'npm ci',
				'npm run check',
				'npm run lint',
				'npm test',
				'npm run build',
			]),
		);
	});

	it('takes Node from .nvmrc and installs Chromium from the distribution', () => {
		const setupNode = build.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
		expect(setupNode?.with?.['node-version-file']).toBe('.nvmrc');
		expect(
			build.steps.some((s) => /apt-get install(?:[^\n]|\\\n)*\bchromium\b/.test(s.run ?? '')),
		).toBe(true);
	});

	it('uploads for Pages only on main, after the checks and the build', () => {
		const names = build.steps.map((s) => s.uses ?? s.run ?? '');
		const upload = names.findIndex((n) => n.startsWith('actions/upload-pages-artifact@'));
		const lastCheck = Math.max(
			...['npm test', 'npm run check', 'npm run lint', 'npm run build'].map((c) =>
				names.findIndex((n) => n.includes(c)),
			),
		);
		expect(upload).toBeGreaterThan(lastCheck);
		const configure = build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
		expect(configure?.if).toContain("github.ref == 'refs/heads/main'");
		expect(build.steps[upload]!.if).toBe(`steps.${configure!.id!}.outcome == 'success'`);
	});

	it('deploys with the official action, only from main and only after the lane that ran passed', () => {
		expect(deploy.needs).toEqual(['build', 'content']);
		expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
		expect(deploy.if).toContain("github.event_name != 'pull_request'");
		// One lane runs, the other is skipped: deploy after the one that succeeded, never after a failure.
		expect(deploy.if).toContain(
			"(needs.build.result == 'success' || needs.content.result == 'success')",
		);
		expect(deploy.if).toContain("!contains(needs.*.result, 'failure')");
		expect(deploy.if).toContain('!cancelled()');
		expect(deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
		expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	});

	it('gives the deploy build a cache of its own, kept between runs of the branch', () => {
		const cache = build.steps.find((s) => s.uses?.startsWith('actions/cache@'));
		const buildStep = build.steps.find((s) => s.run === 'npm run build');
		const dir = cache?.with?.['path'];
		expect(dir).toBeTruthy();
		expect(buildStep?.env?.['ASTRO_CACHE_DIR']).toBe(dir);
		expect(build.steps.indexOf(cache!)).toBeLessThan(build.steps.indexOf(buildStep!));
		// Restored from the branch's last run, saved under this run's key.
		expect(cache?.with?.['key']).toContain('${{ github.run_id }}');
		expect(String(cache?.with?.['key'])).toContain(String(cache?.with?.['restore-keys']));
		// Nothing else builds into it: the tests and the budget build for another site and base.
		expect(build.steps.filter((s) => JSON.stringify(s).includes(String(dir)))).toHaveLength(2);
		expect(ciRun).toMatch(
			new RegExp(`stage "build" env ASTRO_CACHE_DIR=${String(dir)} npm run build`),
		);
		expect(readFileSync(join(ROOT, '.gitignore'), 'utf8')).toContain(`${String(dir)}/`);
	});

	it('runs one lane per change, as .ci/lane decides', () => {
		const lane = workflow.jobs['lane']!;
		const decide = lane.steps.find((s) => s.run?.includes('.ci/lane'));
		expect(decide?.run).toContain('>> "$GITHUB_OUTPUT"');
		expect(lane.steps[0]?.with?.['fetch-depth']).toBe(0);
		expect(build.needs).toBe('lane');
		expect(build.if).toBe("needs.lane.outputs.lane == 'full'");
		expect(workflow.jobs['content']?.needs).toBe('lane');
		expect(workflow.jobs['content']?.if).toBe("needs.lane.outputs.lane == 'content'");
	});

	it('the content lane builds with the same cache and checks, then uploads like the full lane', () => {
		const content = workflow.jobs['content']!;
		const steps = content.steps.map((s) => s.uses ?? s.run ?? '');
		expect(npmCommands(steps)).toEqual(['npm ci', 'npm run build:content']);
		const lane = content.steps.find((s) => s.run === 'npm run build:content')!;
		const cache = content.steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
		const fullCache = build.steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
		expect(cache.with).toEqual(fullCache.with);
		expect(lane.env?.['ASTRO_CACHE_DIR']).toBe(cache.with?.['path']);
		const upload = steps.findIndex((n) => n.startsWith('actions/upload-pages-artifact@'));
		expect(upload).toBeGreaterThan(content.steps.indexOf(lane));
		const configure = content.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
		expect(configure?.if).toContain("github.ref == 'refs/heads/main'");
		expect(content.steps[upload]!.if).toBe(`steps.${configure!.id!}.outcome == 'success'`);
		const setupNode = content.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
		expect(setupNode?.with?.['node-version-file']).toBe('.nvmrc');
	});

	it('builds for the Pages base path that configure-pages reports', () => {
		const text = readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8');
		expect(text).toContain('steps.pages.outputs.base_path');
		expect(text).toMatch(/BASE_PATH=\$\{PAGES_BASE_PATH\}\//);
	});
});

describe('.ci/lane', () => {
	/** A repository with one commit, then `files` changed in a second; the lane between them. */
	function laneFor(files: string[], base?: string): string {
		const repo = mkdtempSync(join(tmpdir(), 'ci-lane-'));
		try {
			const git = (...args: string[]) =>
				execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
					cwd: repo,
					encoding: 'utf8',
				}).trim();
			git('init', '-q');
			for (const file of ['content/stories/a/bn.mdx', 'src/x.ts', 'README.md']) {
				mkdirSync(join(repo, file, '..'), { recursive: true });
				writeFileSync(join(repo, file), 'one');
			}
			git('add', '.');
			git('commit', '-qm', 'one');
			const first = git('rev-parse', 'HEAD');
			for (const file of files) {
				mkdirSync(join(repo, file, '..'), { recursive: true });
				writeFileSync(join(repo, file), 'two');
			}
			git('add', '.');
			git('commit', '-qm', 'two', '--allow-empty');
			return execFileSync('bash', [join(ROOT, '.ci', 'lane'), base ?? first, 'HEAD'], {
				cwd: repo,
				encoding: 'utf8',
			}).trim();
		} finally {
			rmSync(repo, { recursive: true, force: true });
		}
	}

	it('takes the content lane when only story files changed', () => {
		expect(laneFor(['content/stories/a/bn.mdx', 'content/stories/b/en.mdx'])).toBe('content');
	});

	it('takes the full lane for any other change, none, or an unknown base', () => {
		expect(laneFor(['content/stories/a/bn.mdx', 'src/x.ts'])).toBe('full');
		expect(laneFor(['README.md'])).toBe('full');
		expect(laneFor([])).toBe('full');
		expect(laneFor(['content/stories/a/bn.mdx'], '0000000000000000000000000000000000000000')).toBe(
			'full',
		);
		expect(laneFor(['content/stories/a/bn.mdx'], '')).toBe('full');
	});
});
