import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPages, ROOT, siteDir } from '../support/site';

/**
 * `npm run preview` (astro preview) serves the built site as a reader would get it: every page
 * with its own bytes, and the site's 404 page for a missing address. Stopping npm stops it.
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

/** Whether something accepts connections on 127.0.0.1:`port`. */
function listening(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

interface Preview {
	/** `npm run preview`, in a process group of its own. */
	npm: ChildProcess;
	port: number;
	/** The site's home page, e.g. `http://127.0.0.1:41234/`. */
	url: string;
}

/** Starts `npm run preview` on the run's built site and waits until it says where it listens. */
async function startPreview(): Promise<Preview> {
	const port = await freePort();
	// --ignore-lock: run in the foreground and never touch a preview server someone else runs.
	const npm = spawn(
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
	let output = '';
	const url = await new Promise<string>((resolve, reject) => {
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
		npm.stdout?.on('data', onData);
		npm.stderr?.on('data', onData);
		npm.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`astro preview exited with ${String(code)}:\n${output}`));
		});
	});
	return { npm, port, url };
}

/** Ends the whole process group a test started (npm and whatever it runs), if still there. */
function stopGroup({ npm }: Preview): void {
	try {
		if (npm.pid) process.kill(-npm.pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
}

describe('npm run preview', () => {
	let preview: Preview;

	beforeAll(async () => {
		preview = await startPreview();
	});

	afterAll(() => {
		if (preview) stopGroup(preview);
	});

	it('serves every built page with the built bytes', async () => {
		const pages = listPages().filter((p) => p !== '/404.html');
		expect(pages.length).toBeGreaterThan(3);
		for (const path of pages) {
			const response = await fetch(new URL(path.slice(1), preview.url));
			expect(response.status, path).toBe(200);
			const file = join(siteDir(), path.endsWith('/') ? `${path}index.html` : path);
			expect(await response.text(), path).toBe(readFileSync(file, 'utf8'));
		}
	});

	it('answers a missing address with the site’s 404 page', async () => {
		const response = await fetch(new URL('no-such-story/', preview.url));
		expect(response.status).toBe(404);
		expect(await response.text()).toBe(readFileSync(join(siteDir(), '404.html'), 'utf8'));
	});
});

describe('stopping npm run preview', () => {
	// Ctrl-C in a terminal signals npm and astro alike; a process manager or an editor's stop
	// button signals npm alone, and npm passes the signal on to the script it runs.
	it.each(['SIGINT', 'SIGTERM'] as const)(
		'a %s to npm alone frees the port: astro preview does not stay behind',
		async (signal) => {
			const preview = await startPreview();
			try {
				expect(await listening(preview.port)).toBe(true);
				const exited = new Promise((resolve) => preview.npm.once('exit', resolve));
				process.kill(preview.npm.pid!, signal);
				await exited;
				let free = false;
				for (let waited = 0; waited < 10_000 && !free; waited += 200) {
					free = !(await listening(preview.port));
					if (!free) await sleep(200);
				}
				expect(free, `port ${preview.port} still answers after npm exited`).toBe(true);
			} finally {
				stopGroup(preview);
			}
		},
	);
});
