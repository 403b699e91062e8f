/** What a page needs from the browser to watch a story's `timeline.json`; tests pass fakes. */
export interface LiveUpdatesEnv {
	fetch: (url: string, init: RequestInit) => Promise<Response>;
	/** Whether the reader can see the page (`document.visibilityState === 'visible'`). */
	visible: () => boolean;
	/** Calls back whenever the page's visibility changes. */
	onVisibilityChange: (callback: () => void) => void;
	setTimeout: (callback: () => void, ms: number) => unknown;
	now: () => number;
}

/** What to watch and what to say. */
export interface LiveUpdatesOptions {
	/** The story's `timeline.json`. */
	url: string;
	/** Ids of the entries the page shows. */
	known: readonly string[];
	/** Least time between two requests, e.g. 60000. */
	intervalMs: number;
	/** Called with the ids of entries the page does not show, each time there are more. */
	onNew: (ids: string[]) => void;
}

/** Longest wait between two requests after errors: 30 minutes. */
const MAX_BACKOFF_MS = 30 * 60_000;

/**
 * Asks for the story's `timeline.json` at most once per `intervalMs`, only while the page is
 * visible, with a conditional request (`If-None-Match` / `If-Modified-Since` from the last answer,
 * so an unchanged file costs a 304), doubling the wait after each error; calls `onNew` when the
 * file lists entries the page does not show; stops for good once the file no longer says the story
 * is `ongoing` (`resolved`, or `null`: the editor took the word back). Returns a function that stops it.
 */
export function watchTimeline(options: LiveUpdatesOptions, env: LiveUpdatesEnv): () => void {
	const known = new Set(options.known);
	let stopped = false;
	let failures = 0;
	let last = env.now();
	let waiting = false;
	const validators: Record<string, string> = {};

	const schedule = () => {
		const delay = Math.min(options.intervalMs * 2 ** failures, MAX_BACKOFF_MS);
		waiting = false;
		env.setTimeout(() => void tick(), Math.max(0, last + delay - env.now()));
	};
	const tick = async () => {
		if (stopped) return;
		// Hidden: ask again when the reader comes back, not before.
		if (!env.visible()) {
			waiting = true;
			return;
		}
		last = env.now();
		try {
			const response = await env.fetch(options.url, {
				cache: 'no-store',
				headers: validators,
			});
			if (response.status === 304) failures = 0;
			else if (!response.ok) throw new Error(String(response.status));
			else {
				failures = 0;
				const etag = response.headers.get('etag');
				const modified = response.headers.get('last-modified');
				if (etag) validators['If-None-Match'] = etag;
				if (modified) validators['If-Modified-Since'] = modified;
				const data = (await response.json()) as {
					status?: string;
					entries?: { id?: unknown }[];
				};
				const fresh = (data.entries ?? [])
					.map((entry) => entry.id)
					.filter((id): id is string => typeof id === 'string' && !known.has(id));
				for (const id of fresh) known.add(id);
				if (fresh.length) options.onNew(fresh);
				// Only the editor's `ongoing` keeps a page asking: `resolved`, or no status, stops it.
				if (data.status !== 'ongoing') stopped = true;
			}
		} catch {
			failures++;
		}
		if (!stopped) schedule();
	};
	env.onVisibilityChange(() => {
		if (waiting && env.visible() && !stopped) schedule();
	});
	schedule();
	return () => {
		stopped = true;
	};
}
