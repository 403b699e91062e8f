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

export function inRanges(ranges: readonly [number, number][], codePoint: number): boolean {
	return ranges.some(([a, b]) => codePoint >= a && codePoint <= b);
}

function descriptor(body: string, name: string): string | undefined {
	return new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`, 'i').exec(body)?.[1]?.trim();
}

/** The @font-face rules of a stylesheet (such as src/styles/fonts.css). */
export function parseFontFaces(css: string): FontFace[] {
	const faces: FontFace[] = [];
	const stripped = css.replace(/\/\*[\s\S]*?\*\//g, '');
	for (const m of stripped.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
		const body = m[1]!;
		const src = descriptor(body, 'src') ?? '';
		const url = /url\(\s*(['"]?)([^'")]+)\1\s*\)/.exec(src)?.[2];
		const family = descriptor(body, 'font-family')?.replace(/^['"]|['"]$/g, '');
		if (!url || !family)
			throw new Error(`@font-face without font-family or src url: ${body.trim()}`);
		const unicodeRange = descriptor(body, 'unicode-range')?.replace(/\s+/g, ' ') ?? '';
		faces.push({
			family,
			style: descriptor(body, 'font-style') ?? 'normal',
			weight: Number(descriptor(body, 'font-weight') ?? 400),
			display: descriptor(body, 'font-display') ?? 'auto',
			url,
			ranges: unicodeRange ? parseUnicodeRange(unicodeRange) : [[0, 0x10ffff]],
			unicodeRange,
		});
	}
	return faces;
}

/** An @font-face rule for a face served from `href`. */
export function fontFaceCss(face: FontFace, href: string): string {
	return [
		'@font-face{',
		`font-family:'${face.family}';`,
		`font-style:${face.style};`,
		`font-weight:${face.weight};`,
		`font-display:${face.display};`,
		`src:url('${href}') format('woff2');`,
		face.unicodeRange ? `unicode-range:${face.unicodeRange};` : '',
		'}',
	].join('');
}
