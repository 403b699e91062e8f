import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems, launchChromium } from '../../scripts/build-content';

/**
 * The content lane runs axe on the pages an edit changed: every page’s
 * violations must still be reported, each under its own page, in the order the pages were given.
 */
const page = (lang: string, body: string) =>
	`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Test</title></head><body><main><h1>Test page</h1>${body}</main></body></html>`;

let dir = '';
let browser: Browser;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'lane-axe-'));
	const pages: Record<string, string> = {
		'a/index.html': page('en', '<p>Fine.</p>'),
		// A link with no text: axe's link-name (WCAG 2.4.4, 4.1.2).
		'b/index.html': page('bn', '<p><a href="/a/"></a></p>'),
		'c/index.html': page('en', '<p>Fine too.</p>'),
		// An image with no text alternative: axe's image-alt.
		'd/index.html': page('en', '<img src="/x.png">'),
	};
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the content lane’s axe step', () => {
	it('reports each changed page’s violations under that page, in the pages’ order', async () => {
		const problems = await axeProblems(browser, dir, '/', ['/d/', '/a/', '/b/', '/c/']);
		expect(problems.map((p) => p.split(':')[0])).toEqual(['/d/', '/b/']);
		expect(problems[0]).toMatch(/^\/d\/: axe image-alt: /);
		expect(problems[1]).toMatch(/^\/b\/: axe link-name: /);
	});
});
