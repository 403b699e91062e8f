import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../scripts/check-content';
import { ROOT } from '../support/site';

/**
 * The table of bad inputs for a story's text (issue 22.5): markup that would load something from
 * elsewhere onto the reader's page, restyle it, or show the timeline twice. Each case is the
 * valid story with one snippet put into its Bengali text before <Timeline />; `npm run
 * check:content` must refuse it with exit status 1, change no file, and say on the snippet's line
 * what to do instead, in English and in Bengali (the first line of the message is asserted).
 */

const VALID = join(ROOT, 'tests', 'fixtures', 'stories', 'valid');
const STORY = join('meta-outage-2024-03-05', 'bn.mdx');
let work: string;

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'body-bad-inputs-'));
});
afterAll(() => {
	rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
	vi.restoreAllMocks();
});

/** A story folder: the valid one with `snippet` before its <Timeline />; and the snippet's line. */
function storyWith(name: string, snippet: string): { dir: string; line: number } {
	const dir = join(work, name);
	cpSync(VALID, dir, { recursive: true });
	const file = join(dir, STORY);
	const text = readFileSync(file, 'utf8');
	const at = text.lastIndexOf('<Timeline />');
	writeFileSync(file, `${text.slice(0, at)}${snippet}\n\n${text.slice(at)}`);
	return { dir, line: text.slice(0, at).split('\n').length };
}

/** Every file under `dir` with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
	}
	return files;
}

/** `npm run check:content -- --dir <dir> --lang <lang>`, in-process: exit status and output. */
async function check(dir: string, lang: 'en' | 'bn') {
	const lines: string[] = [];
	const capture = (line: unknown) => void lines.push(String(line));
	vi.spyOn(console, 'log').mockImplementation(capture);
	vi.spyOn(console, 'error').mockImplementation(capture);
	const status = await checkContent(dir, lang);
	vi.restoreAllMocks();
	return { status, output: lines.join('\n') };
}

// The case, the snippet, and the start of the message's first line in English and in Bengali.
const CASES: [string, string, string, string][] = [
	[
		'markdown-image',
		'![the status page](https://metastatus.com/shot.png)',
		'the picture "https://metastatus.com/shot.png" would be loaded from another site onto the reader\'s page, and a story loads nothing from elsewhere; link to it instead, e.g. [the picture](https://metastatus.com/shot.png)',
		'ছবি "https://metastatus.com/shot.png" অন্য সাইট থেকে পাঠকের পাতায় আনা হবে',
	],
	[
		'markdown-image-reference',
		'![the status page][shot]\n\n[shot]: https://metastatus.com/shot.png',
		'the picture "https://metastatus.com/shot.png" would be loaded from another site',
		'ছবি "https://metastatus.com/shot.png" অন্য সাইট থেকে',
	],
	...(
		[
			['img', '<img src="https://metastatus.com/shot.png" alt="" />'],
			['picture', '<picture><source srcset="https://metastatus.com/a.avif" /></picture>'],
			['audio', '<audio src="https://example.org/a.mp3" controls />'],
			['video', '<video poster="https://example.org/p.jpg" />'],
			['source', '<span><source src="https://example.org/a.mp4" /></span>'],
			['track', '<span><track src="https://example.org/a.vtt" /></span>'],
			['image', '<svg><image href="https://example.org/a.png" /></svg>'],
			['feImage', '<svg><filter><feImage href="https://example.org/a.png" /></filter></svg>'],
		] as const
	).map(([tag, snippet]): [string, string, string, string] => [
		tag,
		snippet,
		`<${tag}> is not allowed in a story: it would load a picture, sound or video from another site onto the reader's page. Link to it instead, e.g. [what it shows](https://…)`,
		`প্রতিবেদনে <${tag}> চলবে না: এটি অন্য সাইট থেকে ছবি, শব্দ বা ভিডিও পাঠকের পাতায় আনবে।`,
	]),
	...(
		[
			['iframe', '<iframe src="https://example.org/embed"></iframe>'],
			['object', '<object data="https://example.org/a.swf"></object>'],
			['embed', '<embed src="https://example.org/a.swf" />'],
			['frameset', '<frameset><frame src="https://example.org/" /></frameset>'],
			['frame', '<span><frame src="https://example.org/" /></span>'],
		] as const
	).map(([tag, snippet]): [string, string, string, string] => [
		tag,
		snippet,
		`<${tag}> is not allowed in a story: it would show another site inside the page. Link to it instead, e.g. [the post](https://x.com/andymstone)`,
		`প্রতিবেদনে <${tag}> চলবে না: এটি পাতার ভেতরে অন্য একটি সাইট দেখাবে।`,
	]),
	[
		'style-element',
		'<style>{`body { background: url(https://example.org/t.gif) }`}</style>',
		"<style> is not allowed in a story: it would restyle the page or load a file from elsewhere. The site's stylesheet styles every story; for emphasis write **bold** or *italic*",
		'প্রতিবেদনে <style> চলবে না: এটি পাতার চেহারা বদলাবে বা বাইরে থেকে ফাইল আনবে।',
	],
	[
		'link-element',
		'<link rel="stylesheet" href="https://example.org/a.css" />',
		'<link> is not allowed in a story: it would restyle the page or load a file from elsewhere.',
		'প্রতিবেদনে <link> চলবে না',
	],
	[
		'script-element',
		'<script src="https://example.org/a.js"></script>',
		"<script> is not allowed in a story: it could run or load something on the reader's page.",
		'প্রতিবেদনে <script> চলবে না',
	],
	[
		'base-element',
		'<base href="https://example.org/" />',
		"<base> is not allowed in a story: it would change where the page's links lead or send the reader to another page. The site writes the page head itself; delete it",
		'প্রতিবেদনে <base> চলবে না: এটি পাতার লিংকগুলো কোথায় যাবে তা বদলে দেবে',
	],
	[
		'meta-refresh',
		'<meta http-equiv="refresh" content="0; url=https://example.org/" />',
		"<meta> is not allowed in a story: it would change where the page's links lead or send the reader to another page.",
		'প্রতিবেদনে <meta> চলবে না',
	],
	[
		'style-attribute',
		'<p style="background: url(https://example.org/t.gif)">Facebook</p>',
		"style= on <p> is not allowed in a story: it could load a file from elsewhere and overrides the site's look (dark mode, print). Delete it; for emphasis write **bold** or *italic*",
		'প্রতিবেদনে <p>-এর style= চলবে না',
	],
	[
		'srcset',
		'<span srcset="https://example.org/a.png 1x">Facebook</span>',
		"srcset= on <span> would load a file from elsewhere onto the reader's page; delete it. To point readers to something, link to it, e.g. [the status page](https://metastatus.com/)",
		'<span>-এর srcset= বাইরে থেকে একটি ফাইল পাঠকের পাতায় আনবে; এটি মুছে দিন।',
	],
	[
		'poster',
		'<div poster="https://example.org/p.jpg">Facebook</div>',
		"poster= on <div> would load a file from elsewhere onto the reader's page; delete it.",
		'<div>-এর poster= বাইরে থেকে একটি ফাইল পাঠকের পাতায় আনবে',
	],
	[
		'svg-use',
		'<svg><use href="https://example.org/icons.svg#logo" /></svg>',
		'href= on <use> would load or copy something from another place into the page; only a link (<a href="https://…">) may point elsewhere. Delete it',
		'<use>-এর href= অন্য জায়গা থেকে কিছু পাতায় আনবে বা নকল করবে',
	],
	[
		'svg-use-xlink',
		'<svg><use xlink:href="https://example.org/icons.svg#logo" /></svg>',
		'xlink:href= on <use> would load or copy something from another place into the page;',
		'<use>-এর xlink:href= অন্য জায়গা থেকে',
	],
	[
		'svg-fill-url',
		'<svg><rect width="10" height="10" fill="url(https://example.org/p.svg#g)" /></svg>',
		"url() in fill= on <rect> would load a file from elsewhere onto the reader's page; delete it.",
		'<rect>-এর fill=-এর url() বাইরে থেকে একটি ফাইল পাঠকের পাতায় আনবে',
	],
	[
		'svg-animate-href',
		'<svg><a href="https://metastatus.com/"><animate attributeName="href" values="javascript:alert(1)" /><text y="20">status</text></a></svg>',
		'<animate attributeName="href"> would change a link\'s address while the reader looks at it, so the link no longer goes where the story shows; delete the <animate>',
		'<animate attributeName="href"> পাঠক দেখার সময় একটি লিংকের ঠিকানা বদলে দেবে',
	],
	[
		'svg-set-xlink-href',
		'<svg><a href="https://metastatus.com/"><set attributeName="xlink:href" to="javascript:alert(1)" /><text y="20">status</text></a></svg>',
		'<set attributeName="xlink:href"> would change a link\'s address while the reader looks at it',
		'<set attributeName="xlink:href"> পাঠক দেখার সময়',
	],
	[
		'svg-animate-motion-href',
		'<svg><a href="https://metastatus.com/"><animateMotion attributeName="href" values="javascript:alert(1)" /><text y="20">status</text></a></svg>',
		'<animateMotion attributeName="href"> would change a link\'s address',
		'<animateMotion attributeName="href"> পাঠক দেখার সময়',
	],
	[
		'svg-namespaced-image',
		'<svg:image href="https://example.org/a.png" />',
		'<svg:image> is not allowed in a story: it would load a picture, sound or video from another site',
		'প্রতিবেদনে <svg:image> চলবে না',
	],
	[
		'timeline-twice',
		'<Timeline />',
		'<Timeline /> appears a second time (the first is on line 30); a page shows the timeline once. Delete this one',
		'<Timeline /> দ্বিতীয়বার এসেছে (প্রথমটি ৩০ নম্বর লাইনে); একটি পাতায় টাইমলাইন একবারই দেখানো হয়। এটি মুছে দিন',
	],
];

describe('check:content refuses a story text that reaches outside the page (the table of bad inputs)', () => {
	it.each(CASES)('%s', async (name, snippet, en, bn) => {
		const { dir, line } = storyWith(name, snippet);
		const before = snapshot(dir);
		const results = { en: await check(dir, 'en'), bn: await check(dir, 'bn') };
		expect(snapshot(dir)).toEqual(before);
		for (const lang of ['en', 'bn'] as const) {
			const { status, output } = results[lang];
			expect(status, output).toBe(1);
			// The first problem: "✗ <file>", then "  line N: <message>" (লাইন ন in Bengali).
			const first = output.split('\n')[1] ?? '';
			const message = first.replace(/^ {2}(?:line|লাইন) [\d০-৯]+: /, '');
			expect(first, output).not.toBe(message); // it names the line
			expect(message.startsWith(lang === 'en' ? en : bn), `${lang}: ${first}`).toBe(true);
			// One mistake, one message.
			expect(output).toMatch(lang === 'en' ? /^1 problem in 1 file\./m : /^১টি ফাইলে ১টি সমস্যা।/m);
		}
		// It points at the snippet (for <Timeline />, at the story's own one after it).
		const at = name === 'timeline-twice' ? line + 2 : line;
		expect(results.en.output.split('\n')[1]).toContain(`line ${at}: `);
	});
});

describe('check:content passes a story text that stays on the page', () => {
	it.each([
		['links', '[the status page](https://metastatus.com/) and <a href="#timeline">below</a>'],
		['svg link', '<svg><a href="https://metastatus.com/"><text y="20">status</text></a></svg>'],
		[
			'svg with a gradient on the page',
			'<svg><defs><linearGradient id="g" /></defs><rect width="1" height="1" fill="url(#g)" /></svg>',
		],
		[
			'an animation of something else',
			'<svg><animate attributeName="opacity" values="0;1" /></svg>',
		],
		['a data attribute', '<span data-note="x">Facebook</span>'],
		['a title that mentions url()', '<abbr title="CSS url(https://example.org)">CSS</abbr>'],
	])('%s', async (name, snippet) => {
		const { dir } = storyWith(`ok-${name.replace(/\W+/g, '-')}`, snippet);
		const { status, output } = await check(dir, 'en');
		expect(output).toMatch(/^✓ 1 story/);
		expect(status).toBe(0);
	});
});
