import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../scripts/lib/checkBuiltSite';
import { pagesIn } from '../../scripts/lib/budget';
import { buildSite } from '../support/buildSite';
import { ROOT } from '../support/site';

/**
 * A breaking story in its first minutes publishes: an editor starts a second story with the
 * editors' own commands (new:story, then add:entry twice), takes its draft line out, and the
 * site built from it passes every check the content lane makes before an upload (links and
 * anchors, feeds, timeline.json, JSON-LD, html-validate, the page-weight ceilings). Such a story
 * has little text yet: the weight ceilings must not refuse it, nor the home pages that list it.
 */

const SLUG = 'whatsapp-down-2026-12-03';
let stories: string;
let dir: string;

const tool = (script: string, args: string[]) =>
	execFileSync('npx', ['tsx', join(ROOT, 'scripts', script), '--dir', stories, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});

beforeAll(async () => {
	stories = mkdtempSync(join(ROOT, 'test-results', 'live-story-content-'));
	cpSync(join(ROOT, 'content', 'stories'), stories, { recursive: true });
	tool('new-story.ts', [
		'--slug',
		SLUG,
		'--zone',
		'Asia/Dhaka',
		'--title-bn',
		'হোয়াটসঅ্যাপে বিভ্রাট',
		'--description-bn',
		'বাংলাদেশে হোয়াটসঅ্যাপে বার্তা পাঠানো যাচ্ছে না।',
		'--title-en',
		'WhatsApp is down',
		'--description-en',
		'WhatsApp messages are not going through in Bangladesh.',
	]);
	const entry = (time: string, kind: string, bn: string, en: string, source: string) =>
		tool('add-entry.ts', [
			'--story',
			SLUG,
			'--time',
			time,
			'--kind',
			kind,
			'--bn',
			bn,
			'--en',
			en,
			'--source',
			source,
		]);
	entry(
		'2026-12-03 11:40',
		'outage-start',
		'ঢাকায় হোয়াটসঅ্যাপে বার্তা পাঠানো যাচ্ছে না।',
		'WhatsApp messages are not going through in Dhaka.',
		'Downdetector',
	);
	entry(
		'2026-12-03 11:50',
		'investigating',
		'মেটা বলছে তারা খতিয়ে দেখছে।',
		'Meta says it is looking into it.',
		'Meta',
	);
	const original = join(stories, SLUG, 'bn.mdx');
	const text = readFileSync(original, 'utf8');
	expect(text).toMatch(/^draft: true\n/m);
	writeFileSync(original, text.replace(/^draft: true\n/m, ''));
	dir = await buildSite('live-story', { stories });
}, 240_000);

afterAll(() => {
	for (const folder of [stories, dir]) if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('a live story with two entries', () => {
	it('is on the site in both languages and listed on both home pages', () => {
		for (const lang of ['bn', 'en']) {
			expect(readFileSync(join(dir, lang, SLUG, 'index.html'), 'utf8')).toContain(
				'data-pagefind-body',
			);
			expect(readFileSync(join(dir, lang, 'index.html'), 'utf8')).toContain(`/${lang}/${SLUG}/`);
		}
	});

	it('passes every check the content lane makes before an upload', async () => {
		const pages = pagesIn(readdirSync(dir, { recursive: true }) as string[], '/');
		expect(await checkBuiltSite(dir, '/', pages)).toEqual([]);
	});
});
