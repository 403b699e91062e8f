import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite, pageHashes } from '../../scripts/lib/checkBuiltSite';

let dir: string;
const page = (title: string, body: string) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'built-site-'));
	mkdirSync(join(dir, 'bn', 'story'), { recursive: true });
	mkdirSync(join(dir, 'story'), { recursive: true });
	writeFileSync(
		join(dir, 'index.html'),
		page(
			'Home',
			'<a href="/bn/story/#entry-1">ok</a> <a href="/bn/story/#entry-9">gone</a> <a href="/nope/">none</a> <a href="https://example.org/">out</a>',
		),
	);
	writeFileSync(
		join(dir, 'bn', 'story', 'index.html'),
		page('Story', '<p id="entry-1">x</p><script type="application/ld+json">{"a":</script>'),
	);
	writeFileSync(
		join(dir, 'bn', 'rss.xml'),
		'<rss><channel><title>a\u000bb</title></channel></rss>',
	);
	writeFileSync(join(dir, 'story', 'timeline.json'), '{"version": 1}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkBuiltSite', () => {
	it('reports broken links and anchors, bad feeds, timeline.json and JSON-LD', async () => {
		const problems = await checkBuiltSite(dir, '/', []);
		expect(problems).toContainEqual(
			'/: link to /bn/story/#entry-9: no element with id "entry-9" there',
		);
		expect(problems).toContainEqual('/: link to /nope/: no such file in the build');
		expect(problems.some((p) => p.startsWith('/bn/story/: JSON-LD does not parse'))).toBe(true);
		expect(problems.some((p) => p.startsWith('/bn/rss.xml: not well-formed XML'))).toBe(true);
		expect(problems.some((p) => p.startsWith('/story/timeline.json: '))).toBe(true);
		expect(problems.filter((p) => p.includes('example.org') || p.includes('#entry-1'))).toEqual([]);
	});

	it('validates the HTML of the changed pages only', async () => {
		writeFileSync(join(dir, 'bad.html'), page('Bad', '<p><div>nested</div></p>'));
		const unchanged = await checkBuiltSite(dir, '/', []);
		expect(unchanged.filter((p) => p.includes('html-validate'))).toEqual([]);
		const changed = await checkBuiltSite(dir, '/', ['/bad.html']);
		expect(changed.some((p) => p.startsWith('/bad.html:') && p.includes('html-validate'))).toBe(
			true,
		);
		rmSync(join(dir, 'bad.html'));
	});

	it('fingerprints every page, so a rebuild knows which changed', () => {
		expect([...pageHashes(dir, '/').keys()]).toEqual(['/', '/bn/story/']);
	});
});
