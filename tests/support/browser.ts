import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export interface LaunchOptions {
	/** Run page scripts (default `true`); `false` shows the site as a reader without JavaScript sees it. */
	javaScriptEnabled?: boolean;
	/** Viewport size (default 1280 × 900). */
	viewport?: { width: number; height: number };
	/** `Accept-Language` and `navigator.language` (default `'en-GB'`). */
	locale?: string;
	/** The reader's time zone, as Intl sees it (default: the machine's), e.g. `'Pacific/Kiritimati'`. */
	timezoneId?: string;
}

/** A running Chromium with one browser context; `close()` it when done (in `afterAll`). */
export interface TestBrowser {
	/** The one context all pages share (cookies, cache, JavaScript setting). */
	context: BrowserContext;
	/** Opens a new tab. Close it when done, or keep one and reuse it across pages. */
	newPage(): Promise<Page>;
	/** Closes Chromium and deletes its temporary profile folder. */
	close(): Promise<void>;
}

/**
 * Launches real Chromium ({@link CHROMIUM_PATH}) through playwright-core, headless, with
 * {@link CHROMIUM_ARGS} and a fresh temporary user-data dir (so no cache, cookie or font state
 * leaks between runs), and returns its one browser context.
 *
 * Launching takes about a second: launch once per test file (`beforeAll`) and visit pages in
 * sequence rather than once per test. Launch a second browser with `javaScriptEnabled: false`
 * for the no-JavaScript checks.
 *
 * @example
 * const browser = await launchBrowser({ javaScriptEnabled: false });
 * const page = await browser.newPage();
 * await page.goto(`${server.url}bn/`);
 * await browser.close();
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'somoyrekha-chromium-'));
	let context: BrowserContext;
	try {
		// Playwright refuses `--user-data-dir` in `args`; a persistent context is how it takes one.
		context = await chromium.launchPersistentContext(userDataDir, {
			executablePath: CHROMIUM_PATH,
			headless: true,
			args: CHROMIUM_ARGS,
			javaScriptEnabled: options.javaScriptEnabled ?? true,
			viewport: options.viewport ?? { width: 1280, height: 900 },
			locale: options.locale ?? 'en-GB',
			...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
			timeout: 60_000,
		});
	} catch (error) {
		rmSync(userDataDir, { recursive: true, force: true });
		throw new Error(
			`Could not launch Chromium at ${CHROMIUM_PATH} (run "bash scripts/ensure-chromium.sh" to install it): ${String(error)}`,
			{ cause: error },
		);
	}
	// A persistent context opens with one blank tab; close it so `newPage()` is the only source.
	await Promise.all(context.pages().map((page) => page.close()));
	return {
		context,
		newPage: () => context.newPage(),
		close: async () => {
			await context.close();
			rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}
