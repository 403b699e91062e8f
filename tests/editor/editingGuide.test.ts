import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site';

/** A guide's `##` sections: each with its anchor and the npm commands it names, in order. */
function sections(file: string, anchor: (heading: string, before: string) => string) {
	const text = readFileSync(join(ROOT, file), 'utf8');
	return text
		.split(/^## /m)
		.slice(1)
		.map((part, i, all) => {
			const heading = part.split('\n')[0]!;
			const before = i === 0 ? text.split(/^## /m)[0]! : all[i - 1]!;
			return {
				anchor: anchor(heading, before),
				commands: [...new Set(part.match(/npm run [a-z:]+/g) ?? [])].sort(),
			};
		});
}

// GitHub's anchor for an English heading, e.g. "Worked example 1: add an entry" → worked-example-1-add-an-entry.
const slug = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/[^a-z0-9 -]/g, '')
		.replace(/ /g, '-');
// The Bengali edition keeps the English anchors: `<a id="…"></a>` before each heading.
const idBefore = (_heading: string, before: string) =>
	/<a id="([^"]+)"><\/a>\s*$/.exec(before)?.[1] ?? '(no anchor)';

describe('EDITING.md and EDITING.bn.md are kept in step', () => {
	const en = sections('EDITING.md', slug);
	const bn = sections('EDITING.bn.md', idBefore);

	it('have the same sections, in the same order', () => {
		expect(bn.map((s) => s.anchor)).toEqual(en.map((s) => s.anchor));
	});

	it('name the same npm commands in each section', () => {
		expect(bn.map((s) => [s.anchor, s.commands])).toEqual(en.map((s) => [s.anchor, s.commands]));
	});

	it('link every section from their table of contents', () => {
		for (const [file, list] of [
			['EDITING.md', en],
			['EDITING.bn.md', bn],
		] as const) {
			const text = readFileSync(join(ROOT, file), 'utf8');
			for (const { anchor } of list) expect(text, file).toContain(`](#${anchor})`);
		}
	});

	it('document every editor command of package.json', () => {
		const scripts = Object.keys(
			(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts,
		).filter((s) => /^(new|add|remove|move|check):/.test(s));
		for (const file of ['EDITING.md', 'EDITING.bn.md']) {
			const text = readFileSync(join(ROOT, file), 'utf8');
			for (const script of scripts) expect(text, file).toContain(`npm run ${script}`);
		}
	});
});
