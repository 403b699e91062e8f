import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { EventTimeError, parseEventTime, type Precision } from '../time/parseEventTime';

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))/;

/** Why a timeline entry cannot be cut or placed as asked; `reason` says which case it is. */
export class TimelineTextError extends Error {
	constructor(
		readonly reason:
			'no-frontmatter' | 'invalid' | 'no-entry' | 'only-entry' | 'id-taken' | 'unclean',
		message: string,
	) {
		super(message);
		this.name = 'TimelineTextError';
	}
}

/** An entry cut out of a story file, as its own lines of YAML. */
export interface CutEntry {
	/** The new file, identical to the old one but for the entry's lines. */
	source: string;
	/** 1-based position of the entry in the timeline. */
	position: number;
	/** The entry's lines as they were, e.g. `  - id: x\n    time: "…"\n`. */
	text: string;
	/** The entry's fields, e.g. `{ id, time, zone, text: { bn, en } }`. */
	entry: Record<string, unknown>;
}

function split(source: string) {
	const fence = FRONTMATTER.exec(source);
	if (!fence) throw new TimelineTextError('no-frontmatter', 'the file has no frontmatter');
	const yaml = fence[2] ?? '';
	const doc = parseDocument(yaml);
	if (doc.errors.length)
		throw new TimelineTextError('invalid', doc.errors[0]!.message.split('\n')[0]!);
	const seq = doc.get('timeline', true);
	const items = isSeq(seq) ? (seq.items as YAMLMap[]) : [];
	const head = fence[1]!;
	return { head, yaml, doc, items, tail: source.slice(head.length + yaml.length) };
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
	const nl = text.indexOf('\n', Math.max(at - 1, 0));
	return nl === -1 ? text.length : nl + 1;
};
const isBlank = (line: string) => line.trim() === '';

/** Where item `i`'s lines start and end in `yaml` (from its `- ` line to its last value's line). */
function linesOf(yaml: string, item: YAMLMap) {
	const [start, valueEnd] = item.range!;
	return { start: lineStart(yaml, start), end: lineEnd(yaml, valueEnd) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Cuts the entry `id` out of a story file's timeline: its lines and the blank line that set it
 * apart, nothing else, so every other byte of the file stays as it was. Refuses the only entry.
 */
export function cutEntry(source: string, id: string): CutEntry {
	const { head, yaml, doc, items, tail } = split(source);
	const index = items.findIndex((item) => isMap(item) && item.get('id') === id);
	if (index === -1) throw new TimelineTextError('no-entry', `no entry with the id "${id}"`);
	if (items.length === 1) throw new TimelineTextError('only-entry', `"${id}" is the only entry`);
	let { start, end } = linesOf(yaml, items[index]!);
	const text = yaml.slice(start, end);
	if (index < items.length - 1) {
		// The blank lines after it, which set the next entry apart.
		while (end < yaml.length && isBlank(yaml.slice(end, lineEnd(yaml, end + 1))))
			end = lineEnd(yaml, end + 1);
	} else {
		// The last entry: the blank lines before it go with it.
		while (start > 0 && isBlank(yaml.slice(lineStart(yaml, start - 1), start)))
			start = lineStart(yaml, start - 1);
	}
	const nextYaml = yaml.slice(0, start) + yaml.slice(end);
	const before = doc.toJS() as { timeline: unknown[] };
	const entry = before.timeline[index] as Record<string, unknown>;
	const expected = { ...before, timeline: before.timeline.filter((_, i) => i !== index) };
	const after = parseDocument(nextYaml);
	if (after.errors.length || !same(after.toJS(), expected)) {
		throw new TimelineTextError('unclean', `the entry "${id}" could not be cut out cleanly`);
	}
	return { source: head + nextYaml + tail, position: index + 1, text, entry };
}

function instantOf(time: unknown, zone: unknown, precision: unknown): number | undefined {
	if (typeof time !== 'string' || typeof zone !== 'string') return undefined;
	try {
		return parseEventTime(time, zone, (precision ?? 'exact') as Precision).instant.getTime();
	} catch (error) {
		if (error instanceof EventTimeError) return undefined;
		throw error;
	}
}

/**
 * Puts an entry cut from another story (`cut.text`) into a story file's timeline, in time order,
 * re-indented to this file's layout; every other byte stays as it was. An entry that relied on
 * its old story's zone (`fromZone`) gets a `zone:` line, so its time still means the same
 * instant. Returns the new file, the entry's position and the zone added, if any.
 */
export function placeEntry(
	source: string,
	cut: CutEntry,
	fromZone: string,
): { source: string; position: number; zoneAdded: string | undefined } {
	const { head, yaml, doc, items, tail } = split(source);
	const id = String(cut.entry.id);
	if (!items.length) return placeFirst(source, cut, fromZone);
	if (items.some((item) => item.get('id') === id)) throw new TimelineTextError('id-taken', id);
	const storyZone = doc.get('zone');
	const zoneAdded = cut.entry.zone === undefined && storyZone !== fromZone ? fromZone : undefined;
	const at = instantOf(cut.entry.time, cut.entry.zone ?? fromZone, cut.entry.precision) ?? Infinity;
	// Re-indent from the old file's "- " column to this one's.
	const oldLines = cut.text.replace(/\n$/, '').split('\n');
	const oldDash = /^ */.exec(oldLines[0]!)![0].length;
	const first = linesOf(yaml, items[0]!);
	const newDash = /^ */.exec(yaml.slice(first.start))![0].length;
	const shift = (line: string) =>
		isBlank(line)
			? line
			: newDash >= oldDash
				? ' '.repeat(newDash - oldDash) + line
				: line.slice(Math.min(oldDash - newDash, /^ */.exec(line)![0].length));
	let lines = oldLines.map(shift);
	if (zoneAdded) {
		const timeLine = lines.findIndex(
			(l, i) => /^\s*(?:- )?time:/.test(l) && (i === 0 || !/^\s*- /.test(l)),
		);
		const indent = /^\s*/.exec(lines[1] ?? '')![0];
		lines = [
			...lines.slice(0, timeLine + 1),
			`${indent}zone: ${zoneAdded}`,
			...lines.slice(timeLine + 1),
		];
	}
	const block = `${lines.join('\n')}\n`;
	const spaced =
		items.length > 1 &&
		isBlank(
			yaml.slice(
				lineStart(yaml, linesOf(yaml, items[1]!).start - 1),
				linesOf(yaml, items[1]!).start,
			),
		);
	const later = items.findIndex(
		(item) =>
			(instantOf(item.get('time'), item.get('zone') ?? storyZone, item.get('precision')) ??
				-Infinity) > at,
	);
	let nextYaml: string;
	if (later === -1) {
		const end = linesOf(yaml, items[items.length - 1]!).end;
		nextYaml = yaml.slice(0, end) + (spaced ? '\n' : '') + block + yaml.slice(end);
	} else {
		let start = linesOf(yaml, items[later]!).start;
		// Comments right above an entry belong to it: the new entry goes above them.
		while (start > 0 && /^\s*#/.test(yaml.slice(lineStart(yaml, start - 1), start)))
			start = lineStart(yaml, start - 1);
		nextYaml = yaml.slice(0, start) + block + (spaced ? '\n' : '') + yaml.slice(start);
	}
	const position = later === -1 ? items.length + 1 : later + 1;
	const before = doc.toJS() as { timeline: unknown[] };
	const moved = zoneAdded ? withZone(cut.entry, zoneAdded) : cut.entry;
	const timeline = [...before.timeline];
	timeline.splice(position - 1, 0, moved);
	const after = parseDocument(nextYaml);
	if (after.errors.length || !same(after.toJS(), { ...before, timeline })) {
		throw new TimelineTextError('unclean', `the entry "${id}" could not be placed cleanly`);
	}
	return { source: head + nextYaml + tail, position, zoneAdded };
}

const EMPTY_TIMELINE = /^timeline:[ \t]*(?:\[[ \t]*\])?[ \t]*(?:#.*)?$/m;

/** Puts `cut` as the first entry of a story whose timeline is empty (`timeline: []`, as new:story writes it). */
function placeFirst(
	source: string,
	cut: CutEntry,
	fromZone: string,
): { source: string; position: number; zoneAdded: string | undefined } {
	const { head, yaml, doc, tail } = split(source);
	const id = String(cut.entry.id);
	const line = EMPTY_TIMELINE.exec(yaml);
	if (!line)
		throw new TimelineTextError('unclean', `the entry "${id}" could not be placed cleanly`);
	const storyZone = doc.get('zone');
	const zoneAdded = cut.entry.zone === undefined && storyZone !== fromZone ? fromZone : undefined;
	const lines = cut.text.replace(/\n$/, '').split('\n');
	const oldDash = /^ */.exec(lines[0]!)![0].length;
	let shifted = lines.map((l) =>
		isBlank(l) ? l : '  ' + l.slice(Math.min(oldDash, /^ */.exec(l)![0].length)),
	);
	if (zoneAdded) {
		const at = shifted.findIndex(
			(l, i) => /^\s*(?:- )?time:/.test(l) && (i === 0 || !/^\s*- /.test(l)),
		);
		const indent = /^\s*/.exec(shifted[1] ?? '')![0];
		shifted = [
			...shifted.slice(0, at + 1),
			`${indent}zone: ${zoneAdded}`,
			...shifted.slice(at + 1),
		];
	}
	const nextYaml =
		yaml.slice(0, line.index) +
		`timeline:\n${shifted.join('\n')}` +
		yaml.slice(line.index + line[0].length);
	const before = doc.toJS() as Record<string, unknown>;
	const moved = zoneAdded ? withZone(cut.entry, zoneAdded) : cut.entry;
	const after = parseDocument(nextYaml);
	if (after.errors.length || !same(after.toJS(), { ...before, timeline: [moved] })) {
		throw new TimelineTextError('unclean', `the entry "${id}" could not be placed cleanly`);
	}
	return { source: head + nextYaml + tail, position: 1, zoneAdded };
}

/** The entry with `zone` right after its time, as the house writes it. */
function withZone(entry: Record<string, unknown>, zone: string): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(entry)) {
		out[k] = v;
		if (k === 'time') out.zone = zone;
	}
	return out;
}
