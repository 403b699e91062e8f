import * as csstree from 'css-tree';

/** One @font-face rule of a stylesheet. */
export interface FontFace {
	family: string;
	style: string;
	weight: number;
	display: string;
	/** The first url() of `src`, as written. */
	url: string;
	/** The unicode-range as [first, last] code point pairs (all of Unicode if none was given). */
	ranges: [number, number][];
	/** The unicode-range as written (empty if none). */
	unicodeRange: string;
}

/** Parses `U+0951-0952, U+0964, U+00??` into code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
	const ranges: [number, number][] = [];
	for (const part of value.split(',')) {
		const m = /^\s*U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part);
		if (!m) {
			if (part.trim()) throw new Error(`Unreadable unicode-range part "${part.trim()}"`);
			continue;
		}
		const first = m[1]!;
		if (first.includes('?')) {
			ranges.push([
				parseInt(first.replace(/\?/g, '0'), 16),
				parseInt(first.replace(/\?/g, 'F'), 16),
			]);
		} else {
			ranges.push([parseInt(first, 16), parseInt(m[2] ?? first, 16)]);
		}
	}
	return ranges;
}

/** Whether a code point falls in one of these ranges. */
export function inRanges(ranges: readonly [number, number][], codePoint: number): boolean {
	return ranges.some(([a, b]) => codePoint >= a && codePoint <= b);
}

/** A descriptor's value as written, whitespace runs made one space. */
function written(value: csstree.CssNode): string {
	return (value.type === 'Raw' ? value.value : csstree.generate(value)).trim().replace(/\s+/g, ' ');
}

/** The @font-face rules of a stylesheet (such as src/styles/fonts.css), read with css-tree. */
export function parseFontFaces(css: string): FontFace[] {
	const faces: FontFace[] = [];
	const ast = csstree.parse(css, { parseValue: false, parseRulePrelude: false });
	csstree.walk(ast, {
		visit: 'Atrule',
		enter(rule) {
			if (rule.name.toLowerCase() !== 'font-face' || !rule.block) return;
			const descriptors = new Map<string, string>();
			for (const node of rule.block.children) {
				if (node.type === 'Declaration')
					descriptors.set(node.property.toLowerCase(), written(node.value));
			}
			const value = (name: string): csstree.CssNode | undefined => {
				const text = descriptors.get(name);
				return text === undefined ? undefined : csstree.parse(text, { context: 'value' });
			};
			const src = value('src');
			const url = src && csstree.find(src, (node) => node.type === 'Url');
			const familyValue = value('font-family');
			const familyString =
				familyValue && csstree.find(familyValue, (node) => node.type === 'String');
			const family =
				familyString?.type === 'String'
					? familyString.value
					: familyValue && csstree.generate(familyValue);
			if (url?.type !== 'Url' || !family) {
				throw new Error(
					`@font-face without font-family or src url: ${csstree.generate(rule.block)}`,
				);
			}
			const unicodeRange = descriptors.get('unicode-range') ?? '';
			const ranges: [number, number][] = [];
			if (unicodeRange) {
				csstree.walk(value('unicode-range')!, {
					visit: 'UnicodeRange',
					enter(node) {
						ranges.push(...parseUnicodeRange(node.value));
					},
				});
			}
			faces.push({
				family,
				style: descriptors.get('font-style') ?? 'normal',
				weight: Number(descriptors.get('font-weight') ?? 400),
				display: descriptors.get('font-display') ?? 'auto',
				url: url.value,
				ranges: unicodeRange ? ranges : [[0, 0x10ffff]],
				unicodeRange,
			});
		},
	});
	return faces;
}

/** An @font-face rule for a face served from `href` (`font-style` left out when `normal`, its default). */
export function fontFaceCss(face: FontFace, href: string): string {
	return [
		'@font-face{',
		`font-family:'${face.family}';`,
		face.style === 'normal' ? '' : `font-style:${face.style};`,
		`font-weight:${face.weight};`,
		`font-display:${face.display};`,
		`src:url('${href}') format('woff2');`,
		face.unicodeRange ? `unicode-range:${face.unicodeRange};` : '',
		'}',
	].join('');
}

/**
 * The family a face is declared under a second time, whole, for text that arrives after load
 * (the `lateFamily` option): `{family}` in `template` is the face's own family, e.g.
 * `lateFamilyName('{family} Whole', 'Noto Sans Bengali')` is `'Noto Sans Bengali Whole'`.
 */
export function lateFamilyName(template: string, family: string): string {
	return template.replaceAll('{family}', family);
}

/**
 * The stylesheet's faces renamed for text that arrives after load (see {@link lateFamilyName}):
 * the same file, style, weight, font-display and unicode-range under the late family. Throws if a
 * late family is also one of the stylesheet's own families (the two would be one family, and
 * the whole faces would be preloaded for nothing or shadow the page's subsets) or holds a quote.
 */
export function lateFaces(faces: readonly FontFace[], template: string): FontFace[] {
	const own = new Set(faces.map((face) => face.family));
	return faces.map((face) => {
		const family = lateFamilyName(template, face.family);
		if (own.has(family)) {
			throw new Error(
				`astro-shaped-subset: lateFamily "${template}" gives "${family}", a family the font stylesheet already declares; name the late family apart, e.g. "{family} Whole"`,
			);
		}
		if (/["'\\]/.test(family)) {
			throw new Error(
				`astro-shaped-subset: lateFamily "${template}" must not hold a quote or backslash`,
			);
		}
		return { ...face, family };
	});
}
