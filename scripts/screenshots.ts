/**
 * Screenshots of the built site as readers see it: `npm run screenshots [-- --dir dist]
 * [-- --out docs/screenshots] [-- --all]`.
 *
 * Serves the built folder (default dist/, from `npm run build`) on 127.0.0.1 and opens each story
 * edition in Debian's Chromium through playwright-core. By default it writes the README's phone
 * screenshots (360 px wide: the first screen and the timeline of each edition, light and dark) as
 * small PNGs into docs/screenshots/. `--all` writes full-page shots at 320, 360 and 1280 px, both
 * editions, light and dark, into --out (for looking at a change, not for the README).
 *
 * `--zone <IANA zone>` sets the device's zone (Asia/Kolkata by default). `--zones UTC,America/Los_Angeles`
 * instead takes, for each zone, both editions at 360 px (light): the first screen and the timeline,
 * as `zone-<zone>-<lang>-first-screen.png`, `…-timeline.png` and `…-quote.png` (issue 21: the dates a reader far
 * from the story sees). `--story <slug>` picks the story (default: the first one).
 */
import { mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLang, langs, locales, type Lang } from '../src/i18n/locales';
import { launchBrowser } from '../tests/support/browser';
import { serveStatic } from '../tests/support/server';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		out: { type: 'string', default: 'docs/screenshots' },
		all: { type: 'boolean', default: false },
		zone: { type: 'string', default: 'Asia/Kolkata' },
		zones: { type: 'string' },
		story: { type: 'string' },
	},
});
const dir = resolve(values.dir);
if (!existsSync(join(dir, defaultLang))) {
	throw new Error(`No built site in ${dir}: run "npm run build" first (or pass --dir).`);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
// The first story folder under the default language's (the sample story in a fresh clone).
const story =
	values.story ??
	readdirSync(join(dir, defaultLang), { withFileTypes: true }).find((e) => e.isDirectory())?.name;
if (!story) throw new Error(`No story under ${join(dir, defaultLang)}`);

const server = await serveStatic(dir);
if (values.zones) {
	try {
		for (const zone of values.zones.split(',').map((z) => z.trim())) {
			const browser = await launchBrowser({
				viewport: { width: 360, height: 800 },
				timezoneId: zone,
				locale: 'bn-IN',
			});
			try {
				const page = await browser.newPage();
				await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
				for (const lang of ['bn', 'en'] as const) {
					await page.goto(`${server.url}${lang}/${story}/`, { waitUntil: 'load' });
					await page.evaluate(() => document.fonts.ready);
					const name = `zone-${zone.replace(/\//g, '-')}-${lang}`;
					await page.screenshot({ path: join(out, `${name}-first-screen.png`) });
					await page.evaluate(() => document.getElementById('timeline')?.scrollIntoView());
					await page.screenshot({ path: join(out, `${name}-timeline.png`) });
					// The quoted post's caption, whose date and time follow the zone.
					const quote = page.locator('.post-quote').first();
					if ((await quote.count()) > 0) {
						await quote.evaluate((el) => el.scrollIntoView({ block: 'center' }));
						await page.screenshot({ path: join(out, `${name}-quote.png`) });
					}
					console.log(`${name}: ${lang}/${story}/`);
				}
			} finally {
				await browser.close();
			}
		}
	} finally {
		await server.close();
	}
	console.log(`Screenshots in ${out}`);
	process.exit(0);
}
const browser = await launchBrowser({
	viewport: { width: 360, height: 800 },
	timezoneId: values.zone,
	locale: locales[defaultLang].intl,
});
try {
	const page = await browser.newPage();
	const shots: { lang: Lang; scheme: 'light' | 'dark'; width: number }[] = [];
	for (const lang of langs) {
		for (const scheme of ['light', 'dark'] as const) {
			for (const width of values.all ? [320, 360, 1280] : [360])
				shots.push({ lang, scheme, width });
		}
	}
	for (const { lang, scheme, width } of shots) {
		await page.setViewportSize({ width, height: width > 800 ? 900 : 800 });
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		await page.goto(`${server.url}${lang}/${story}/`, { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready);
		const name = `${lang}-${scheme}-${width}`;
		if (values.all) {
			// The full page in screen-sized parts, each small enough to look at.
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			const part = width > 800 ? 1200 : 1000;
			for (let y = 0, i = 1; y < height; y += part, i++) {
				const clip = { x: 0, y, width, height: Math.min(part, height - y) };
				await page.screenshot({ path: join(out, `${name}-${i}.png`), fullPage: true, clip });
			}
		} else {
			await page.screenshot({ path: join(out, `${lang}-${scheme}-first-screen.png`) });
			await page.evaluate(() => document.getElementById('timeline')?.scrollIntoView());
			await page.screenshot({ path: join(out, `${lang}-${scheme}-timeline.png`) });
		}
		console.log(`${name}: ${lang}/${story}/`);
	}
	if (values.all) {
		// The pages around the story, first phone screen, light.
		await page.setViewportSize({ width: 360, height: 800 });
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
		for (const [name, path] of Object.entries({
			'list-bn': 'bn/',
			'list-en': 'en/',
			root: '',
			'search-bn': 'bn/search/',
			'not-found': 'missing-page/',
		})) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
			await page.evaluate(() => document.fonts.ready);
			await page.screenshot({ path: join(out, `${name}-360.png`) });
		}
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(`Screenshots in ${out}`);
