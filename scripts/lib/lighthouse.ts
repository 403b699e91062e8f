import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import lighthousePackage from 'lighthouse/package.json' with { type: 'json' };
import { langs } from '../../src/i18n/locales';
import { storyPath } from '../../src/lib/outputs/urls';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/browser';

/** Lighthouse's four categories, in its report's order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The five metrics the performance score is made of, by Lighthouse's audit id. */
export const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	si: 'speed-index',
} as const;
export type Metric = keyof typeof METRICS;

/** The version of Lighthouse that runs (pinned exactly in package.json), e.g. `'13.5.0'`. */
export const LIGHTHOUSE_VERSION = lighthousePackage.version;

/** One metric of a run: Lighthouse's figure and the score (0 to 1) it gives it. */
export interface MetricResult {
	/** Milliseconds, or unitless for layout shift. */
	value: number;
	/** As the report shows it, e.g. `'1.2 s'`. */
	display: string;
	score: number;
}

/** One Lighthouse run on one page. */
export interface LighthouseRun {
	url: string;
	/** Each category's score out of 100, as the report shows it. */
	scores: Record<Category, number>;
	metrics: Record<Metric, MetricResult>;
	/** Every weighted audit under full marks, e.g. `'performance: Speed Index (3.6 s)'`. */
	shortfalls: string[];
	/**
	 * Lighthouse's measure of the machine's speed when the run started (BenchmarkIndex: about
	 * 1,000 to 2,000 on a desktop core, lower when other processes hold the CPU).
	 */
	benchmarkIndex: number;
	/** Wall time of the run, ms. */
	ms: number;
	/** The whole report, for a closer look (filmstrip, network requests, …). */
	lhr: Result;
}

/** A Chromium that Lighthouse drives over its debugging port; `close()` it when done. */
export interface LighthouseBrowser {
	port: number;
	/** Stops Chromium and deletes its temporary profile. */
	close(): void;
}

/**
 * Launches Debian's Chromium headless for Lighthouse, with the flags the browser tests use
 * (tests/support/browser.ts), chrome-launcher's own quiet defaults and a fresh profile.
 * `CHROME_PATH` names another Chromium.
 */
export async function launchForLighthouse(): Promise<LighthouseBrowser> {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env['CHROME_PATH'] ?? CHROMIUM_PATH,
		chromeFlags: CHROMIUM_ARGS,
	});
	return {
		port: chrome.port,
		close: () => {
			chrome.kill();
		},
	};
}

/**
 * Runs Lighthouse on `url` with its default settings (mobile: an emulated mid-range phone on a
 * simulated slow 4G connection, CPU slowed 4 ×) in `browser`, all four categories.
 * Throws when the page could not be loaded.
 */
export async function runLighthouse(
	browser: LighthouseBrowser,
	url: string,
): Promise<LighthouseRun> {
	const start = performance.now();
	const result = await lighthouse(url, {
		port: browser.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...CATEGORIES],
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) {
		throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
	}
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
	) as Record<Category, number>;
	const metrics = Object.fromEntries(
		Object.entries(METRICS).map(([key, id]) => {
			const audit = lhr.audits[id];
			return [
				key,
				{
					value: audit?.numericValue ?? Number.NaN,
					display: audit?.displayValue ?? '',
					score: audit?.score ?? 0,
				},
			];
		}),
	) as Record<Metric, MetricResult>;
	const shortfalls = CATEGORIES.flatMap((category) =>
		(lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
			const audit = lhr.audits[ref.id];
			if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) return [];
			return [`${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`];
		}),
	);
	return {
		url,
		scores,
		metrics,
		shortfalls,
		benchmarkIndex: lhr.environment.benchmarkIndex,
		ms: performance.now() - start,
		lhr,
	};
}

/**
 * The two editions of the first story (by slug) that has both, as URL paths, e.g.
 * `['/bn/meta-outage-2024-03-05/', '/en/meta-outage-2024-03-05/']`; `[]` when none has.
 */
export function storyEditions(dir: string): string[] {
	const slugs = (lang: string): string[] =>
		existsSync(join(dir, lang))
			? readdirSync(join(dir, lang)).filter(
					(slug) => slug !== 'search' && existsSync(join(dir, lang, slug, 'index.html')),
				)
			: [];
	const [first, ...others] = langs.map((lang) => new Set(slugs(lang)));
	const slug = [...(first ?? [])].sort().find((s) => others.every((set) => set.has(s)));
	return slug ? langs.map((lang) => `/${lang}/${storyPath(slug)}`) : [];
}

/** The header of {@link formatRun}'s table: page, the four categories. */
export function formatHeader(): string {
	return ['page'.padEnd(34), ...CATEGORIES.map((c) => c.padStart(15))].join('');
}

/**
 * A run as a line of the table (page, four scores), then the metrics, then each audit under full
 * marks, e.g. `/bn/story/   98   100   100   100` and `    FCP 1.2 s · LCP 1.4 s · …`.
 */
export function formatRun(page: string, run: LighthouseRun): string {
	const metrics = (Object.keys(METRICS) as Metric[])
		.map((m) => `${m.toUpperCase()} ${run.metrics[m].display}`)
		.join(' · ');
	return [
		[page.padEnd(34), ...CATEGORIES.map((c) => String(run.scores[c]).padStart(15))].join(''),
		`    ${metrics} (BenchmarkIndex ${Math.round(run.benchmarkIndex)}, ${(run.ms / 1000).toFixed(1)} s)`,
		...run.shortfalls.map((s) => `    ${s}`),
	].join('\n');
}
