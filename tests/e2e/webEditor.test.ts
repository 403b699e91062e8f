import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { startDevServer, type DevServer } from '../support/devServer';
import { ROOT } from '../support/site';

// The web editor (/admin/) on `astro dev` with Decap CMS's local back end, on a phone-sized
// Chromium, against a copy of a fixture story in a temporary STORIES_DIR (never content/).
const SLUG = 'meta-outage-2024-03-05';
let stories: string;
let server: DevServer;
let browser: TestBrowser;
const file = () => join(stories, SLUG, 'bn.mdx');
const frontmatter = (text: string) =>
	parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

beforeAll(async () => {
	stories = mkdtempSync(join(tmpdir(), 'somoyrekha-stories-'));
	cpSync(join(ROOT, 'tests', 'fixtures', 'stories', 'valid'), stories, { recursive: true });
	server = await startDevServer({ STORIES_DIR: stories }, '/admin/');
	browser = await launchBrowser({ viewport: { width: 360, height: 740 }, locale: 'bn-BD' });
}, 180_000);

afterAll(async () => {
	await browser?.close();
	server?.stop();
	rmSync(stories, { recursive: true, force: true });
});

/** Opens the story in the editor and adds an empty timeline entry. */
async function openStoryAndAddEntry(page: Page): Promise<void> {
	await page.goto(`${server.origin}/admin/#/collections/stories/entries/${SLUG}/bn`);
	const login = page.getByRole('button', { name: 'Login' });
	await login
		.or(page.getByRole('button', { name: /Add ঘটনা/ }))
		.first()
		.waitFor({ timeout: 60_000 });
	if (await login.isVisible()) await login.click();
	await page.getByRole('button', { name: /Add ঘটনা/ }).click();
}

/** The new (last) entry's field whose label starts with `label`. */
async function field(page: Page, label: string) {
	const labels = page.locator('label').filter({ hasText: new RegExp(`^${label}`) });
	await labels.last().waitFor({ state: 'attached' });
	const id = await labels.last().getAttribute('for');
	return page.locator(`[id="${id}"]`);
}

/** Picks `option` in the new entry's select field (a searchable list: type, then Enter). */
async function choose(page: Page, label: string, option: string) {
	const input = await field(page, label);
	await input.click({ force: true });
	await page.keyboard.type(option);
	await page.keyboard.press('Enter');
}

async function publish(page: Page) {
	await page.getByRole('button', { name: /^Publish$/ }).click();
	await page.getByText('Publish now').click();
}

describe('the web editor (/admin/) on npm run dev, on a 360 px phone', () => {
	it('adds an entry with Bengali text, shows the time it means before saving, and saves it in time order', async () => {
		const before = readFileSync(file(), 'utf8');
		const page = await browser.newPage();
		const foreign: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
		});
		await openStoryAndAddEntry(page);
		await (await field(page, 'আইডি')).fill('dhaka-report');
		await choose(page, 'সময় অঞ্চল', 'Asia/Dhaka');
		await choose(page, 'নির্ভুলতা', 'exact');
		await choose(page, 'ধরন', 'update');
		await (await field(page, 'সময় ·')).fill('2024-03-05 21:39');
		const meaning = page.locator('[data-time-meaning]').last();
		await expect.poll(() => meaning.innerText()).toContain('বাংলাদেশ সময় রাত ৯টা ৩৯ মিনিট');
		const shown = await meaning.innerText();
		expect(shown).toContain('UTC ১৫:৩৯');
		expect(shown).toContain('9:09 p.m. IST');
		expect(shown).toContain('15:39 UTC');
		await (await field(page, 'বাংলা · Bengali$')).fill('পরীক্ষার এন্ট্রি: ঢাকা থেকে খবর');
		await (await field(page, 'ইংরেজি · English$')).fill('Test entry: a report from Dhaka');
		await page
			.getByRole('button', { name: /Add সূত্র/ })
			.last()
			.click();
		await (await field(page, 'নাম · Name')).fill('test fixture');
		await publish(page);
		// Until the saved file is whole: the local back end writes it in place (truncate, then
		// write), so a read can land between the two and find it empty (a CI run did).
		await expect
			.poll(
				() => {
					const text = readFileSync(file(), 'utf8');
					return text !== before && /^---\n[\s\S]*?\n---\n/.test(text);
				},
				{ timeout: 20_000 },
			)
			.toBe(true);
		const after = readFileSync(file(), 'utf8');
		// In time order: 21:00 IST (15:30 UTC) < 21:39 Bangladesh time (15:39 UTC) < 22:00 IST.
		const timeline = frontmatter(after).timeline as { id: string }[];
		expect(timeline.map((e) => e.id)).toEqual(['india-logout', 'dhaka-report', 'india-restored']);
		// Every other byte as it was: the file less the new entry's lines is the file before.
		const lines = after.split('\n');
		const start = lines.indexOf('  - id: dhaka-report');
		const end = lines.indexOf('  - id: india-restored');
		expect([...lines.slice(0, start), ...lines.slice(end)].join('\n')).toBe(before);
		expect(lines.slice(start, end).join('\n')).toBe(
			[
				'  - id: dhaka-report',
				'    time: "2024-03-05 21:39"',
				'    zone: Asia/Dhaka',
				'    precision: exact',
				'    kind: update',
				'    text:',
				'      bn: "পরীক্ষার এন্ট্রি: ঢাকা থেকে খবর"',
				'      en: "Test entry: a report from Dhaka"',
				'    sources:',
				'      - name: test fixture',
				'',
			].join('\n'),
		);
		// The content lane's check passes on the saved folder.
		execFileSync(
			process.execPath,
			[join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/check-content.ts'],
			{
				cwd: ROOT,
				env: { ...process.env, STORIES_DIR: stories },
				stdio: 'pipe',
			},
		);
		// The dev page shows the entry at its instant.
		await expect
			.poll(
				async () => {
					const html = await (await fetch(`${server.origin}/en/${SLUG}/`)).text();
					return (
						html.includes('Test entry: a report from Dhaka') && html.includes('2024-03-05T15:39:00')
					);
				},
				{ timeout: 30_000 },
			)
			.toBe(true);
		await page.close();
		expect(foreign).toEqual([]);
	});

	it('refuses to save a time in a daylight-saving gap or in 2099, with the check’s message', async () => {
		const before = readFileSync(file(), 'utf8');
		const page = await browser.newPage();
		await openStoryAndAddEntry(page);
		await (await field(page, 'আইডি')).fill('wrong-time');
		await choose(page, 'সময় অঞ্চল', 'America/New_York');
		await choose(page, 'নির্ভুলতা', 'exact');
		await choose(page, 'ধরন', 'update');
		await (await field(page, 'বাংলা · Bengali$')).fill('পরীক্ষা');
		await (await field(page, 'ইংরেজি · English$')).fill('Test');
		await page
			.getByRole('button', { name: /Add সূত্র/ })
			.last()
			.click();
		await (await field(page, 'নাম · Name')).fill('test fixture');
		const meaning = page.locator('[data-time-meaning]').last();
		await (await field(page, 'সময় ·')).fill('2024-03-10 02:30');
		await expect.poll(() => meaning.innerText()).toContain('never happened in America/New_York');
		expect(await meaning.innerText()).toContain('কখনো আসেনি');
		await publish(page);
		await page.waitForTimeout(2000);
		expect(readFileSync(file(), 'utf8')).toBe(before);
		await (await field(page, 'সময় ·')).fill('2099-03-05 21:00');
		await expect.poll(() => meaning.innerText()).toContain('which is in the future');
		await publish(page);
		await page.waitForTimeout(2000);
		expect(readFileSync(file(), 'utf8')).toBe(before);
		await page.close();
	});
});
