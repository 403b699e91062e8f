/**
 * In `astro dev`, a saved story reaches the page only once Astro has written its content store to
 * disk, and Astro writes it half a second after the last change it was told of (a fixed debounce
 * in its data store). A content sync writes the store at once when it ends, so after the stories
 * loader has stored a change, the dev server asks for a sync of that loader with FLUSH_CONTEXT:
 * the loader sees it and does nothing more (the change is already stored), and the sync's end
 * writes the store. An edit then shows about 0.5 s sooner. Should Astro stop writing at a sync's
 * end, edits still show, after the debounce.
 *
 * The dev server's integration (src/integrations/contentCheck.ts) and the content config live in
 * different module graphs, so the function is kept on globalThis.
 */
const SLOT = Symbol.for('somoyrekha.flushContentStore');

/** The name of the stories collection's loader (src/content.config.ts). */
export const STORIES_LOADER = 'somoyrekha:stories';

/** The refresh context that marks a sync as a request to write the store, not to reload. */
export const FLUSH_CONTEXT = { somoyrekhaFlush: true } as const;

/** Whether a loader's `refreshContextData` is a flush request (see FLUSH_CONTEXT). */
export function isFlushRequest(data: Record<string, unknown> | undefined): boolean {
	return data?.['somoyrekhaFlush'] === true;
}

type Flush = () => Promise<void>;

/** The registered flush, and whether one is under way or asked for again meanwhile. */
interface FlushSlot {
	flush: Flush;
	running: boolean;
	again: boolean;
}

const slot = (): { [SLOT]?: FlushSlot | undefined } => globalThis as { [SLOT]?: FlushSlot };

/** Called by the dev server's integration with a function that syncs the stories loader. */
export function setContentFlush(flush: Flush | undefined): void {
	slot()[SLOT] = flush ? { flush, running: false, again: false } : undefined;
}

/**
 * Asks for the content store to be written now; does nothing outside `astro dev`. Requests made
 * while one is under way are folded into one more after it.
 */
export function flushContentStore(): void {
	const state = slot()[SLOT];
	if (!state) return;
	if (state.running) {
		state.again = true;
		return;
	}
	state.running = true;
	void state
		.flush()
		.catch(() => {
			// The debounced write still happens; a failed early one loses nothing.
		})
		.finally(() => {
			state.running = false;
			if (state.again) {
				state.again = false;
				flushContentStore();
			}
		});
}
