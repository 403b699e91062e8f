import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decompress, compress } from 'wawoff2';
import * as hb from 'harfbuzzjs';
import {
	emptyTrace,
	faceRuns,
	GlyphSubsetter,
	inRanges,
	PageFontPlanner,
	pageText,
	parseFontFaces,
	parseUnicodeRange,
	Shaper,
	sourceFaces,
	weightRules,
} from 'astro-shaped-subset';
/** The node_modules folder @fontsource's fonts are in (url()s in fonts.css are relative to it). */
const NODE_MODULES = join(
	dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-bengali/package.json')),
	'..',
	'..',
);
/** The site's font stylesheet, as a fixture: Noto Sans Bengali's Bengali and Latin faces. */
const FONTS_CSS = join(import.meta.dirname, 'fixtures/fonts.css');
const FONT = join(
	NODE_MODULES,
	'@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff2',
);
/** Conjuncts that take several substitution steps (half forms, below-base forms, reph). */
const CONJUNCTS = ['ক্ষ', 'ন্ত্র', 'স্ত্র', 'ক্ষমতা', 'মন্ত্রী', 'স্ত্রী', 'র্ক', 'ঙ্গ'];

let ttf: Uint8Array;
let full: Shaper;

/** The glyphs shaping leaves at the end, without the ones it passed through on the way. */
function finalGlyphs(text: string): Set<number> {
	const font = new hb.Font(new hb.Face(new hb.Blob(ttf), 0));
	const buffer = new hb.Buffer();
	buffer.addText(text);
	buffer.guessSegmentProperties();
	hb.shape(font, buffer);
	return new Set(buffer.getGlyphInfos().map((g) => g.codepoint));
}

function codePoints(text: string): Set<number> {
	return new Set([...text].map((c) => c.codePointAt(0)!));
}

beforeAll(async () => {
	ttf = (await decompress(readFileSync(FONT))).slice();
	full = new Shaper(ttf);
});

describe('shaped subsets of Noto Sans Bengali', () => {
	it('shape conjuncts exactly as the full font does (outlines, advances, offsets)', async () => {
		const text = CONJUNCTS.join(' ');
		const trace = emptyTrace();
		for (const word of CONJUNCTS) full.collect(word, 'bn', trace);
		const subsetter = await GlyphSubsetter.create(ttf);
		const subset = subsetter.subset([0, ...trace.glyphs], codePoints(text.replace(/ /g, '')));
		const small = new Shaper(subset);
		for (const word of CONJUNCTS) {
			expect(small.shape(word, 'bn'), word).toEqual(full.shape(word, 'bn'));
		}
		const woff2 = await compress(subset);
		expect(woff2.byteLength).toBeLessThan(readFileSync(FONT).byteLength / 4);
	});

	it('need the intermediate glyphs: keeping only the final glyphs breaks a conjunct', async () => {
		const subsetter = await GlyphSubsetter.create(ttf);
		const broken = CONJUNCTS.filter((word) => {
			const small = new Shaper(subsetter.subset([0, ...finalGlyphs(word)], codePoints(word)));
			return JSON.stringify(small.shape(word, 'bn')) !== JSON.stringify(full.shape(word, 'bn'));
		});
		// The comparison above is what the build test relies on: it does see a broken conjunct.
		expect(broken.length).toBeGreaterThan(0);
	});

	it('collect intermediate glyphs that the final shaping no longer shows', () => {
		const trace = emptyTrace();
		for (const word of CONJUNCTS) full.collect(word, 'bn', trace);
		const seen = trace.glyphs;
		const finals = new Set(CONJUNCTS.flatMap((w) => [...finalGlyphs(w)]));
		expect([...seen].filter((g) => !finals.has(g)).length).toBeGreaterThan(0);
		for (const g of finals) expect(seen.has(g)).toBe(true);
	});
});

describe('subsets narrowed to the lookups and subtables shaping used', () => {
	/** Words of a real story (Somoyrekha's Bengali edition of the Meta outage) and the conjuncts above. */
	const WORDS = [
		...new Set(
			readFileSync(join(import.meta.dirname, 'fixtures/bengali-story.txt'), 'utf8')
				.split(/[\s,।?!()"'‘’“”:;-]+/)
				.filter((w) => /^[\u0980-\u09ff\u200c\u200d]+$/.test(w)),
		),
		...CONJUNCTS,
	];
	let planner: PageFontPlanner;
	beforeAll(async () => {
		const faces = parseFontFaces(readFileSync(FONTS_CSS, 'utf8'));
		const face = faces.find((f) => f.weight === 400 && inRanges(f.ranges, 0x985))!;
		planner = await PageFontPlanner.create([
			{ face, woff2: readFileSync(join(NODE_MODULES, face.url)), mode: 'shape' },
		]);
	});
	const differing = (font: Uint8Array): string[] => {
		const small = new Shaper(font);
		return WORDS.filter(
			(w) => JSON.stringify(small.shape(w, 'bn')) !== JSON.stringify(full.shape(w, 'bn')),
		);
	};

	it('shape every word exactly as the full font does, in a smaller file', async () => {
		expect(WORDS.length).toBeGreaterThan(150);
		const needs = planner.glyphsFor(0, WORDS, 'bn');
		const subsetter = await GlyphSubsetter.create(ttf);
		const narrowed = subsetter.subset(needs.glyphs, needs.unicodes, {
			lookups: needs.lookups,
			subtables: needs.subtables,
		});
		expect(differing(narrowed)).toEqual([]);
		const whole = subsetter.subset(needs.glyphs, needs.unicodes);
		const [small, large] = [(await compress(narrowed)).length, (await compress(whole)).length];
		expect(small).toBeLessThan(large * 0.9);
	});

	it('need the subtables that could apply: dropping them breaks words', async () => {
		const needs = planner.glyphsFor(0, WORDS, 'bn');
		const subsetter = await GlyphSubsetter.create(ttf);
		const some = [...needs.subtables.GSUB].filter((_, i) => i % 3 === 0);
		const broken = subsetter.subset(needs.glyphs, needs.unicodes, {
			lookups: needs.lookups,
			subtables: { GSUB: new Set(some), GPOS: needs.subtables.GPOS },
		});
		expect(differing(broken).length).toBeGreaterThan(0);
	});

	it('put the font back after narrowing it for one subset', async () => {
		const needs = planner.glyphsFor(0, CONJUNCTS, 'bn');
		const subsetter = await GlyphSubsetter.create(ttf);
		const before = subsetter.subset(needs.glyphs, needs.unicodes);
		subsetter.subset(needs.glyphs, needs.unicodes, {
			lookups: needs.lookups,
			subtables: needs.subtables,
		});
		expect(subsetter.subset(needs.glyphs, needs.unicodes)).toEqual(before);
	});
});

describe('page text by weight', () => {
	it('puts headings, strong and CSS-bold text in 700 and the rest in 400', () => {
		const css = '.when[data-x]{font-weight:700}.utc{font-weight:400}a:hover{font-weight:bold}';
		const html = `<html lang="bn"><head><title>শিরোনাম</title><style>.x{}</style></head><body>
			<h1>সময়রেখা</h1><p>সাধারণ <strong>মোটা</strong> লেখা</p>
			<p class="when" data-x>রাত ৯টা<span class="utc"> · ১৫:৩০</span></p>
			<a href="/">লিংক</a><script>var x = 'স্ক্রিপ্ট';</script><img alt="ছবি"></body></html>`;
		const text = pageText(html, css, '.when');
		expect(text.lang).toBe('bn');
		expect([...text.rewrittenWeights]).toEqual([700]);
		expect(text.byWeight[700]).toEqual(['সময়রেখা', 'মোটা', 'রাত ৯টা', 'লিংক']);
		expect(text.byWeight[400]).toEqual(
			expect.arrayContaining(['সাধারণ ', ' লেখা', ' · ১৫:৩০', 'লিংক', 'ছবি']),
		);
		expect(text.byWeight[400].join('')).not.toContain('স্ক্রিপ্ট');
		expect(text.byWeight[400].join('')).not.toContain('শিরোনাম');
	});

	it('reads font-weight rules, skipping pseudo-elements', () => {
		expect(weightRules('h2::before{font-weight:700} .a, .b:focus{font-weight:600}')).toEqual([
			{ selector: '.a', weight: 700 },
			{ selector: '.b', weight: 700, conditional: true },
		]);
	});

	it('reads rules as CSS does: in @media, not in keyframes or comments, strings kept whole', () => {
		const css = `/* .gone{font-weight:700} */
			@media (min-width: 40em) { .wide > b:hover { font-weight: bold !important } }
			@keyframes pulse { from { font-weight: 700 } }
			[data-x="a{b}"] { content: "}"; font-weight: 400 }`;
		expect(weightRules(css)).toEqual([
			{ selector: '.wide>b', weight: 700, conditional: true },
			{ selector: '[data-x="a{b}"]', weight: 400 },
		]);
	});

	it('splits text into the runs one face draws', () => {
		const bengali = (cp: number) => cp >= 0x980 && cp <= 0x9ff;
		expect(faceRuns('ফেসবুক ও Instagram-এ', bengali)).toEqual(['ফেসবুক', 'ও', 'এ']);
	});
});

describe('the font stylesheet', () => {
	it('parses @font-face rules and unicode-range', () => {
		const faces = parseFontFaces(readFileSync(FONTS_CSS, 'utf8'));
		expect(faces.map((f) => f.weight)).toEqual(expect.arrayContaining([400, 700]));
		expect(faces.some((f) => f.url.includes('bengali-400'))).toBe(true);
		const [face] = parseFontFaces(`/* @font-face { src: url(old.woff2) } */
			@font-face { font-family: "A; B"; src: local("X"), url("a (1).woff2") format("woff2");
				unicode-range: U+0980-09FE,
					U+25CC; font-weight: 700 }`);
		expect(face).toMatchObject({
			family: 'A; B',
			url: 'a (1).woff2',
			weight: 700,
			unicodeRange: 'U+0980-09FE, U+25CC',
			ranges: [
				[0x980, 0x9fe],
				[0x25cc, 0x25cc],
			],
		});
		expect(parseUnicodeRange('U+0980-09FE, U+00??, U+25CC')).toEqual([
			[0x980, 0x9fe],
			[0, 0xff],
			[0x25cc, 0x25cc],
		]);
	});
});

describe('the page font planner', () => {
	it('gives pages planned at the same time each their own correct subset', async () => {
		const planner = await PageFontPlanner.create(await sourceFaces(FONTS_CSS, 0x985));
		const texts = [
			'ক্ষমতা ও মন্ত্রী',
			'স্ত্রী আর যন্ত্র',
			'ফেসবুক ও ইনস্টাগ্রাম',
			'রাত ৯টা নাগাদ',
			'হোয়াটসঅ্যাপ চালু ছিল',
			'শ্রমিক ও বিজ্ঞান',
		];
		{
			// All at once, as the integration plans many pages while subsets are being cut.
			const plans = await Promise.all(
				texts.map((t) =>
					planner.fontsFor({
						lang: 'bn',
						byWeight: { 400: [t], 700: [] },
						all: [t],
						rewrittenWeights: new Set(),
					}),
				),
			);
			const hashes = new Set<string>();
			for (const [i, fonts] of plans.entries()) {
				const bengali = fonts.filter((f) => f.mode === 'shape');
				expect(bengali).toHaveLength(1);
				hashes.add(bengali[0]!.hash);
				const small = new Shaper((await decompress(bengali[0]!.woff2)).slice());
				for (const word of texts[i]!.split(' ')) {
					expect(small.shape(word, 'bn'), word).toEqual(full.shape(word, 'bn'));
				}
			}
			expect(hashes.size).toBe(texts.length);
		}
	});

	it('gives bold Bengali its own bold subset, or on request the regular one emboldened', async () => {
		const planner = await PageFontPlanner.create(await sourceFaces(FONTS_CSS, 0x985));
		const describe = (fonts: Awaited<ReturnType<PageFontPlanner['fontsFor']>>): string[] =>
			fonts.map(
				(f) =>
					`${f.face.weight} ${f.mode} ${f.face.url.includes('bengali-bengali') ? 'bn' : 'latin'}`,
			);
		const page = {
			lang: 'bn',
			byWeight: { 400: ['সাধারণ লেখা'], 700: ['স্ত্রী শিরোনাম', 'Meta'] },
			all: [],
			rewrittenWeights: new Set<400 | 700>(),
		};
		const faces = await planner.fontsFor(page);
		expect(describe(faces).sort()).toEqual([
			'400 shape bn',
			'400 whole latin',
			'700 shape bn',
			'700 whole latin',
		]);
		// The bold subset shapes the bold words as the full bold font does.
		const bold = faces.find((f) => f.mode === 'shape' && f.face.weight === 700)!;
		const fullBold = new Shaper(
			(await decompress(readFileSync(join(NODE_MODULES, bold.face.url)))).slice(),
		);
		const smallBold = new Shaper((await decompress(bold.woff2)).slice());
		for (const word of ['স্ত্রী', 'শিরোনাম']) {
			expect(smallBold.shape(word, 'bn'), word).toEqual(fullBold.shape(word, 'bn'));
		}
		const synthetic = await planner.fontsFor(page, { bold: 'synthetic' });
		expect(describe(synthetic).sort()).toEqual(['400 shape bn', '400 whole latin']);
		const small = new Shaper((await decompress(synthetic[0]!.woff2)).slice());
		for (const word of ['স্ত্রী', 'শিরোনাম', 'সাধারণ']) {
			expect(small.shape(word, 'bn'), word).toEqual(full.shape(word, 'bn'));
		}
		// Bold only in Latin (an English page): the real bold Latin face, no bold Bengali subset.
		const english = {
			lang: 'en',
			byWeight: { 400: ['বাংলা', 'Text'], 700: ['Title'] },
			all: [],
			rewrittenWeights: new Set<400 | 700>(),
		};
		expect(describe(await planner.fontsFor(english, { bold: 'synthetic' })).sort()).toEqual([
			'400 shape bn',
			'400 whole latin',
			'700 whole latin',
		]);
	});
});
