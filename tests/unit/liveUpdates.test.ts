import { describe, expect, it } from 'vitest';
import { watchTimeline, type LiveUpdatesEnv } from '../../src/scripts/liveUpdates';

/**
 * A page's clock, visibility and network, faked: `advance(ms)` runs the timers due, and each
 * request is answered by `answer`, the next in line.
 */
function fakePage(answers: (() => Response)[]) {
	let now = 0;
	let visible = true;
	const timers: { at: number; run: () => void }[] = [];
	const visibility: (() => void)[] = [];
	const requests: { at: number; headers: Record<string, string> }[] = [];
	const env: LiveUpdatesEnv = {
		fetch: (_url, init) => {
			requests.push({ at: now, headers: { ...(init.headers as Record<string, string>) } });
			const answer = answers.shift();
			return answer ? Promise.resolve(answer()) : Promise.reject(new Error('offline'));
		},
		visible: () => visible,
		onVisibilityChange: (callback) => visibility.push(callback),
		setTimeout: (run, ms) => timers.push({ at: now + ms, run }),
		now: () => now,
	};
	return {
		env,
		requests,
		async advance(ms: number) {
			const end = now + ms;
			for (;;) {
				timers.sort((a, b) => a.at - b.at);
				const next = timers[0];
				if (!next || next.at > end) break;
				timers.shift();
				now = next.at;
				next.run();
				// Let the request and its JSON settle.
				for (let i = 0; i < 10; i++) await Promise.resolve();
			}
			now = end;
		},
		setVisible(value: boolean) {
			visible = value;
			for (const callback of visibility) callback();
		},
	};
}

const json =
	(ids: string[], extra: object = {}, headers: Record<string, string> = {}) =>
	() =>
		new Response(
			JSON.stringify({ status: 'ongoing', entries: ids.map((id) => ({ id })), ...extra }),
			{
				status: 200,
				headers: { 'content-type': 'application/json', ...headers },
			},
		);
const notModified = () => new Response(null, { status: 304 });
const MINUTE = 60_000;

function watch(page: ReturnType<typeof fakePage>, known = ['a', 'b']) {
	const seen: string[][] = [];
	const stop = watchTimeline(
		{ url: '/story/timeline.json', known, intervalMs: MINUTE, onNew: (ids) => seen.push(ids) },
		page.env,
	);
	return { seen, stop };
}

describe('watchTimeline', () => {
	it('asks once a minute, conditionally, and reports only entries the page does not show', async () => {
		const page = fakePage([
			json(['a', 'b'], {}, { etag: '"v1"', 'last-modified': 'Tue, 05 Mar 2024 16:00:00 GMT' }),
			notModified,
			json(['a', 'b', 'c', 'd'], {}, { etag: '"v2"' }),
			json(['a', 'b', 'c', 'd', 'e']),
		]);
		const { seen } = watch(page);
		await page.advance(59_999);
		expect(page.requests).toHaveLength(0);
		await page.advance(4 * MINUTE);
		expect(page.requests.map((r) => r.at)).toEqual([1, 2, 3, 4].map((m) => m * MINUTE));
		expect(page.requests[0]!.headers).toEqual({});
		expect(page.requests[1]!.headers).toEqual({
			'If-None-Match': '"v1"',
			'If-Modified-Since': 'Tue, 05 Mar 2024 16:00:00 GMT',
		});
		expect(page.requests[3]!.headers['If-None-Match']).toBe('"v2"');
		expect(seen).toEqual([['c', 'd'], ['e']]);
	});

	it('asks nothing while the tab is hidden, and asks as soon as it is visible again', async () => {
		const page = fakePage([json(['a', 'b']), json(['a', 'b', 'c'])]);
		const { seen } = watch(page);
		page.setVisible(false);
		await page.advance(10 * MINUTE);
		expect(page.requests).toHaveLength(0);
		page.setVisible(true);
		await page.advance(0);
		expect(page.requests.map((r) => r.at)).toEqual([10 * MINUTE]);
		await page.advance(MINUTE);
		expect(seen).toEqual([['c']]);
	});

	it('waits twice as long after each error, at most 30 minutes', async () => {
		const failing = () => new Response('busy', { status: 503 });
		const page = fakePage([failing, failing, failing, json(['a', 'b', 'c'])]);
		const { seen } = watch(page);
		await page.advance(100 * MINUTE);
		// 1, then 2, 4 and 8 minutes later; after the success, once a minute again (the fake
		// network is offline by then, so the waits grow again: 2, 4, … at most 30).
		expect(page.requests.slice(0, 5).map((r) => r.at / MINUTE)).toEqual([1, 3, 7, 15, 16]);
		const gaps = page.requests.slice(1).map((r, i) => (r.at - page.requests[i]!.at) / MINUTE);
		expect(Math.max(...gaps)).toBe(30);
		expect(seen).toEqual([['c']]);
	});

	it('stops asking once the story is resolved', async () => {
		const page = fakePage([json(['a', 'b', 'c'], { status: 'resolved' }), json(['x'])]);
		const { seen } = watch(page);
		await page.advance(60 * MINUTE);
		expect(page.requests).toHaveLength(1);
		expect(seen).toEqual([['c']]);
	});

	it('stops asking once the file no longer says ongoing: the editor took the word back', async () => {
		const page = fakePage([json(['a', 'b'], { status: null }), json(['x'])]);
		watch(page);
		await page.advance(60 * MINUTE);
		expect(page.requests).toHaveLength(1);
	});

	it('stops asking when stopped', async () => {
		const page = fakePage([json(['a', 'b'])]);
		const { stop } = watch(page);
		stop();
		await page.advance(10 * MINUTE);
		expect(page.requests).toHaveLength(0);
	});
});
