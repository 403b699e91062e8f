import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	CHECKER_INPUTS,
	StoryCheckStore,
	checkerVersion,
} from '../../src/lib/editor/storyCheckStore';
import { validateStories } from '../../src/lib/editor/validateStories';
import { ROOT } from '../support/site';

// `npm run check:content` (and so every build and the content lane) keeps each story's result
// between runs, by the story folder's contents and the checking code. What an editor sees must
// not depend on it: every run below says exactly what a fresh check says, and reads again only
// the stories it has to.

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'stories');
const VALID = join(FIXTURES, 'valid', 'meta-outage-2024-03-05');
/** Passes with a warning (`key: true` on every entry). */
const WARNED = join(FIXTURES, 'key-on-every-entry', 'meta-outage-2024-03-05');

let work: string;
let dir: string;
let file: string;

const bn = (slug: string) => join(dir, slug, 'bn.mdx');

/** One run of the check with the store, as `npm run check:content` makes it. */
async function run(version = 'code-1', cwd = dir) {
	const store = StoryCheckStore.open(file, version);
	const report = await validateStories(dir, cwd, { stored: store });
	store.save();
	// Whatever the store held, the report is the one a fresh check gives.
	expect(report).toEqual(await validateStories(dir, cwd));
	return { report, hits: store.hits, misses: store.misses };
}

beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'somoyrekha-store-'));
	dir = join(work, 'stories');
	file = join(work, 'cache', 'story-check.json');
	cpSync(VALID, join(dir, 'first-story'), { recursive: true });
	cpSync(VALID, join(dir, 'second-story'), { recursive: true });
	cpSync(WARNED, join(dir, 'warned-story'), { recursive: true });
});

afterEach(() => {
	vi.useRealTimers();
	rmSync(work, { recursive: true, force: true });
});

describe('the story check kept between runs', () => {
	it('reads nothing again when nothing changed, and reports the same warnings', async () => {
		const first = await run();
		expect(first).toMatchObject({ hits: 0, misses: 3 });
		expect(first.report.problems.map((p) => [p.file, p.warning])).toEqual([
			['warned-story/bn.mdx', true],
		]);
		const second = await run();
		expect(second).toMatchObject({ hits: 3, misses: 0 });
		expect(second.report).toEqual(first.report);
		expect(second.report.stories).toBe(3);
		expect(second.report.editions).toBe(6);
	});

	it('answers from the store, not by reading the story again', async () => {
		await run();
		// A result no check of this story could give: only the store can be its source.
		const stored = readFileSync(file, 'utf8');
		writeFileSync(file, stored.replace('all 3 entries say key: true', 'FROM THE STORE'));
		const store = StoryCheckStore.open(file, 'code-1');
		const report = await validateStories(dir, dir, { stored: store });
		expect(report.problems[0]?.message).toContain('FROM THE STORE');
	});

	it('checks again a story with one byte changed, and finds its new error', async () => {
		await run();
		const good = readFileSync(bn('second-story'), 'utf8');
		// The same length, and the file's times put back: only its bytes tell the change.
		writeFileSync(bn('second-story'), good.replace('kind: restoration', 'kind: restoratio_'));
		utimesSync(bn('second-story'), new Date(2024, 0, 1), new Date(2024, 0, 1));
		const broken = await run();
		expect(broken).toMatchObject({ hits: 2, misses: 1 });
		expect(broken.report.problems.filter((p) => !p.warning)).toMatchObject([
			{ file: 'second-story/bn.mdx', line: 20 },
		]);
		expect(broken.report.problems[0]?.message).toContain('kind "restoratio_" is not allowed');
		// A story with an error is not kept: it is read again until it is fixed.
		expect(await run()).toMatchObject({ hits: 2, misses: 1 });
		writeFileSync(bn('second-story'), good);
		expect(await run()).toMatchObject({ hits: 2, misses: 1 });
		expect(await run()).toMatchObject({ hits: 3, misses: 0 });
	});

	it('checks every story again when the checking code changed', async () => {
		await run('code-1');
		expect(await run('code-2')).toMatchObject({ hits: 0, misses: 3 });
		expect(await run('code-2')).toMatchObject({ hits: 3, misses: 0 });
	});

	it.each([
		['not JSON', '{"format": "story-check-v1", "vers'],
		['JSON of another form', '[1, 2, 3]'],
		['a problem without its message', 'problem'],
	])('checks every story when the stored file is %s', async (_, text) => {
		await run();
		const corrupt =
			text === 'problem' ? readFileSync(file, 'utf8').replace('"message":', '"note":') : text;
		writeFileSync(file, corrupt);
		expect(await run()).toMatchObject({ hits: 0, misses: 3 });
		expect(await run()).toMatchObject({ hits: 3, misses: 0 });
	});

	it('checks a story again when a file in its folder is added, renamed or removed', async () => {
		await run();
		writeFileSync(join(dir, 'first-story', 'notes.txt'), 'to ask the desk');
		expect(await run()).toMatchObject({ hits: 2, misses: 1 });
		renameSync(join(dir, 'first-story', 'notes.txt'), join(dir, 'first-story', 'notes2.txt'));
		expect(await run()).toMatchObject({ hits: 2, misses: 1 });
		rmSync(join(dir, 'first-story', 'notes2.txt'));
		expect(await run()).toMatchObject({ hits: 2, misses: 1 });
		// An edition renamed to a name the site does not read: the check now reports it.
		renameSync(bn('first-story'), join(dir, 'first-story', 'bn.md'));
		const renamed = await run();
		expect(renamed).toMatchObject({ hits: 2, misses: 1 });
		expect(renamed.report.problems[0]?.file).toBe('first-story/bn.md');
	});

	it('keeps its results on another machine: a new checkout, new file times, the same bytes', async () => {
		await run();
		const moved = mkdtempSync(join(tmpdir(), 'somoyrekha-store-moved-'));
		try {
			cpSync(dir, join(moved, 'stories'), { recursive: true });
			cpSync(file, join(moved, 'story-check.json'));
			for (const slug of readdirSync(join(moved, 'stories'))) {
				for (const name of readdirSync(join(moved, 'stories', slug))) {
					const path = join(moved, 'stories', slug, name);
					utimesSync(path, new Date(2030, 5, 1), new Date(2030, 5, 1));
				}
			}
			rmSync(work, { recursive: true, force: true });
			[work, dir, file] = [moved, join(moved, 'stories'), join(moved, 'story-check.json')];
			expect(await run()).toMatchObject({ hits: 3, misses: 0 });
		} finally {
			rmSync(moved, { recursive: true, force: true });
		}
	});

	it('checks again when messages would name the files from another folder', async () => {
		await run('code-1', dir);
		const fromAbove = await run('code-1', work);
		expect(fromAbove).toMatchObject({ hits: 0, misses: 3 });
		expect(fromAbove.report.problems[0]?.file).toBe('stories/warned-story/bn.mdx');
	});

	it('does not keep an error that time can undo: a time in the future', async () => {
		// On 1 March 2024 the story's entries (5 March) are in the future: an error, not kept.
		vi.useFakeTimers({ now: new Date('2024-03-01T00:00:00Z'), toFake: ['Date'] });
		const before = await run();
		expect(before.report.problems.some((p) => /in the future/.test(p.message))).toBe(true);
		vi.useRealTimers();
		// Today the same story passes.
		expect((await run()).report.problems.filter((p) => !p.warning)).toEqual([]);
	});

	it('does not use a result on a clock earlier than the one it was made on', async () => {
		await run();
		// A machine whose clock says 1 March 2024: for it, the stories are in the future.
		vi.useFakeTimers({ now: new Date('2024-03-01T00:00:00Z'), toFake: ['Date'] });
		const early = await run();
		expect(early).toMatchObject({ hits: 0, misses: 3 });
		expect(early.report.problems.some((p) => /in the future/.test(p.message))).toBe(true);
	});

	it('drops stories no longer there, and leaves no partial file', async () => {
		await run();
		rmSync(join(dir, 'second-story'), { recursive: true });
		expect(await run()).toMatchObject({ hits: 2, misses: 0 });
		const stored = JSON.parse(readFileSync(file, 'utf8')) as { folders: object };
		expect(Object.keys(stored.folders).sort()).toEqual(['first-story', 'warned-story']);
		expect(readdirSync(dirname(file))).toEqual(['story-check.json']);
	});

	it('still checks when the store cannot be written', async () => {
		writeFileSync(join(work, 'cache'), 'a file where the folder should be');
		expect(await run()).toMatchObject({ hits: 0, misses: 3 });
		expect(readdirSync(work).sort()).toEqual(['cache', 'stories']);
	});
});

describe('the checking code’s version', () => {
	it('changes when a file of its inputs changes, is added or renamed, and not otherwise', () => {
		const root = mkdtempSync(join(tmpdir(), 'somoyrekha-version-'));
		try {
			mkdirSync(join(root, 'src', 'lib'), { recursive: true });
			writeFileSync(join(root, 'src', 'lib', 'a.ts'), 'export const a = 1;');
			writeFileSync(join(root, 'lock.json'), '{}');
			const inputs = ['src/lib', 'lock.json', 'missing.ts'];
			const first = checkerVersion(root, inputs);
			expect(checkerVersion(root, inputs)).toBe(first);
			utimesSync(join(root, 'lock.json'), new Date(2020, 0, 1), new Date(2020, 0, 1));
			expect(checkerVersion(root, inputs)).toBe(first);
			writeFileSync(join(root, 'src', 'lib', 'a.ts'), 'export const a = 2;');
			const edited = checkerVersion(root, inputs);
			expect(edited).not.toBe(first);
			renameSync(join(root, 'src', 'lib', 'a.ts'), join(root, 'src', 'lib', 'b.ts'));
			expect(checkerVersion(root, inputs)).not.toBe(edited);
			writeFileSync(join(root, 'missing.ts'), '');
			expect(checkerVersion(root, inputs)).not.toBe(edited);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('covers every module the check imports', () => {
		const seen = new Set<string>();
		const visit = (path: string) => {
			if (seen.has(path)) return;
			seen.add(path);
			const text = readFileSync(join(ROOT, path), 'utf8');
			for (const [, spec] of text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.[^'"]+)['"]/g)) {
				const base = normalize(join(dirname(path), spec!));
				const found = ['.ts', '/index.ts', ''].map((ext) => base + ext).find(isFile);
				if (found) visit(found);
			}
		};
		visit('src/lib/editor/validateStories.ts');
		visit('src/lib/editor/checkStoryFolder.ts');
		expect(seen.size).toBeGreaterThan(20);
		const outside = [...seen].filter(
			(path) => !CHECKER_INPUTS.some((input) => !relative(input, path).startsWith('..')),
		);
		expect(outside).toEqual([]);
	});
});

function isFile(path: string): boolean {
	try {
		readFileSync(join(ROOT, path));
		return true;
	} catch {
		return false;
	}
}
