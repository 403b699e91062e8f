import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang } from '../../i18n/locales';
import { checkEditions, type EditionSummary } from '../story/checkEditions';
import { describeIssue, placeLabel } from '../story/describeIssue';
import { checkBody, type BodyReport } from './checkBody';
import { messagesBn } from '../../i18n/messages/bn';
import { messagesEn } from '../../i18n/messages/en';
import { checkPlausibility } from './plausibility';
import { findUnsafeCharacter } from './unsafeCharacters';
import type { ContentProblem } from '../story/formatContentErrors';
import { editionSchemaIn } from '../story/storySchema';
import { readStoryFile } from '../story/readStoryFile';
import { ID_FORM } from '../story/idForm';

// The story check's work on one folder: the schema, YAML and MDX it needs take most of a
// check's start-up, so validateStories imports this module only for a folder it has no result for.

/** What the checks found in one story folder. */
export interface FolderResult {
	problems: ContentProblem[];
	editions: number;
	draft: boolean;
}

interface ParsedEdition {
	lang: Lang;
	file: string;
	data: unknown;
	/** Line of each `<PostQuote entry="…">` in the text, to check the entry exists. */
	quotes: BodyReport['quotes'];
}

/** Checks one story folder: its name, every edition file, the editions together, the quotes. */
export async function checkStoryFolder(
	folder: string,
	slug: string,
	show: (path: string) => string,
): Promise<FolderResult> {
	const problems: ContentProblem[] = [];
	let editions = 0;
	let draft = false;
	if (!ID_FORM.test(slug)) {
		problems.push({
			file: `${show(folder)}/`,
			message: messagesEn.schema.folderName(slug),
			bn: messagesBn.schema.folderName(slug),
		});
	}
	const parsed: ParsedEdition[] = [];
	// An edition whose frontmatter cannot be read says nothing about the others: checking them
	// together would report false problems ("bn.mdx does not exist", "the English edition is missing").
	let unreadable = false;
	for (const name of readdirSync(folder).sort()) {
		const file = join(folder, name);
		const lang = name.replace(/\.mdx$/, '');
		if (!/\.mdx?$/.test(name)) continue;
		if (!name.endsWith('.mdx') || !isLang(lang)) {
			problems.push({
				file: show(file),
				message: messagesEn.schema.editionFileName(`${show(folder)}/en.mdx`),
				bn: messagesBn.schema.editionFileName(`${show(folder)}/en.mdx`),
			});
			continue;
		}
		editions++;
		const edition = await checkEditionFile(file, lang, show(file), problems);
		if (edition) parsed.push(edition);
		else unreadable = true;
	}
	if (unreadable) return { problems, editions, draft };
	if (!parsed.length) {
		if (!problems.some((p) => p.file.startsWith(show(folder)))) {
			problems.push({
				file: `${show(folder)}/`,
				message: messagesEn.schema.noEdition(`${show(folder)}/bn.mdx`),
				bn: messagesBn.schema.noEdition(`${show(folder)}/bn.mdx`),
			});
		}
		return { problems, editions, draft };
	}
	const summaries: EditionSummary[] = parsed.map((e) => ({
		lang: e.lang,
		translationOf: field(e.data, 'translationOf'),
		translationPending: field(e.data, 'translationPending'),
	}));
	problems.push(...checkEditions(show(folder), summaries));
	const original = parsed.filter((e) => field(e.data, 'translationOf') === undefined);
	if (original.length === 1) {
		const data = original[0]!.data as { draft?: unknown; timeline?: unknown };
		draft = data.draft === true;
		checkQuotes(parsed, data.timeline, problems);
	}
	return { problems, editions, draft };
}

const field = (data: unknown, key: string): string | undefined => {
	const value = (data as Record<string, unknown> | null | undefined)?.[key];
	return typeof value === 'string' ? value : undefined;
};

/** Checks one edition file, adding its problems; returns what the story-level checks need. */
async function checkEditionFile(
	path: string,
	lang: Lang,
	file: string,
	problems: ContentProblem[],
): Promise<ParsedEdition | undefined> {
	const read = readStoryFile(readFileSync(path, 'utf8'));
	if ('problem' in read) {
		problems.push({ file, ...read.problem });
		return undefined;
	}
	const { data, body, positionOf } = read.file;
	const bodyReport = await checkBody(body, file);
	problems.push(...bodyReport.problems);
	const lineOf = (at: readonly PropertyKey[]) => positionOf(at)?.line;
	const unsafe = checkCharacters(data, file, lineOf);
	problems.push(...unsafe);
	const result = editionSchemaIn('en').safeParse(data);
	if (!result.success) {
		// The same rules in Bengali give the same issues in the same order, worded in Bengali.
		const inBengali = editionSchemaIn('bn').safeParse(data).error?.issues ?? [];
		result.error.issues.forEach((issue, i) => {
			problems.push({
				file,
				line: lineOf(issue.path),
				message: describeIssue(data, issue),
				bn: describeIssue(data, inBengali[i] ?? issue, 'bn'),
			});
		});
	} else if (!unsafe.length && result.data.translationOf === undefined) {
		for (const found of checkPlausibility(result.data)) {
			problems.push({ file, line: lineOf(found.path), ...found });
		}
		// A published story claims neither state without its editor's word (a draft is still being written).
		const { status, draft, timeline = [] } = result.data;
		if (!draft && status === undefined && !timeline.some((e) => e.kind === 'restoration')) {
			problems.push({
				file,
				line: lineOf(['zone']),
				message: messagesEn.schema.statusMissing,
				bn: messagesBn.schema.statusMissing,
				warning: true,
			});
		}
	}
	if (!bodyReport.hasTimeline && !bodyReport.problems.length) {
		problems.push({ file, message: messagesEn.bodyNoTimeline, bn: messagesBn.bodyNoTimeline });
	}
	return { lang, file, data, quotes: bodyReport.quotes };
}

/** Every text value of the frontmatter with a control character or an open direction mark. */
function checkCharacters(
	data: unknown,
	file: string,
	lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ContentProblem[] {
	const found: ContentProblem[] = [];
	const walk = (value: unknown, path: (string | number)[]) => {
		if (typeof value === 'string') {
			const unsafe = findUnsafeCharacter(value);
			if (!unsafe) return;
			const en = placeLabel(data, path, 'en') || 'The frontmatter';
			const bn = placeLabel(data, path, 'bn') || 'ফ্রন্টম্যাটার';
			found.push({
				file,
				line: lineOf(path),
				message:
					unsafe.kind === 'control'
						? messagesEn.controlChar(en, unsafe.code)
						: messagesEn.bidiUnbalanced(en),
				bn:
					unsafe.kind === 'control'
						? messagesBn.controlChar(bn, unsafe.code)
						: messagesBn.bidiUnbalanced(bn),
			});
		} else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
		else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
		}
	};
	walk(data, []);
	return found;
}

/** Every `<PostQuote entry="…">` must name an entry of the timeline that has a quote. */
function checkQuotes(
	parsed: readonly ParsedEdition[],
	timeline: unknown,
	problems: ContentProblem[],
): void {
	const entries = (Array.isArray(timeline) ? timeline : []) as { id?: unknown; quote?: unknown }[];
	const withQuote = entries.filter((e) => e.quote !== undefined).map((e) => String(e.id));
	const example = `<PostQuote entry="${withQuote[0] ?? 'stone-resolved'}" />`;
	for (const edition of parsed) {
		for (const { id, line } of edition.quotes) {
			const entry = entries.find((e) => e.id === id);
			if (!entry) {
				problems.push({
					file: edition.file,
					line,
					message: messagesEn.schema.quoteNoEntry(id, withQuote, example),
					bn: messagesBn.schema.quoteNoEntry(id, withQuote, example),
				});
			} else if (entry.quote === undefined) {
				problems.push({
					file: edition.file,
					line,
					message: messagesEn.schema.quoteNoQuote(id, example),
					bn: messagesBn.schema.quoteNoQuote(id, example),
				});
			}
		}
	}
}
