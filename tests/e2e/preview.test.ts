import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPages, ROOT, siteDir } from '../support/site';

/**
 * `npm run preview` (astro preview) serves the built site as a reader would get it: every page
 * with its own bytes, and the site's 404 page for a missing address.
 */

/** A port that was free a moment ago (the OS picks it). */
async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => {
				if (address && typeof address === 'object') resolve(address.port);
				else reject(new Error('no port'));
			});
		});
	});
}

describe('npm run preview', () => {
	let child: ChildProcess;
	let url: string;
	let output = '';

	beforeAll(async () => {
		const port = await freePort();
		// --ignore-lock: run in the foreground and never touch a preview server someone else runs.
		child = spawn(
			'npm',
			[
				'run',
				'preview',
				'--',
				'--outDir',
				siteDir(),
				'--host',
				'127.0.0.1',
				'--port',
				String(port),
				'--ignore-lock',
			],
			{ cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		url = await new Promise<string>((resolve, reject) => {
			const timer = setTimeout(() => {
				reject(new Error(`astro preview did not start in 60 s:\n${output}`));
			}, 60_000);
			const onData = (chunk: Buffer): void => {
				output += chunk.toString();
				const match = /https?:\/\/127\.0\.0\.1:\d+\/?/.exec(output);
				if (match) {
					clearTimeout(timer);
					resolve(match[0].endsWith('/') ? match[0] : `${match[0]}/`);
				}
			};
			child.stdout?.on('data', onData);
			child.stderr?.on('data', onData);
			child.once('exit', (code) => {
				clearTimeout(timer);
				reject(new Error(`astro preview exited with ${String(code)}:\n${output}`));
			});
		});
	});

	afterAll(() => {
		// npm runs astro in a child process: end the whole process group this test started.
		if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
	});

	it('serves every built page with the built bytes', async () => {
		const pages = listPages().filter((p) => p !== '/404.html');
		expect(pages.length).toBeGreaterThan(3);
		for (const path of pages) {
			const response = await fetch(new URL(path.slice(1), url));
			expect(response.status, path).toBe(200);
			const file = join(siteDir(), path.endsWith('/') ? `${path}index.html` : path);
			expect(await response.text(), path).toBe(readFileSync(file, 'utf8'));
		}
	});

	it('answers a missing address with the site’s 404 page', async () => {
		const response = await fetch(new URL('no-such-story/', url));
		expect(response.status).toBe(404);
		expect(await response.text()).toBe(readFileSync(join(siteDir(), '404.html'), 'utf8'));
	});
});
