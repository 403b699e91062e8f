import { deepEqual } from './deepEqual';
import { isMap, isSeq, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { readFrontmatter } from '../editor/insertEntry';
import { entrySchema, quoteSchema, sourceSchema } from '../story/storySchema';
import { EventTimeError, parseEventTime, type Precision } from '../time/parseEventTime';

/** The key under which the web editor keeps the file as it was read (never written out). */
export const SOURCE_KEY = '__source';
/** The key that says which edition a file is: `original` (carries the timeline) or `translation`. */
export const EDITION_KEY = '__edition';
/** The key of the text below the frontmatter (the MDX body). */
export const BODY_KEY = 'body';

type Data = Record<string, unknown>;

/**
 * Reads a story edition for the web editor: its frontmatter as data, the body, which edition it
 * is, and the file as it was (so `writeStoryFile` can change only what the editor changed).
 */
export function readStoryFile(source: string): Data {
	const { doc, after } = readFrontmatter(source);
	const data = (doc.toJS() ?? {}) as Data;
	return {
		...data,
		[BODY_KEY]: after.replace(/^---\r?\n?/, ''),
		[EDITION_KEY]: data.translationOf === undefined ? 'original' : 'translation',
		[SOURCE_KEY]: source,
	};
}

const INTERNAL = new Set([SOURCE_KEY, EDITION_KEY, BODY_KEY]);

/** The story's frontmatter fields alone, without the web editor's own keys (the file, the body). */
export function frontmatterOf(data: Data): Data {
	return Object.fromEntries(Object.entries(data).filter(([key]) => !INTERNAL.has(key)));
}
const isEmpty = (value: unknown) =>
	value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);

/** A value without its empty parts (a form's blank optional fields), e.g. `{ a: '', b: { c: null } }` → `undefined`. */
function prune(value: unknown): unknown {
	if (Array.isArray(value)) {
		const items = value.map(prune).filter((v) => v !== undefined);
		return items.length ? items : undefined;
	}
	if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
		const entries = Object.entries(value)
			.map(([k, v]) => [k, prune(v)] as const)
			.filter(([, v]) => v !== undefined);
		return entries.length ? Object.fromEntries(entries) : undefined;
	}
	return isEmpty(value) ? undefined : value;
}

/** A form gives keys in the order they were typed; the house writes them in the schema's order. */
const ORDER = {
	entry: Object.keys(entrySchema.shape),
	source: Object.keys(sourceSchema.shape),
	quote: Object.keys(quoteSchema.shape),
	text: ['bn', 'en'],
};

function sortKeys(value: Data, keys: string[]): Data {
	const rank = (k: string) => (keys.includes(k) ? keys.indexOf(k) : keys.length);
	return Object.fromEntries(Object.entries(value).sort(([a], [b]) => rank(a) - rank(b)));
}

/** A new entry with its keys in the schema's order (id, time, zone, precision, kind, …), e.g. as `npm run add:entry` writes it. */
function inHouseOrder(entry: Data): Data {
	const out = sortKeys(entry, ORDER.entry);
	for (const key of ['text', 'correction'])
		if (out[key] && typeof out[key] === 'object') out[key] = sortKeys(out[key] as Data, ORDER.text);
	if (Array.isArray(out.sources))
		out.sources = (out.sources as Data[]).map((s) => sortKeys(s, ORDER.source));
	if (out.quote && typeof out.quote === 'object')
		out.quote = sortKeys(out.quote as Data, ORDER.quote);
	return out;
}

/** The instant a timeline entry means, or `undefined` when it cannot be read. */
function instantOf(entry: unknown, storyZone: unknown): number | undefined {
	if (typeof entry !== 'object' || entry === null) return undefined;
	const { time, zone, precision } = entry as Data;
	const in_ = zone ?? storyZone;
	if (typeof time !== 'string' || typeof in_ !== 'string') return undefined;
	try {
		return parseEventTime(time, in_, (precision ?? 'exact') as Precision).instant.getTime();
	} catch (error) {
		if (error instanceof EventTimeError) return undefined;
		throw error;
	}
}

/**
 * Sets `value` at `key` of a YAML map in place, keeping the node (and its comments, quoting and
 * layout) wherever the value is unchanged: maps are updated key by key, and an empty value removes
 * the key. Returns whether anything changed.
 */
function update(map: YAMLMap, key: string, given: unknown, doc: Document): boolean {
	const value = prune(given);
	const node = map.get(key, true) as unknown;
	const current = node === undefined ? undefined : (map.toJSON() as Data)[key];
	if (deepEqual(current, value)) return false;
	if (isEmpty(value)) {
		if (node === undefined) return false;
		map.delete(key);
		return true;
	}
	if (isMap(node) && typeof value === 'object' && !Array.isArray(value) && value !== null) {
		let changed = false;
		// A key the editor's data does not have is kept: the form may not know it.
		for (const [k, v] of Object.entries(value)) changed = update(node, k, v, doc) || changed;
		return changed;
	}
	if (node instanceof Scalar && typeof value !== 'object') {
		// A new value keeps the old one's quoting, e.g. time: "2024-03-05 21:00".
		node.value = value;
		return true;
	}
	const created = doc.createNode(value);
	quoteTimes(created);
	map.set(key, created);
	return true;
}

/** Times and source details are written in double quotes, as the house writes them (YAML would read a bare date as UTC). */
function quoteTimes(node: unknown): void {
	if (!isMap(node)) return;
	for (const pair of node.items) {
		const key = String((pair.key as Scalar | undefined)?.value ?? pair.key);
		if (pair.value instanceof Scalar && typeof pair.value.value === 'string') {
			if (['time', 'updated', 'published', 'detail'].includes(key))
				pair.value.type = Scalar.QUOTE_DOUBLE;
		} else if (isSeq(pair.value)) {
			for (const item of pair.value.items) quoteTimes(item);
		} else quoteTimes(pair.value);
	}
}

/**
 * The timeline as the editor left it, written into the file's own list: entries are matched by id,
 * an unchanged entry is left as it was, a changed one is changed field by field, a removed one
 * goes, and a new one is placed in time order (before the first later entry), so the file's order
 * and comments stay the editors'.
 */
function mergeTimeline(doc: Document, entries: Data[]): void {
	const storyZone = doc.get('zone');
	let seq = doc.get('timeline', true);
	if (!isSeq(seq)) {
		seq = new YAMLSeq();
		doc.set('timeline', seq);
	}
	const list = seq as YAMLSeq;
	const byId = new Map<string, YAMLMap>();
	for (const item of list.items) {
		if (isMap(item) && typeof item.get('id') === 'string' && !byId.has(item.get('id') as string))
			byId.set(item.get('id') as string, item);
	}
	const wanted = new Set(entries.map((e) => e.id));
	const spaced = list.items.slice(1).some((item) => (item as YAMLMap).spaceBefore);
	list.items = list.items.filter((item) => !isMap(item) || wanted.has(item.get('id') as string));
	for (const entry of entries) {
		const existing = typeof entry.id === 'string' ? byId.get(entry.id) : undefined;
		if (existing) {
			for (const [key, value] of Object.entries(entry)) update(existing, key, value, doc);
			continue;
		}
		const clean = inHouseOrder((prune(entry) ?? {}) as Data);
		if (clean.key === false) delete clean.key;
		const node = doc.createNode(clean) as YAMLMap;
		quoteTimes(node);
		const at = instantOf(entry, storyZone) ?? Infinity;
		const later = list.items.findIndex(
			(item) => (instantOf((item as YAMLMap).toJSON(), storyZone) ?? -Infinity) > at,
		);
		const index = later === -1 ? list.items.length : later;
		if (index === 0) {
			if (spaced && list.items[0]) (list.items[0] as YAMLMap).spaceBefore = true;
		} else node.spaceBefore = spaced;
		list.items.splice(index, 0, node);
	}
}

/**
 * The file the web editor saves: the file as it was read (`data.__source`) with only what the
 * editor changed written into it: comments, key order, quoting, blank lines and an unchanged body
 * stay byte for byte. Keys the editor does not know are kept.
 */
export function writeStoryFile(data: Data): string {
	const source = typeof data[SOURCE_KEY] === 'string' ? data[SOURCE_KEY] : '---\n---\n';
	const { doc, before, after } = readFrontmatter(source);
	const root = (doc.contents ?? doc.createNode({})) as YAMLMap;
	if (!doc.contents) (doc as Document).contents = root;
	for (const [key, value] of Object.entries(data)) {
		if (INTERNAL.has(key)) continue;
		if (key === 'timeline' && Array.isArray(value)) mergeTimeline(doc, value as Data[]);
		else update(root, key, value, doc);
	}
	const oldBody = after.replace(/^---\r?\n?/, '');
	const fence = after.slice(0, after.length - oldBody.length);
	const body = typeof data[BODY_KEY] === 'string' ? data[BODY_KEY] : oldBody;
	const frontmatter = doc.toString({ lineWidth: 0 });
	// An unchanged frontmatter is written as it was read, byte for byte.
	const unchangedFront = deepEqual(doc.toJS(), readFrontmatter(source).doc.toJS());
	const front = unchangedFront
		? source.slice(before.length, source.length - after.length)
		: frontmatter;
	return `${before}${front}${fence}${body}`;
}
