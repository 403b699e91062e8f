import { spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/site';

// `astro dev` writes .astro/ in its project, so it runs on a copy of the project (sharing
// node_modules), with a fixture story as its only content.
let project: string;
let server: ChildProcess | undefined;
let origin: string;
let log = '';
const PAGE = '/en/meta-outage-2024-03-05/';

const story = () => join(project, 'content', 'stories', 'meta-outage-2024-03-05', 'bn.mdx');

/**
 * Saves the story as an editor's "safe write" does (a new file renamed over the old one), so the
 * dev server never reads a half-written file.
 */
function save(text: string): void {
	writeFileSync(`${story()}.tmp`, text);
	renameSync(`${story()}.tmp`, story());
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
		probe.on('error', fail);
	});
}

/** GETs the page as a browser would, as text with its status. */
async function get(path = PAGE): Promise<{ status: number; html: string }> {
	const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
	return { status: response.status, html: await response.text() };
}

/** Polls until `ok` holds for the page; throws after `limit` ms (a hang, not a speed check). */
async function until(
	ok: (page: { status: number; html: string }) => boolean,
	limit = 15_000,
	path = PAGE,
) {
	const start = performance.now();
	let last = { status: 0, html: '' };
	while (performance.now() - start < limit) {
		const page = await get(path).catch((error: unknown) => ({ status: 0, html: String(error) }));
		if (ok(page)) return;
		last = page;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(
		`the dev server did not show the change on ${path} within ${limit} ms; last answer ${last.status}: ${last.html.slice(0, 300)}\n${log}`,
	);
}

beforeAll(async () => {
	project = mkdtempSync(join(tmpdir(), 'somoyrekha-dev-'));
	for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
		if (existsSync(join(ROOT, item)))
			cpSync(join(ROOT, item), join(project, item), { recursive: true });
	}
	cpSync(join(ROOT, 'tests', 'fixtures', 'stories', 'valid'), join(project, 'content', 'stories'), {
		recursive: true,
	});
	symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	const env: NodeJS.ProcessEnv = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		ASTRO_CACHE_DIR: join(project, '.cache'),
	};
	// The fixture is the only content; and Astro's dev server serves no pages under Vitest.
	delete env.STORIES_DIR;
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	server = spawn(
		process.execPath,
		[
			join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
			'dev',
			'--port',
			String(port),
			'--host',
			'127.0.0.1',
		],
		{
			cwd: project,
			env,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	await until((page) => page.status === 200, 90_000);
}, 120_000);

afterAll(() => {
	if (server?.pid) process.kill(-server.pid, 'SIGTERM');
	rmSync(project, { recursive: true, force: true });
});

describe('npm run dev', () => {
	it('shows an edit to the timeline', async () => {
		const original = readFileSync(story(), 'utf8');
		save(
			original.replace(
				'en: After about an hour, users in India can log in again.',
				'en: Users in India can log in again (edited).',
			),
		);
		await until((page) => page.html.includes('Users in India can log in again (edited).'));
		save(original);
		await until((page) => page.html.includes('After about an hour, users in India'));
	});

	it('follows stories added, edited and removed beside another, which stays as it was', async () => {
		// The dev server keeps each assembled story until its files change; this checks that it
		// picks up a new story, an edit to it, and its removal, and that the list follows.
		const folder = join(project, 'content', 'stories', 'second-outage-2024-03-06');
		const other = '/en/second-outage-2024-03-06/';
		cpSync(join(project, 'content', 'stories', 'meta-outage-2024-03-05'), folder, {
			recursive: true,
		});
		const en = join(folder, 'en.mdx');
		writeFileSync(
			en,
			readFileSync(en, 'utf8').replace(
				/^title: .*$/m,
				'title: A second outage, added while the server runs',
			),
		);
		await until(
			(page) => page.html.includes('A second outage, added while the server runs'),
			15_000,
			'/en/',
		);
		await until((page) => page.status === 200, 15_000, other);
		const bn = join(folder, 'bn.mdx');
		const text = readFileSync(bn, 'utf8');
		writeFileSync(
			bn,
			text.replace(
				'en: After about an hour, users in India can log in again.',
				'en: Users in India can log in again (second story, edited).',
			),
		);
		await until((page) => page.html.includes('(second story, edited)'), 15_000, other);
		const first = await get();
		expect(first.html).toContain('After about an hour, users in India can log in again.');
		expect(first.html).not.toContain('(second story, edited)');
		rmSync(folder, { recursive: true });
		await until((page) => page.status === 404, 15_000, other);
		await until(
			(page) =>
				page.status === 200 &&
				!page.html.includes('A second outage') &&
				page.html.includes('Facebook and Instagram problems resolved after about an hour'),
			15_000,
			'/en/',
		);
	});

	it('shows the problems of an invalid story instead of the last good page, then the story again', async () => {
		const original = readFileSync(story(), 'utf8');
		save(original.replace('kind: restoration', 'kind: restored'));
		await until((page) => page.status === 500);
		const { html } = await get();
		expect(html).toContain('<h1>A story needs fixing before it can be shown</h1>');
		expect(html).toContain(
			'line 20: Timeline entry 2 (id &quot;india-restored&quot;, time &quot;2024-03-05 22:00&quot;), field &quot;kind&quot;: kind &quot;restored&quot; is not allowed; use one of &quot;outage-start&quot;, &quot;investigating&quot;, &quot;identified&quot;, &quot;update&quot;, &quot;statement&quot;, &quot;recovering&quot;, &quot;restoration&quot;, e.g. kind: update',
		);
		expect(log).toContain('field "kind": kind "restored" is not allowed');
		// Under /bn/, the same page in Bengali.
		const bengali = await get('/bn/meta-outage-2024-03-05/');
		expect(bengali.status).toBe(500);
		expect(bengali.html).toContain('<html lang="bn">');
		expect(bengali.html).toContain('<h1>দেখানোর আগে একটি প্রতিবেদন ঠিক করতে হবে</h1>');
		expect(bengali.html).toContain('লাইন ২০: টাইমলাইনের এন্ট্রি ২ (id &quot;india-restored&quot;');
		save(original);
		await until((page) => page.status === 200 && page.html.includes('id="india-restored"'));
	});
});
