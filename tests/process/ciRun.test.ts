import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `.ci/run` itself, run in a scratch checkout whose `npm` is a stand-in: each stage's outcome is
 * chosen by the test, so what CI reads last can be checked when a stage fails, not only when all
 * pass. The real stages run in CI.
 */
function runCi(failing: string | undefined, tests?: { passed: number; failed: number }) {
	const root = mkdtempSync(join(tmpdir(), 'ci-run-'));
	mkdirSync(join(root, '.ci'));
	mkdirSync(join(root, 'scripts'));
	mkdirSync(join(root, 'bin'));
	copyFileSync('.ci/run', join(root, '.ci/run'));
	writeFileSync(join(root, 'scripts/ensure-chromium.sh'), 'exit 0\n');
	const report = tests
		? JSON.stringify({
				numPassedTests: tests.passed,
				numFailedTests: tests.failed,
				numPendingTests: 1,
				numTodoTests: 0,
			})
		: '';
	// The stand-in npm: writes the JSON report for `npm test`, warns on stderr like npm on Node 20,
	// and fails the stage named by FAIL_STAGE.
	writeFileSync(
		join(root, 'bin/npm'),
		`#!/usr/bin/env bash
echo "npm warn EBADENGINE Unsupported engine" >&2
stage="$1"; [ "$1" = run ] && stage="$2"
if [ "$stage" = test ] && [ -n '${report}' ]; then
	mkdir -p test-results; echo '${report}' > test-results/vitest.json
fi
if [ "$stage" = "$FAIL_STAGE" ]; then echo "npm: $stage failed" >&2; exit 3; fi
exit 0
`,
	);
	chmodSync(join(root, 'bin/npm'), 0o755);
	return spawnSync('bash', ['.ci/run'], {
		cwd: root,
		encoding: 'utf8',
		env: {
			...process.env,
			PATH: `${join(root, 'bin')}:${process.env['PATH']}`,
			FAIL_STAGE: failing ?? '',
		},
	});
}

const lastLine = (out: string) => out.trimEnd().split('\n').at(-1);

describe('.ci/run', () => {
	it('ends on the closing count, exit 0, when every stage passes (stderr folded into stdout)', () => {
		const run = runCi(undefined, { passed: 7, failed: 0 });
		expect(run.status).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout).toContain('npm warn EBADENGINE');
		expect(lastLine(run.stdout)).toBe('tests: 7 passed, 0 failed, 1 skipped');
	});

	it('ends on the closing count when the test stage fails, with the runner’s exit status', () => {
		const run = runCi('test', { passed: 5, failed: 2 });
		expect(run.status).toBe(3);
		expect(lastLine(run.stdout)).toBe('tests: 5 passed, 2 failed, 1 skipped');
		expect(run.stdout).not.toContain('::: budget:');
	});

	it('counts a failing stage before the tests as one failure, and stops there', () => {
		const run = runCi('lint');
		expect(run.status).toBe(3);
		expect(run.stdout).toContain("::: stage 'lint' failed");
		expect(run.stdout).not.toContain('::: test:');
		expect(lastLine(run.stdout)).toBe('tests: 0 passed, 1 failed, 0 skipped');
	});

	it('counts a failing stage after the tests, keeping the tests’ own count', () => {
		const run = runCi('build', { passed: 9, failed: 0 });
		expect(run.status).toBe(3);
		expect(lastLine(run.stdout)).toBe('tests: 9 passed, 1 failed, 1 skipped');
	});
});
