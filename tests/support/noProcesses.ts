import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';

/**
 * The `unit` project's setup: its tests run pure modules, so starting a process there throws,
 * naming the project a test that needs one belongs in (`process`, vitest.config.ts).
 */
const START = [
	'spawn',
	'spawnSync',
	'exec',
	'execSync',
	'execFile',
	'execFileSync',
	'fork',
] as const;
for (const name of START) {
	Object.assign(childProcess, {
		[name]: () => {
			throw new Error(
				`child_process.${name}: the unit project starts no process; move this test to the process project (PROCESS_TESTS in vitest.config.ts)`,
			);
		},
	});
}
syncBuiltinESMExports();
