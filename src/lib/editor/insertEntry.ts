import { isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { EventTimeError, parseEventTime, type Precision } from '../time/parseEventTime';

/** A timeline entry to add, as an editor gives it. */
export interface NewEntry {
	id: string;
	/** Local time in `zone` (or the story's zone), e.g. `"2024-03-05 21:00"`, or a UTC time. */
	time: string;
	/** Only when it differs from the story's zone. */
	zone?: string | undefined;
	precision: Precision;
	kind: string;
	key?: boolean | undefined;
	text: { bn: string; en: string };
	sources: { name: string; url?: string | undefined; detail?: string | undefined }[];
}

/** Why an entry cannot be added; the message says what to do. */
export class InsertEntryError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InsertEntryError';
	}
}

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))/;

/** The frontmatter of an MDX file as a YAML document that keeps comments and layout. */
export function readFrontmatter(source: string): {
	doc: Document.Parsed;
	before: string;
	after: string;
} {
	const fence = FRONTMATTER.exec(source);
	if (!fence) {
		throw new InsertEntryError(
			'the file does not start with frontmatter between two --- lines; is it a story edition?',
		);
	}
	const doc = parseDocument(fence[2] ?? '');
	if (doc.errors.length) {
		throw new InsertEntryError(
			`the frontmatter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); run npm run check:content to see where`,
		);
	}
	return {
		doc,
		before: fence[1]!,
		after: `${fence[3]!}${source.slice(fence[0].length)}`,
	};
}

/** The instant an existing entry's time means, or `undefined` when it cannot be read. */
function instantOf(item: unknown, storyZone: string | undefined): number | undefined {
	if (!isMap(item)) return undefined;
	const time = item.get('time');
	const zone = item.get('zone') ?? storyZone;
	const precision = (item.get('precision') ?? 'exact') as Precision;
	if (typeof time !== 'string' || typeof zone !== 'string') return undefined;
	try {
		return parseEventTime(time, zone, precision).instant.getTime();
	} catch (error) {
		if (error instanceof EventTimeError) return undefined;
		throw error;
	}
}

/**
 * Adds `entry` to the timeline in an original edition's MDX `source`, in time order: before the
 * first entry that is later, after every entry at the same time or earlier. Everything else
 * (comments, key order, quoting, blank lines, the text below the frontmatter) is kept as it was.
 * Returns the new file and the entry's 1-based position.
 */
export function insertEntry(source: string, entry: NewEntry): { source: string; position: number } {
	const { doc, before, after } = readFrontmatter(source);
	if (doc.get('translationOf') !== undefined) {
		throw new InsertEntryError(
			`this is a translation (translationOf: ${String(doc.get('translationOf'))}); add entries to the original edition, ${String(doc.get('translationOf'))}.mdx`,
		);
	}
	const storyZone = doc.get('zone');
	const zone = entry.zone ?? (typeof storyZone === 'string' ? storyZone : undefined);
	if (!zone)
		throw new InsertEntryError('the story has no zone: line; add one, e.g. zone: Asia/Kolkata');
	const at = parseEventTime(entry.time, zone, entry.precision).instant.getTime();

	const node = doc.createNode(toYaml(entry)) as YAMLMap;
	const time = node.get('time', true) as Scalar;
	time.type = Scalar.QUOTE_DOUBLE;
	for (const source of (node.get('sources') as YAMLSeq<YAMLMap>).items) {
		const detail = source.get('detail', true);
		if (detail) detail.type = Scalar.QUOTE_DOUBLE;
	}

	let timeline = doc.get('timeline', true);
	if (!isSeq(timeline) || timeline.items.length === 0) {
		timeline = new YAMLSeq();
		(timeline as YAMLSeq).items.push(node);
		doc.set('timeline', timeline);
		return { source: `${before}${doc.toString({ lineWidth: 0 })}${after}`, position: 1 };
	}
	const items = timeline.items;
	const later = items.findIndex(
		(item) => (instantOf(item, typeof storyZone === 'string' ? storyZone : zone) ?? -Infinity) > at,
	);
	const index = later === -1 ? items.length : later;
	// Follow the file's own layout: a blank line between entries if it has them.
	const spaced = items.slice(1).some((item) => (item as YAMLMap).spaceBefore);
	if (index === 0) {
		if (spaced) (items[0] as YAMLMap).spaceBefore = true;
	} else node.spaceBefore = spaced;
	items.splice(index, 0, node);
	return { source: `${before}${doc.toString({ lineWidth: 0 })}${after}`, position: index + 1 };
}

/** The entry as frontmatter, in the key order the house uses. */
function toYaml(entry: NewEntry): Record<string, unknown> {
	return {
		id: entry.id,
		time: entry.time,
		...(entry.zone ? { zone: entry.zone } : {}),
		precision: entry.precision,
		kind: entry.kind,
		...(entry.key ? { key: true } : {}),
		text: { bn: entry.text.bn, en: entry.text.en },
		sources: entry.sources.map((s) => ({
			name: s.name,
			...(s.url ? { url: s.url } : {}),
			...(s.detail ? { detail: s.detail } : {}),
		})),
	};
}
