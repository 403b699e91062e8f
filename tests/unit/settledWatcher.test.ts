import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settledWatcher, type Watcher } from '../../src/lib/editor/settledWatcher';

// What the glob loader sees when an editor saves in place: the file is emptied (one event), then
// written (another, or none). The loader must read the file once, after the save.

class FakeWatcher extends EventEmitter {
	added: string[] = [];
	add(path: string) {
		this.added.push(path);
		return this;
	}
}

let raw: FakeWatcher;
let watcher: Watcher;

beforeEach(() => {
	vi.useFakeTimers();
	raw = new FakeWatcher();
	watcher = settledWatcher(raw as unknown as Watcher, 50);
});

afterEach(() => {
	vi.useRealTimers();
});

describe('settledWatcher', () => {
	it('hands the loader one change per save, after the file has been quiet', () => {
		const seen: string[] = [];
		watcher.on('change', (path: string) => void seen.push(path));
		raw.emit('change', '/stories/a/bn.mdx'); // emptied
		vi.advanceTimersByTime(10);
		raw.emit('change', '/stories/a/bn.mdx'); // written
		vi.advanceTimersByTime(49);
		expect(seen).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(seen).toEqual(['/stories/a/bn.mdx']);
	});

	it('keeps files apart, and new files too', () => {
		const seen: string[] = [];
		watcher.on('change', (path: string) => void seen.push(`change ${path}`));
		watcher.on('add', (path: string) => void seen.push(`add ${path}`));
		raw.emit('change', '/stories/a/bn.mdx');
		raw.emit('change', '/stories/b/bn.mdx');
		raw.emit('add', '/stories/c/bn.mdx');
		vi.advanceTimersByTime(50);
		expect(seen).toEqual([
			'change /stories/a/bn.mdx',
			'change /stories/b/bn.mdx',
			'add /stories/c/bn.mdx',
		]);
	});

	it('passes a deletion at once and forgets a change still waiting for that file', () => {
		const seen: string[] = [];
		watcher.on('change', (path: string) => void seen.push(`change ${path}`));
		watcher.on('unlink', (path: string) => void seen.push(`unlink ${path}`));
		raw.emit('change', '/stories/a/bn.mdx');
		raw.emit('unlink', '/stories/a/bn.mdx');
		expect(seen).toEqual(['unlink /stories/a/bn.mdx']);
		vi.advanceTimersByTime(100);
		expect(seen).toEqual(['unlink /stories/a/bn.mdx']);
	});

	it('is otherwise the same watcher', () => {
		watcher.add('/stories');
		expect(raw.added).toEqual(['/stories']);
		expect(watcher.on('change', () => undefined)).toBe(watcher);
	});
});
