/** Edit distance between two words (insertions, deletions, substitutions), e.g. `Yrok`/`York` → 2. */
export function editDistance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) {
			next[j] = Math.min(
				row[j]! + 1,
				next[j - 1]! + 1,
				row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		row = next;
	}
	return row[b.length]!;
}

/**
 * The candidate nearest to a misspelt name, ignoring case, when it is close enough to be a typo,
 * e.g. `nearestName('meta-outage-2024-03-50', ['meta-outage-2024-03-05'])` → `'meta-outage-2024-03-05'`.
 */
export function nearestName(input: string, candidates: readonly string[]): string | undefined {
	const target = input.toLowerCase();
	let best: [string, number] | undefined;
	for (const name of candidates) {
		const d = editDistance(target, name.toLowerCase());
		if (!best || d < best[1]) best = [name, d];
	}
	return best && best[1] <= Math.max(2, Math.floor(target.length / 4)) ? best[0] : undefined;
}
