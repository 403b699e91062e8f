import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import {
	CST,
	isPair,
	isScalar,
	Lexer,
	LineCounter,
	parseDocument,
	visit,
	type Document,
} from 'yaml';
import { messagesBn } from '../../i18n/messages/bn';
import { messagesEn } from '../../i18n/messages/en';
import type { EditorMessages } from '../../i18n/messages/catalog';

/** Why a story file cannot be read, where, in both languages (spread it into a ContentProblem). */
export interface StoryFileProblem {
	/** 1-based line in the file. */
	line: number;
	/** 1-based column, when known. */
	column?: number | undefined;
	message: string;
	bn: string;
}

/** A 1-based place in the file. */
export interface FilePosition {
	line: number;
	column: number;
}

/** A story edition file read exactly as the build reads it. */
export interface StoryFile {
	/** The frontmatter as the build's MDX loader parses it (js-yaml, through Astro's own helper). */
	data: unknown;
	/** The MDX text the build compiles: the frontmatter blanked, so lines and columns stay put. */
	body: string;
	/** Where the value at `path` is written, e.g. `['timeline', 2, 'kind']` → `{ line: 30, column: 11 }`. */
	positionOf: (path: readonly PropertyKey[]) => FilePosition | undefined;
}

// The frontmatter as editors are told to write it: a first line of ---, a last line of exactly ---.
const FENCE = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?---(?=\r?\n|$)/;
// Astro's own rule (@astrojs/internal-helpers): any line starting with --- or +++ ends it.
const ASTRO_END = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)[\s\S]*?\n(?:---|\+\+\+)/;

const both = (line: number, pick: (m: EditorMessages) => string, column?: number) => ({
	line,
	column,
	message: pick(messagesEn),
	bn: pick(messagesBn),
});

/**
 * The one reader of a story file for the build's check, check:content and the editor CLIs:
 * `readStoryFile(source)` → `{ file: { data, body, positionOf } }` or `{ problem }`. Data comes
 * from Astro's own frontmatter parser (what the build publishes); plain YAML only: anchors,
 * aliases, merge keys, tags, tabs and a `---x` line that would end the build's frontmatter early
 * are refused in plain words, so the check never sees other data than the build.
 */
export function readStoryFile(source: string): { file: StoryFile } | { problem: StoryFileProblem } {
	const fence = FENCE.exec(source);
	const astro = ASTRO_END.exec(source);
	if (!fence || !astro) return { problem: both(1, (m) => m.noFrontmatter) };
	// Astro ends the frontmatter at the first line starting with --- or +++: it must be ours.
	if (astro[0].length !== fence[0].length) {
		const end = astro[0].length - 3;
		const line = lineOfOffset(source, end);
		const text = source.slice(end).split(/\r?\n/, 1)[0]!;
		return { problem: both(line, (m) => m.fenceEarly(text)) };
	}
	const yamlText = fence[2] ?? '';
	// Frontmatter lines count from the line after the opening ---.
	const firstLine = 2;
	// Tabs before the text of a line: one message for the cause, not one for each YAML error it makes.
	const tabbed = yamlText.split('\n').flatMap((line, i) => (/^ *\t/.test(line) ? [i] : []));
	if (tabbed.length) {
		return { problem: both(tabbed[0]! + firstLine, (m) => m.tabIndent(tabbed.length)) };
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number): FilePosition => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	const [error] = doc.errors;
	if (error) {
		// The first error is the cause; the ones after it are usually its echoes.
		const { line, column } = at(error.pos[0]);
		if (error.code === 'DUPLICATE_KEY') {
			const key = /^[^:\n]*/.exec(yamlText.slice(error.pos[0]))![0].trim();
			return { problem: both(line, (m) => m.duplicateKey(key), column) };
		}
		const reason = error.message.split('\n')[0]!;
		return { problem: both(line, (m) => m.yamlInvalid(reason), column) };
	}
	const notPlain = firstNotPlain(yamlText, doc);
	if (notPlain) {
		const { line, column } = at(notPlain.offset);
		return {
			problem: both(line, (m) => m.yamlNotPlain(notPlain.feature, notPlain.written), column),
		};
	}
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
	} catch (thrown) {
		// js-yaml refuses what `yaml` accepted: say so at its place, never with a stack.
		const mark = (thrown as { mark?: { line?: number } }).mark;
		const reason = (thrown as { reason?: string }).reason ?? String(thrown);
		return { problem: both((mark?.line ?? 0) + firstLine, (m) => m.yamlInvalid(reason)) };
	}
	return {
		file: {
			data: parsed.frontmatter,
			body: parsed.content,
			positionOf: (path) => positionOf(doc, path, at),
		},
	};
}

/** The first anchor, alias, tag or merge key in the frontmatter, with its offset. */
function firstNotPlain(
	yamlText: string,
	doc: Document.Parsed,
): { feature: 'anchor' | 'alias' | 'tag' | 'merge'; written: string; offset: number } | undefined {
	let offset = 0;
	for (const token of new Lexer().lex(yamlText)) {
		const type = CST.tokenType(token);
		if (type === 'anchor' || type === 'alias' || type === 'tag') {
			return { feature: type, written: token, offset };
		}
		offset += token.length;
	}
	let merge: number | undefined;
	visit(doc, {
		Pair(_, pair) {
			if (isPair(pair) && isScalar(pair.key) && pair.key.value === '<<') {
				merge = pair.key.range?.[0] ?? 0;
				return visit.BREAK;
			}
			return undefined;
		},
	});
	return merge === undefined ? undefined : { feature: 'merge', written: '<<', offset: merge };
}

/** Where the value at `path` (or its nearest written parent) starts. */
function positionOf(
	doc: Document.Parsed,
	at: readonly PropertyKey[],
	place: (offset: number) => FilePosition,
): FilePosition | undefined {
	const path = [...at];
	let node: unknown;
	while (path.length && !node) {
		node = doc.getIn(path as unknown[], true);
		if (!node) path.pop();
	}
	const range = (node as { range?: [number, number, number] } | undefined)?.range;
	return range ? place(range[0]) : undefined;
}

function lineOfOffset(source: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (source.charCodeAt(i) === 10) line++;
	return line;
}
