import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite, pageHashes, type PageLinks } from '../../scripts/lib/checkBuiltSite';

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

	it('reads only the changed pages again, and still finds an anchor an unchanged page lost', async () => {
		const site = mkdtempSync(join(tmpdir(), 'built-site-'));
		mkdirSync(join(site, 'story'));
		const story = join(site, 'story', 'index.html');
		writeFileSync(join(site, 'index.html'), page('Home', '<a href="/story/#entry-1">one</a>'));
		writeFileSync(story, page('Story', '<p id="entry-1">x</p>'));
		const known = new Map<string, PageLinks>();
		// html-validate's findings on the changed pages are another test's.
		const linkProblems = (problems: string[]) => problems.filter((p) => p.includes(': link to '));
		expect(await checkBuiltSite(site, '/', [], known)).toEqual([]);
		expect([...known.keys()].sort()).toEqual(['/', '/story/']);

		// The story lost its anchor; the home page did not change and is not read again.
		writeFileSync(story, page('Story', '<p id="entry-2">x</p>'));
		expect(linkProblems(await checkBuiltSite(site, '/', ['/story/'], known))).toEqual([
			'/: link to /story/#entry-1: no element with id "entry-1" there',
		]);
		// What it knows of an unchanged page is what it uses: a home page changed behind its back
		// (never so in the lane: changed pages are found by their hash) is not read.
		writeFileSync(join(site, 'index.html'), page('Home', '<a href="/gone/">x</a>'));
		expect(linkProblems(await checkBuiltSite(site, '/', ['/story/'], known))).toHaveLength(1);
		expect(linkProblems(await checkBuiltSite(site, '/', ['/', '/story/'], known))).toEqual([
			'/: link to /gone/: no such file in the build',
		]);
		// A page that went away: the links to it fail, and it is forgotten.
		rmSync(join(site, 'story'), { recursive: true });
		writeFileSync(join(site, 'index.html'), page('Home', '<a href="/story/">x</a>'));
		expect(linkProblems(await checkBuiltSite(site, '/', ['/'], known))).toEqual([
			'/: link to /story/: no such file in the build',
		]);
		expect([...known.keys()]).toEqual(['/']);
		rmSync(site, { recursive: true, force: true });
	});

	it('fingerprints every page, so a rebuild knows which changed', () => {
		expect([...pageHashes(dir, '/').keys()]).toEqual(['/', '/bn/story/']);
	});
});
