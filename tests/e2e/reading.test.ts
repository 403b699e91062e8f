import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { ROOT, siteDir } from '../support/site';

/**
 * A reader with JavaScript turned off, in real Chromium: each edition shows the whole article
 * and the whole timeline, Bengali is drawn with the self-hosted Noto Sans Bengali (not a
 * fallback font), and the language switcher leads to the other edition of the same story.
 * A full-page screenshot of every edition is kept in test-results/screenshots/.
 */

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const STORIES = join(ROOT, 'content', 'stories');

interface Edition {
	slug: string;
	lang: string;
	title: string;
	/** The article's paragraphs as plain text (Markdown syntax and footnote marks removed). */
	paragraphs: string[];
	/** The story's timeline (from the original edition): entry ids and their text in this language. */
	entries: { id: string; text: string | undefined }[];
}

/** Splits an MDX file into its YAML front matter and its body. */
function splitMdx(file: string): { data: Record<string, unknown>; body: string } {
	const source = readFileSync(file, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error(`${file} has no YAML front matter`);
	return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Markdown paragraph → the text a reader sees (enough Markdown for news copy). */
function plainText(markdown: string): string {
	return markdown
		.replace(/\[\^[^\]]+\]/g, '\u{1F}') // footnote references (rendered as a number)
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images
		.replace(/(\*\*|__|\*|`)/g, '')
		.replace(/^#+\s*/, '');
}

/** Escapes a string for a RegExp. */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A paragraph as a pattern over the rendered text: a footnote mark may show as its number. */
function paragraphPattern(paragraph: string): RegExp {
	return new RegExp(
		paragraph
			.split('\u{1F}')
			.map((part) => escapeRegExp(normalise(part)))
			.join('\\s*\\[?\\d*\\]?\\s*'),
	);
}

/** For comparing text: one kind of quote mark and single spaces (typography may change both). */
function normalise(text: string): string {
	return text
		.replace(/[‘’‚‛']/g, "'")
		.replace(/[“”„‟"]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every edition of every story in content/stories, read straight from the editors' files. */
function readEditions(): Edition[] {
	const editions: Edition[] = [];
	for (const slug of readdirSync(STORIES).sort()) {
		const files = readdirSync(join(STORIES, slug)).filter((f) => /^[a-z]{2,3}\.mdx$/.test(f));
		const parsed = files.map((f) => ({
			lang: f.replace('.mdx', ''),
			...splitMdx(join(STORIES, slug, f)),
		}));
		const original = parsed.find((p) => !p.data['translationOf']);
		const timeline = (original?.data['timeline'] ?? []) as {
			id: string;
			text: Record<string, string>;
		}[];
		for (const { lang, data, body } of parsed) {
			const paragraphs = body
				.split(/\r?\n\s*\r?\n/)
				.map((block) => block.trim())
				.filter((block) => block && !/^(<|import |export |\{\/\*)/.test(block))
				.map((block) => plainText(block.replace(/^\[\^[^\]]+\]:\s*/, '')));
			editions.push({
				slug,
				lang,
				title: String(data['title']),
				paragraphs,
				entries: timeline.map((entry) => ({ id: entry.id, text: entry.text[lang] })),
			});
		}
	}
	return editions;
}

const editions = readEditions();

describe('reading without JavaScript', () => {
	let server: StaticServer;
	let browser: TestBrowser;
	let page: Page;
	const consoleErrors: string[] = [];

	beforeAll(async () => {
		server = await serveStatic(siteDir());
		browser = await launchBrowser({ javaScriptEnabled: false });
		page = await browser.newPage();
		// Without JavaScript no securitypolicyviolation event can be heard; Chromium still reports
		// every blocked style, font or image on the console.
		page.on('console', (message) => {
			if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) {
				consoleErrors.push(`${page.url()}: ${message.text()}`);
			}
		});
		mkdirSync(SCREENSHOTS, { recursive: true });
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('has stories with two editions to read', () => {
		expect(editions.length).toBeGreaterThanOrEqual(2);
		expect(new Set(editions.map((e) => e.lang))).toEqual(new Set(['bn', 'en']));
	});

	describe.each(editions.map((e) => [`/${e.lang}/${e.slug}/`, e] as const))(
		'%s',
		(path, edition) => {
			it('shows the whole article', async () => {
				const response = await page.goto(new URL(path.slice(1), server.url).href);
				expect(response?.status()).toBe(200);
				expect(await page.evaluate(() => document.documentElement.lang)).toBe(edition.lang);
				// A shared, busy machine can take over a second to lay the page out: poll for longer than 1 s.
				await expect
					.poll(() => page.locator('h1').first().innerText(), { timeout: 10_000 })
					.toBe(edition.title);
				// innerText is what is rendered: text hidden by CSS (or waiting for a script) is missing.
				const shown = normalise(await page.locator('main').innerText());
				const missing = edition.paragraphs.filter((p) => !paragraphPattern(p).test(shown));
				expect(edition.paragraphs.length).toBeGreaterThan(0);
				expect(missing, 'paragraphs of the article a reader cannot see').toEqual([]);
			});

			it('shows every timeline entry with its text', async () => {
				await page.goto(new URL(path.slice(1), server.url).href);
				expect(edition.entries.length).toBeGreaterThan(0);
				const problems: string[] = [];
				for (const entry of edition.entries) {
					const item = page.locator(`li[id="${entry.id}"]`);
					if ((await item.count()) !== 1) {
						problems.push(`${entry.id}: ${String(await item.count())} elements with this id`);
						continue;
					}
					if (!(await item.isVisible())) problems.push(`${entry.id}: hidden`);
					const text = normalise(await item.innerText());
					if (entry.text && !text.includes(normalise(entry.text))) {
						problems.push(`${entry.id}: its text is not shown (got "${text.slice(0, 120)}…")`);
					}
					if (!(await item.locator('time[datetime]').first().isVisible())) {
						problems.push(`${entry.id}: no visible <time datetime>`);
					}
				}
				expect(problems).toEqual([]);
			});

			it('draws its text with the self-hosted Noto Sans Bengali, and keeps a screenshot', async () => {
				await page.goto(new URL(path.slice(1), server.url).href);
				await page.evaluate(() => document.fonts.ready.then(() => undefined));
				const fonts = await page.evaluate(() => ({
					check: document.fonts.check('1em "Noto Sans Bengali"', 'বাংলা'),
					faces: Array.from(document.fonts)
						.filter((f) => f.family.replace(/"/g, '') === 'Noto Sans Bengali')
						.map((f) => ({ status: f.status, range: f.unicodeRange, weight: f.weight })),
				}));
				expect(fonts.check, 'document.fonts.check for Bengali text').toBe(true);
				const bengaliFaces = fonts.faces.filter((f) => /U\+0?980/i.test(f.range));
				expect(bengaliFaces.length, 'a Bengali @font-face').toBeGreaterThan(0);
				expect(
					bengaliFaces.some((f) => f.status === 'loaded'),
					'a loaded Bengali face',
				).toBe(true);

				// Ask Chromium which font actually drew each element's glyphs. A web font is
				// `isCustomFont`; a system font (or the empty boxes of a missing one) is not.
				const cdp = await browser.context.newCDPSession(page);
				await cdp.send('DOM.enable');
				await cdp.send('CSS.enable');
				const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
				const selectors =
					edition.lang === 'bn'
						? ['h1', 'main p', `li[id="${edition.entries[0]!.id}"] .text`]
						: ['nav a[hreflang="bn"]'];
				for (const selector of selectors) {
					const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
					expect(nodeId, `no element matches ${selector}`).not.toBe(0);
					const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
					expect(
						used.map((f) => `${f.familyName} (${f.isCustomFont ? 'web font' : 'system font'})`),
						`fonts drawing ${selector}`,
					).toEqual(['Noto Sans Bengali (web font)']);
				}
				await cdp.detach();

				await page.screenshot({
					path: join(SCREENSHOTS, `${edition.lang}-${edition.slug}.png`),
					fullPage: true,
				});
			});

			it('switches to the other edition of the same story', async () => {
				await page.goto(new URL(path.slice(1), server.url).href);
				const other = editions.find((e) => e.slug === edition.slug && e.lang !== edition.lang);
				expect(other, `a second edition of ${edition.slug}`).toBeDefined();
				await page.locator(`header nav a[hreflang="${other!.lang}"]`).click();
				await page.waitForURL(new URL(`${other!.lang}/${other!.slug}/`, server.url).href);
				expect(await page.evaluate(() => document.documentElement.lang)).toBe(other!.lang);
				expect(await page.locator('h1').first().innerText()).toBe(other!.title);
				// and back again
				await page.locator(`header nav a[hreflang="${edition.lang}"]`).click();
				await page.waitForURL(new URL(path.slice(1), server.url).href);
				expect(await page.locator('h1').first().innerText()).toBe(edition.title);
			});
		},
	);

	it.each([
		['bn', 'en'],
		['en', 'bn'],
	])('switches the story list from %s to %s', async (from, to) => {
		await page.goto(new URL(`${from}/`, server.url).href);
		await page.locator(`header nav a[hreflang="${to}"]`).click();
		await page.waitForURL(new URL(`${to}/`, server.url).href);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe(to);
	});

	it('logged no CSP violation or other error on any page it showed', () => {
		expect(consoleErrors).toEqual([]);
	});
});
