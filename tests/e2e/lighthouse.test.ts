import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	formatHeader,
	formatRun,
	launchForLighthouse,
	LIGHTHOUSE_VERSION,
	runLighthouse,
	type LighthouseBrowser,
	type LighthouseRun,
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
 * Performance is a simulation fed by a real load of the page on this machine, so it depends on
 * the machine's load: it is measured by `npm run lighthouse` and its figures are in
 * docs/BENCHMARKS.md, not asserted here. Each run's scores are printed all the same.
 */

const STORY = 'meta-outage-2024-03-05';
const EDITIONS = [`/bn/${STORY}/`, `/en/${STORY}/`];

let server: StaticServer;
let browser: LighthouseBrowser;
const runs = new Map<string, LighthouseRun>();

beforeAll(async () => {
	server = await serveStatic(siteDir());
	browser = await launchForLighthouse();
	const lines = [`Lighthouse ${LIGHTHOUSE_VERSION}, mobile settings`, formatHeader()];
	for (const path of EDITIONS) {
		const run = await runLighthouse(browser, `${server.origin}${path}`);
		runs.set(path, run);
		lines.push(formatRun(path, run));
	}
	console.info(lines.join('\n'));
}, 600_000);

afterAll(async () => {
	browser?.close();
	await server?.close();
});

describe.each(EDITIONS)('Lighthouse on %s (mobile)', (path) => {
	it('scores 100 for accessibility, best practices and SEO', () => {
		const run = runs.get(path)!;
		expect(
			{
				accessibility: run.scores.accessibility,
				'best-practices': run.scores['best-practices'],
				seo: run.scores.seo,
			},
			run.shortfalls.filter((s) => !s.startsWith('performance')).join('\n'),
		).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
	});
});
