import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	formatHeader,
	formatRun,
	launchForLighthouse,
	LIGHTHOUSE_VERSION,
	runLighthouse,
	type LighthouseBrowser,
	type LighthouseRun,
	type Metric,
} from '../../scripts/lib/lighthouse';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/site';

/**
 * Lighthouse (scripts/lib/lighthouse.ts, what `npm run lighthouse` runs) with its default mobile
 * settings on both editions of the story page, served from the run's shared build.
 *
 * Accessibility, best practices and SEO are worked out from the page itself: 100 in every run.
 * The shared build's canonical and hreflang links name the published origin, not the test
 * server's; Lighthouse's canonical audit accepts that (valid, absolute, not the home page), and
 * the one check it then cannot make, a canonical naming the other edition, is
 * tests/build/site.test.ts's ('links the editions to each other'). So no second build.
 *
 * Performance is a simulation (Lantern) fed by a real, unthrottled load of the page on this
 * machine, and on a shared 2-core machine that load is noisy (docs/BENCHMARKS.md, Lighthouse):
 * - Total Blocking Time is the page's own main-thread tasks × 4: 0 to 840 ms for the same page
 *   minutes apart at load average 2 to 11 (performance 73 to 100);
 * - Speed Index is 1.4 × the speed index of that real load plus 0.4 × a simulated one, and in
 *   about 70 % of runs headless Chromium presents the first frame (painted at ~0.2 s, fonts and
 *   all) only ~1.2 s or ~2.3 s later (GoogleChrome/lighthouse#17148: viz throttles BeginFrames to
 *   a page that was busy while loading), either edition, at load 1.6 as at 10: Speed Index 1.0,
 *   2.2 or 3.7 s for the same page, performance 100 or 98.
 * So the test asserts what held in every batch of runs measured: one of up to {@link MAX_RUNS}
 * runs scores 90 or more for performance (Lighthouse's green band) with First Contentful Paint,
 * Largest Contentful Paint and Cumulative Layout Shift green (metric score 0.9 or more: what the
 * page's bytes, their order and its layout decide) and Speed Index and Total Blocking Time at
 * least orange (0.5 or more: SI under 5.8 s, TBT under 600 ms). An edition runs again only while
 * its runs fall short of that, so each usually runs once (25 to 40 s for both). Every run's
 * scores and metrics are printed, as `npm run lighthouse` prints them.
 */

const STORY = 'meta-outage-2024-03-05';
const EDITIONS = [`/bn/${STORY}/`, `/en/${STORY}/`];
/** Runs per edition at most; the first that falls short of nothing asserted ends them. */
const MAX_RUNS = 3;
/** Lighthouse's bands: a score of 0.9 or more is green ("good"), under 0.5 red ("poor"). */
const GREEN = 0.9;
const ORANGE = 0.5;
/** The lowest score each metric must reach (see above). */
const FLOOR: Record<Metric, number> = {
	fcp: GREEN,
	lcp: GREEN,
	cls: GREEN,
	si: ORANGE,
	tbt: ORANGE,
};

/** What a run falls short of in performance, e.g. `['performance 86', 'TBT 840 ms: 0.31']`. */
function shortOf(run: LighthouseRun): string[] {
	const metrics = (Object.keys(FLOOR) as Metric[])
		.filter((metric) => run.metrics[metric].score < FLOOR[metric])
		.map((m) => `${m.toUpperCase()} ${run.metrics[m].display}: ${run.metrics[m].score.toFixed(2)}`);
	return [
		...(run.scores.performance < 90 ? [`performance ${run.scores.performance}`] : []),
		...metrics,
	];
}

let server: StaticServer;
let browser: LighthouseBrowser;
const runs = new Map<string, LighthouseRun[]>();

beforeAll(async () => {
	const start = performance.now();
	server = await serveStatic(siteDir());
	browser = await launchForLighthouse();
	const lines = [`Lighthouse ${LIGHTHOUSE_VERSION}, mobile settings`, formatHeader()];
	for (const path of EDITIONS) {
		const done: LighthouseRun[] = [];
		do {
			const run = await runLighthouse(browser, `${server.origin}${path}`);
			done.push(run);
			lines.push(formatRun(`${path} #${done.length}`, run));
		} while (done.length < MAX_RUNS && shortOf(done.at(-1)!).length > 0);
		runs.set(path, done);
	}
	const count = [...runs.values()].reduce((n, r) => n + r.length, 0);
	lines.push(`${count} runs in ${((performance.now() - start) / 1000).toFixed(1)} s`);
	console.info(lines.join('\n'));
}, 600_000);

afterAll(async () => {
	browser?.close();
	await server?.close();
});

describe.each(EDITIONS)('Lighthouse on %s (mobile)', (path) => {
	it('scores 100 for accessibility, best practices and SEO in every run', () => {
		for (const run of runs.get(path)!) {
			expect(
				{
					accessibility: run.scores.accessibility,
					'best-practices': run.scores['best-practices'],
					seo: run.scores.seo,
				},
				run.shortfalls.filter((s) => !s.startsWith('performance')).join('\n'),
			).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
		}
	});

	it('scores 90 or more for performance, FCP, LCP and CLS green, SI and TBT not red, in one of up to 3 runs', () => {
		const shortfalls = runs.get(path)!.map((run) => shortOf(run));
		expect(
			shortfalls.some((s) => s.length === 0),
			shortfalls.map((s, n) => `run ${n + 1}: ${s.join(', ')}`).join('\n'),
		).toBe(true);
	});
});
