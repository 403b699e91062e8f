import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './site';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
		probe.on('error', fail);
	});
}

/** `astro dev` on a copy of the project (it writes .astro/ in its project), on a free port. */
export interface DevServer {
	origin: string;
	project: string;
	log(): string;
	stop(): void;
}

/**
 * Starts `astro dev` on a copy of the project (sharing node_modules) with `env` added, e.g.
 * `STORIES_DIR`, and waits until `ready` answers. Stop it in `afterAll`.
 */
export async function startDevServer(
	env: NodeJS.ProcessEnv,
	ready = '/',
	limit = 120_000,
): Promise<DevServer> {
	const project = mkdtempSync(join(tmpdir(), 'somoyrekha-dev-'));
	for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
		if (existsSync(join(ROOT, item)))
			cpSync(join(ROOT, item), join(project, item), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const childEnv: NodeJS.ProcessEnv = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		ASTRO_CACHE_DIR: join(project, '.cache'),
		...env,
	};
	// Astro's dev server serves no pages under Vitest.
	for (const key of Object.keys(childEnv)) if (key.startsWith('VITEST')) delete childEnv[key];
	let log = '';
	const server: ChildProcess = spawn(
		process.execPath,
		[
			join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
			'dev',
			'--port',
			String(port),
			'--host',
			'127.0.0.1',
		],
		{ cwd: project, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const stop = () => {
		if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
		rmSync(project, { recursive: true, force: true });
	};
	const start = performance.now();
	while (performance.now() - start < limit) {
		const answer = await fetch(`${origin}${ready}`).catch(() => undefined);
		if (answer && answer.status < 500) return { origin, project, log: () => log, stop };
		await new Promise((r) => setTimeout(r, 250));
	}
	stop();
	throw new Error(`astro dev did not answer ${ready} within ${limit} ms:\n${log}`);
}
