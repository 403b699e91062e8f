import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/outputs/contentSecurityPolicy';
import { listPages, readPage, siteDir } from '../support/site';

// The web editor in the built site: there for the newsroom, invisible to readers and crawlers.
describe('the built web editor (/admin/)', () => {
	const html = parse(readPage('/admin/'));

	it('is noindex, with its own policy, and loads Decap CMS from the site itself', () => {
		expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
			'noindex, nofollow',
		);
		const policy = html
			.querySelector('meta[http-equiv="content-security-policy"]')!
			.getAttribute('content')!;
		expect(policy).not.toBe(contentSecurityPolicy);
		expect(policy).toContain("script-src 'self' 'unsafe-eval'");
		expect(policy).not.toMatch(/script-src[^;]*https:/);
		expect(existsSync(join(siteDir(), 'admin', 'cms', 'decap-cms.js'))).toBe(true);
		expect(existsSync(join(siteDir(), 'admin', 'editor.js'))).toBe(true);
		for (const script of html.querySelectorAll('script[src]'))
			expect(script.getAttribute('src')).toMatch(/^\//);
		const settings = JSON.parse(
			html.querySelector('#web-editor')!.getAttribute('data-settings')!,
		) as {
			backend: { kind: string; folder: string };
		};
		expect(settings.backend).toMatchObject({ kind: 'github', folder: 'content/stories' });
	});

	it('is not linked from any reader page, nor in the sitemap, the feeds or the search index', () => {
		for (const page of listPages())
			expect(readPage(page), page).not.toMatch(/href="[^"]*\/admin\//);
		const dir = siteDir();
		const xml = readdirSync(dir, { recursive: true })
			.map(String)
			.filter((f) => f.endsWith('.xml') && !f.startsWith('admin'));
		expect(xml.length).toBeGreaterThan(0);
		for (const file of xml)
			expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('/admin/');
		expect(html.querySelector('[data-pagefind-body]')).toBeNull();
		// Reader pages keep their own policy, unchanged.
		const reader = parse(readPage('/bn/'));
		expect(
			reader.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content'),
		).toBe(contentSecurityPolicy);
	});
});
