import type { Lang } from '../../i18n/locales';
import { editorMessages } from '../../i18n/messages/index';

/** A problem at a place in an edition's frontmatter, e.g. `{ path: ['timeline', 2, 'kind'], message: '…' }`. */
export interface FieldIssue {
	path: readonly PropertyKey[];
	message: string;
}

/** What a valid value of a field looks like, by the field's name: the fallback example. */
const EXAMPLES: Record<string, string> = {
	title: 'title: "Facebook and Instagram problems resolved after about an hour"',
	description:
		'description: "Users in India were logged out around 9 p.m.; they could log in again around 10 p.m."',
	zone: 'zone: Asia/Kolkata',
	timeline: 'timeline:\n  - id: outage-begins\n    time: "2024-03-05 21:00"\n    …',
	id: 'id: stone-first-statement',
	time: 'time: "2024-03-05 21:00"',
	precision: 'precision: approximate',
	kind: 'kind: update',
	key: 'key: true',
	text: 'text:\n  bn: "রাত ৯টা নাগাদ …"\n  en: "Around 9 p.m. …"',
	bn: 'bn: "রাত ৯টা নাগাদ …"',
	en: 'en: "Around 9 p.m. …"',
	sources: 'sources:\n  - name: topicsbox.com\n    url: https://…',
	name: 'name: topicsbox.com',
	url: 'url: https://x.com/andymstone',
	detail: 'detail: "2024-03-06"',
	author: 'author: Andy Stone',
	handle: 'handle: "@andymstone"',
	lang: 'lang: en',
	translationOf: 'translationOf: bn',
	translationPending: 'translationPending: en',
	draft: 'draft: true',
};

const SINGULAR: Record<string, string> = {
	sources: 'source',
	otherTimes: 'other time',
	timeline: 'entry',
};

const quoted = (value: unknown) =>
	value instanceof Date
		? `${value.toISOString().slice(0, 10)} (without quotes)`
		: typeof value === 'string'
			? `"${value}"`
			: JSON.stringify(value);

/** The raw timeline entry at `index`, if the frontmatter has one. */
function rawEntry(raw: unknown, index: number): Record<string, unknown> | undefined {
	const timeline = (raw as { timeline?: unknown } | null | undefined)?.timeline;
	const entry: unknown = Array.isArray(timeline) ? timeline[index] : undefined;
	return entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : undefined;
}

/**
 * Names timeline entry `index` for an editor, e.g. `timeline entry 3 (id "india-logout", time
 * "2024-03-05 21:00")`: its number as counted in the file, with what identifies it.
 */
export function entryLabel(raw: unknown, index: number): string {
	const entry = rawEntry(raw, index);
	const parts = [
		entry?.id !== undefined ? `id ${quoted(entry.id)}` : undefined,
		entry?.time !== undefined ? `time ${quoted(entry.time)}` : undefined,
	].filter(Boolean);
	return `timeline entry ${index + 1}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** A field's path as an editor reads it, e.g. `['sources', 0, 'url']` → `source 1 → url`. */
export function fieldLabel(path: readonly PropertyKey[]): string {
	const out: string[] = [];
	path.forEach((part, i) => {
		if (typeof part === 'number') {
			const parent = path[i - 1];
			const name = typeof parent === 'string' ? (SINGULAR[parent] ?? parent) : 'item';
			out[out.length - 1] = `${name} ${part + 1}`;
		} else out.push(String(part));
	});
	return out.join(' → ');
}

/** The example to add to a message that shows none: the last named field's example. */
function exampleFor(path: readonly PropertyKey[]): string | undefined {
	const name = [...path].reverse().find((p): p is string => typeof p === 'string');
	return name ? EXAMPLES[name] : undefined;
}

/**
 * Names the place of `path` for an editor, e.g. `Timeline entry 3 (id "x", time "…"), field
 * "kind"` or `Field "zone"`; empty for the whole edition.
 */
export function placeLabel(raw: unknown, path: readonly PropertyKey[], lang: Lang = 'en'): string {
	const m = editorMessages(lang);
	if (path[0] === 'timeline' && typeof path[1] === 'number') {
		const rest = path.slice(2);
		const entry = rawEntry(raw, path[1]);
		const where =
			lang === 'en'
				? capitalise(entryLabel(raw, path[1]))
				: m.entryLabel(
						path[1] + 1,
						entry?.id !== undefined ? quoted(entry.id) : undefined,
						entry?.time !== undefined
							? quoted(entry.time).replace('(without quotes)', '(উদ্ধৃতিচিহ্ন ছাড়া)')
							: undefined,
					);
		return rest.length ? `${where}, ${m.fieldLabel(fieldLabel(rest))}` : where;
	}
	return path.length ? capitalise(m.fieldLabel(fieldLabel(path))) : '';
}

/**
 * Puts an issue in context for an editor: which entry (number, id, time), which field, and a valid
 * example when the message has none, e.g. `timeline entry 3 (id "x", time "…"), field "kind": …`.
 * The message is already in `lang` (the schema in that language made it, `editionSchemaIn`).
 */
export function describeIssue(raw: unknown, issue: FieldIssue, lang: Lang = 'en'): string {
	const { path } = issue;
	let message = issue.message;
	if (!/\be\.g\.|\bfor example\b|\bwrite it as\b|যেমন/i.test(message)) {
		const example = exampleFor(path);
		if (example) message += `${editorMessages(lang).schema.validExample}\n${indent(example)}`;
	}
	const place = placeLabel(raw, path, lang);
	return place ? `${place}: ${message}` : capitalise(message);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const indent = (s: string) =>
	s
		.split('\n')
		.map((line) => `    ${line}`)
		.join('\n');
