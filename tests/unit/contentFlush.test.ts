import { afterEach, describe, expect, it } from 'vitest';
import {
	FLUSH_CONTEXT,
	flushContentStore,
	isFlushRequest,
	setContentFlush,
} from '../../src/lib/contentFlush';

afterEach(() => setContentFlush(undefined));

/** A flush that stays under way until `finish()`; counts its calls. */
function slowFlush() {
	const state = { calls: 0, finish: () => undefined as void };
	const flush = () => {
		state.calls++;
		return new Promise<void>((resolve) => (state.finish = resolve));
	};
	return { state, flush };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('flushContentStore', () => {
	it('does nothing outside astro dev (no flush registered)', () => {
		expect(() => flushContentStore()).not.toThrow();
	});

	it('asks the dev server to write the store once per saved change', async () => {
		const { state, flush } = slowFlush();
		setContentFlush(flush);
		flushContentStore();
		expect(state.calls).toBe(1);
		state.finish();
		await settle();
		flushContentStore();
		expect(state.calls).toBe(2);
	});

	it('folds changes saved while a write is under way into one more write after it', async () => {
		const { state, flush } = slowFlush();
		setContentFlush(flush);
		flushContentStore();
		flushContentStore();
		flushContentStore();
		expect(state.calls).toBe(1);
		state.finish();
		await settle();
		expect(state.calls).toBe(2);
		state.finish();
		await settle();
		expect(state.calls).toBe(2);
	});

	it('survives a failed write: the next change asks again', async () => {
		let calls = 0;
		setContentFlush(() => {
			calls++;
			return Promise.reject(new Error('sync failed'));
		});
		flushContentStore();
		await settle();
		flushContentStore();
		await settle();
		expect(calls).toBe(2);
	});
});

describe('isFlushRequest', () => {
	it('tells a flush request from a loader refresh with other data or none', () => {
		expect(isFlushRequest({ ...FLUSH_CONTEXT })).toBe(true);
		expect(isFlushRequest(undefined)).toBe(false);
		expect(isFlushRequest({ webhook: 'cms' })).toBe(false);
		expect(isFlushRequest({ somoyrekhaFlush: 'yes' })).toBe(false);
	});
});
