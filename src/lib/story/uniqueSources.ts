/** A source as written or as worded for a page: what tells two sources apart. */
interface SourceLike {
	name: unknown;
	url?: string | undefined;
	detail?: unknown;
}

/**
 * The sources in order, each once: two are the same when their name, URL and detail are, e.g. one
 * report cited by the start and the end of a span is listed once.
 */
export function uniqueSources<T extends SourceLike>(sources: Iterable<T>): T[] {
	const seen = new Set<string>();
	return [...sources].filter((s) => {
		const key = JSON.stringify([s.name, s.url, s.detail]);
		return !seen.has(key) && Boolean(seen.add(key));
	});
}
