/** A character in editor text that breaks a format or the page. */
export interface UnsafeCharacter {
	/** `control`: not allowed in XML or HTML text. `bidi`: a direction mark left open. */
	kind: 'control' | 'bidi';
	/** The character as an editor can search for it, e.g. `U+000B`. */
	code: string;
}

// C0 controls but tab, newline and carriage return; DEL and the C1 controls; the non-characters
// U+FFFE/U+FFFF and the U+FDD0–U+FDEF block; lone surrogates. None may appear in XML 1.0 text
// (the RSS feeds), and none means anything on a page.
const CONTROL =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const OPENERS = /[\u202A-\u202E\u2066-\u2068]/;

const code = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character of `text` that would break a feed or the page: a control character, or a
 * direction override or isolate (U+202A–U+202E, U+2066–U+2069) not closed by its PDF/PDI, e.g.
 * `findUnsafeCharacter('a\vb')` → `{ kind: 'control', code: 'U+000B' }`.
 */
export function findUnsafeCharacter(text: string): UnsafeCharacter | undefined {
	const control = CONTROL.exec(text);
	if (control) return { kind: 'control', code: code(control[0]) };
	if (!OPENERS.test(text) && !/[\u202C\u2069]/.test(text)) return undefined;
	// Embeddings/overrides close with PDF (U+202C), isolates with PDI (U+2069), innermost first.
	const open: string[] = [];
	for (const c of text) {
		if (/[\u202A-\u202E]/.test(c) && c !== '\u202C') open.push('\u202C');
		else if (/[\u2066-\u2068]/.test(c)) open.push('\u2069');
		else if (c === '\u202C' || c === '\u2069') {
			if (open.pop() !== c) return { kind: 'bidi', code: code(c) };
		}
	}
	return open.length
		? { kind: 'bidi', code: code(open[0] === '\u2069' ? '\u2066' : '\u202E') }
		: undefined;
}
