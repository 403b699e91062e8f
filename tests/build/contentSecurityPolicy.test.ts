import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/outputs/contentSecurityPolicy';
import { listPages, readPage } from '../support/site';

/**
 * The policy lists no hash, so it holds only while no page carries inline code: every style is a
 * linked file, every script is a file or data. (tests/e2e/pages.test.ts checks in Chromium that
 * nothing is refused; this says which element broke the rule.)
 */
describe.each(listPages())('%s', (path) => {
	const html = parse(readPage(path));

	it('states the site’s policy first in its head, before anything it governs', () => {
		const head = html.querySelector('head')!.childNodes.filter((n) => 'tagName' in n);
		const metas = html.querySelectorAll('meta[http-equiv="content-security-policy"]');
		expect(metas.map((m) => m.getAttribute('content'))).toEqual([contentSecurityPolicy]);
		expect(head.indexOf(metas[0]!), 'the policy follows <meta charset> at once').toBe(1);
	});

	it('has no inline style or script for the policy to refuse', () => {
		expect(html.querySelectorAll('style').map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
		expect(html.querySelectorAll('[style]').map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
		const inline = html
			.querySelectorAll('script:not([src])')
			.filter((s) => s.getAttribute('type') !== 'application/ld+json');
		expect(inline.map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
		const handlers = html
			.querySelectorAll('*')
			.filter((e) => Object.keys(e.attributes).some((a) => /^on/i.test(a)));
		expect(handlers.map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
	});
});

describe('the policy', () => {
	it('allows the site’s own files and nothing inline, from nowhere else', () => {
		expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'sha\d+-|\*|https?:/);
		expect(contentSecurityPolicy.split(';')).toEqual(
			expect.arrayContaining([
				"default-src 'none'",
				"script-src 'self' 'wasm-unsafe-eval'",
				"style-src 'self'",
			]),
		);
	});
});
