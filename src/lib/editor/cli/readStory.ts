import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { EditorMessages } from '../../../i18n/messages/index';

/** A story edition as the editor commands read it: its text and its frontmatter's values. */
export interface StoryFile {
	source: string;
	data: Record<string, unknown>;
}

/** Why a story file cannot be read, in the editor's language, and the line where it starts. */
export class StoryReadError extends Error {
	constructor(
		message: string,
		readonly line: number | undefined,
	) {
		super(message);
		this.name = 'StoryReadError';
	}
}

// The same frontmatter fence as the check (validateStories) and Astro's MDX integration.
const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?---(?=\r?\n|$)/;

/**
 * Reads a story edition's frontmatter, e.g. `readStory(path, m).data.zone`. The one place the
 * editor commands read a story's YAML: when the story module has one reader for the build, the
 * check and the commands, it replaces this body. Throws a `StoryReadError` in plain words.
 */
export function readStory(path: string, m: EditorMessages): StoryFile {
	const source = readFileSync(path, 'utf8');
	const fence = FRONTMATTER.exec(source);
	if (!fence) throw new StoryReadError(m.noFrontmatter, 1);
	const yaml = fence[2] ?? '';
	const lineOf = (offset: number) => yaml.slice(0, offset).split('\n').length + 1;
	const tabbed = yaml.split('\n').flatMap((line, i) => (/^ *\t/.test(line) ? [i] : []));
	if (tabbed.length) throw new StoryReadError(m.tabIndent(tabbed.length), tabbed[0]! + 2);
	const doc = parseDocument(yaml, { customTags: ['timestamp'], prettyErrors: false });
	const [error] = doc.errors;
	if (error) {
		const reason = error.message.split('\n')[0]!;
		throw new StoryReadError(m.yamlInvalid(reason), lineOf(error.pos[0]));
	}
	let data: unknown;
	try {
		data = doc.toJS();
	} catch (thrown) {
		// e.g. "Excessive alias count": a reference (*name) used too often.
		throw new StoryReadError(m.yamlInvalid((thrown as Error).message), undefined);
	}
	return {
		source,
		data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
	};
}
