import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InsertEntryError, insertEntry, type NewEntry } from '../../src/lib/editor/insertEntry';
import { editionSchema } from '../../src/lib/story/storySchema';
import { ROOT } from '../support/site';

const story = readFileSync(
	join(ROOT, 'tests', 'fixtures', 'stories', 'valid', 'meta-outage-2024-03-05', 'bn.mdx'),
	'utf8',
);

const entry: NewEntry = {
	id: 'users-report-problems',
	time: '2024-03-05 21:30',
	precision: 'approximate',
	kind: 'update',
	text: { bn: 'ব্যবহারকারীরা সমস্যার কথা জানান।', en: 'Users report problems: logins fail.' },
	sources: [{ name: 'topicsbox.com', detail: '2024-03-06' }],
};

const ids = (source: string) =>
	editionSchema.parse(parse(source.split('---\n')[1] ?? '')).timeline?.map((e) => e.id);

describe('insertEntry', () => {
	it('inserts in time order and changes nothing else in the file', () => {
		const { source, position } = insertEntry(story, entry);
		expect(position).toBe(2);
		expect(ids(source)).toEqual(['india-logout', 'users-report-problems', 'india-restored']);
		const added = [
			'  - id: users-report-problems',
			'    time: "2024-03-05 21:30"',
			'    precision: approximate',
			'    kind: update',
			'    text:',
			'      bn: ব্যবহারকারীরা সমস্যার কথা জানান।',
			'      en: "Users report problems: logins fail."',
			'    sources:',
			'      - name: topicsbox.com',
			'        detail: "2024-03-06"',
			'',
		].join('\n');
		// Removing exactly the added lines gives back the original, byte for byte.
		expect(source.replace(`${added}\n`, '')).toBe(story);
		expect(source).toContain(`${added}\n  - id: india-restored`);
	});

	it('places an entry by its instant when it names another zone', () => {
		// 11:45 in New York is 22:15 in Kolkata: after the restoration at 22:00.
		const { position } = insertEntry(story, {
			...entry,
			time: '2024-03-05 11:45',
			zone: 'America/New_York',
		});
		expect(position).toBe(3);
	});

	it('puts an earlier entry first, keeping the blank line between entries', () => {
		const { source, position } = insertEntry(story, { ...entry, time: '2024-03-05 20:00' });
		expect(position).toBe(1);
		expect(source).toContain('        detail: "2024-03-06"\n\n  - id: india-logout');
	});

	it('after entries at the same time', () => {
		const { position } = insertEntry(story, { ...entry, time: '2024-03-05 22:00' });
		expect(position).toBe(3);
	});

	it('turns an empty timeline into a list, keeping its comment', () => {
		const empty = `---\n# Entries go here.\ntimeline: []\nzone: Asia/Kolkata\n---\n\nText\n`;
		const { source } = insertEntry(empty, entry);
		expect(source).toMatch(
			/^---\n# Entries go here\.\ntimeline:\n {2}- id: users-report-problems\n/,
		);
		expect(source.endsWith('zone: Asia/Kolkata\n---\n\nText\n')).toBe(true);
	});

	it('refuses a translation, naming the original', () => {
		expect(() =>
			insertEntry('---\ntitle: T\ntranslationOf: bn\n---\n', entry),
		).toThrowErrorMatchingInlineSnapshot(
			`[InsertEntryError: this is a translation (translationOf: bn); add entries to the original edition, bn.mdx]`,
		);
		expect(() => insertEntry('---\ntitle: T\ntranslationOf: bn\n---\n', entry)).toThrow(
			InsertEntryError,
		);
	});
});
