import type { LoaderContext } from 'astro/loaders';

/** The file watcher `astro dev` hands a content loader. */
export type Watcher = NonNullable<LoaderContext['watcher']>;

type Listener = (path: string, ...rest: unknown[]) => unknown;

/**
 * The watcher as a loader should see it: each file's `add` and `change` events wait until the
 * file has had no event for `ms` milliseconds, then reach the loader once.
 *
 * Many editors save in place (the file is emptied, then written), and the watcher may report the
 * change between the two. Astro's glob loader then reads a half-written file, fails its schema
 * ("title is missing" …), and when no second event follows the saved change never shows: in the
 * benchmark, 1 save in about 30 was lost that way. An `unlink` reaches the loader at once and
 * drops any event still waiting for that file.
 */
export function settledWatcher(watcher: Watcher, ms = 50): Watcher {
	const pending = new Map<string, Set<NodeJS.Timeout>>();
	const cancel = (path: string) => {
		for (const timer of pending.get(path) ?? []) clearTimeout(timer);
		pending.delete(path);
	};
	const settle = (listener: Listener): Listener => {
		const timers = new Map<string, NodeJS.Timeout>();
		return (path, ...rest) => {
			const waiting = timers.get(path);
			if (waiting) {
				clearTimeout(waiting);
				pending.get(path)?.delete(waiting);
			}
			const timer = setTimeout(() => {
				timers.delete(path);
				pending.get(path)?.delete(timer);
				void listener(path, ...rest);
			}, ms);
			timers.set(path, timer);
			pending.set(path, (pending.get(path) ?? new Set()).add(timer));
		};
	};
	const proxy: Watcher = new Proxy(watcher, {
		get(target, key) {
			if (key === 'on' || key === 'addListener') {
				return (event: string, listener: Listener) => {
					const wrapped: Listener =
						event === 'add' || event === 'change'
							? settle(listener)
							: event === 'unlink'
								? (path, ...rest) => {
										cancel(path);
										return listener(path, ...rest);
									}
								: listener;
					(target.on as (event: string, listener: Listener) => unknown)(event, wrapped);
					return proxy;
				};
			}
			const value: unknown = Reflect.get(target, key, target);
			return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
		},
	});
	return proxy;
}
