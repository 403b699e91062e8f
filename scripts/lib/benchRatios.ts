/**
 * The benchmark's ratios to the floor (bare Astro's cold build of the same stories, in the same
 * run) and the targets issue 24 sets for them, e.g. `ratioCell(46.5, 23.7, 2)` →
 * `'1.96 × (≤ 2.0 ×: met)'`.
 */

/** Issue 24's targets, as multiples of bare Astro's cold build (memory: of its peak). */
export const TARGETS = {
	/** One entry added → `dist/` ready through the content lane, at every size. */
	lane: { ratio: 2.0, from: 1 },
	/** `npm run build`, empty caches, from 100 stories. */
	cold: { ratio: 3.0, from: 100 },
	/** `npm run build` after one edit, from 100 stories. */
	rebuild: { ratio: 1.0, from: 100 },
	/** Peak memory of all the build's processes, at 1,000 stories and more. */
	memory: { ratio: 1.25, from: 1000 },
} as const;

export type Target = keyof typeof TARGETS;

/** `value / floor` with the target it is held to at `n` stories, or `—` with no floor. */
export function ratioCell(
	value: number,
	floor: number | undefined,
	target: Target | undefined,
	n: number,
): string {
	if (floor === undefined || !(floor > 0)) return '—';
	const ratio = value / floor;
	const shown = `${ratio.toFixed(2)} ×`;
	const goal = target && n >= TARGETS[target].from ? TARGETS[target].ratio : undefined;
	if (goal === undefined) return shown;
	// Compared as printed (two decimals), so a row never reads "2.00 × … missed".
	const met = Number(ratio.toFixed(2)) <= goal;
	return `${shown} (≤ ${goal.toFixed(goal === 1.25 ? 2 : 1)} ×: ${met ? 'met' : 'missed'})`;
}
