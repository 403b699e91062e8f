import { createHash } from 'node:crypto';
import {
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from '../story/formatContentErrors';
import type { FolderResult } from './checkStoryFolder';

/** Bump when what is stored, or how a key is made, changes. */
const FORMAT = 'story-check-v1';

/** The project's root, where the inputs below are. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Everything a story's check result is decided by besides the story, from the project's root:
 * the check's own modules and every module they import (src/lib/story, editor, time, src/i18n;
 * tests/unit/storyCheckStore.test.ts fails when the check imports one from anywhere else), the
 * schema's collection, and the libraries (the lockfile, and what npm actually installed).
 */
export const CHECKER_INPUTS = [
	'src/lib/story',
	'src/lib/editor',
	'src/lib/time',
	'src/i18n',
	'src/content.config.ts',
	'package-lock.json',
	'node_modules/.package-lock.json',
];

/**
 * A digest of the code a check runs: the files of `inputs` under `root`, by name and content, and
 * the Node version with its time-zone and Unicode data (a zone's offsets come from Intl). Any
 * change to them makes every story be checked again.
 */
export function checkerVersion(root = ROOT, inputs: readonly string[] = CHECKER_INPUTS): string {
	const hash = createHash('sha256').update(FORMAT);
	const { node, icu, tz, unicode } = process.versions;
	hash.update(`\0${node}\0${icu}\0${tz}\0${unicode}`);
	for (const input of inputs) {
		for (const file of filesUnder(join(root, input))) {
			hash.update(`\0${relative(root, file)}\0`);
			try {
				hash.update(readFileSync(file));
			} catch {
				hash.update('(none)');
			}
		}
	}
	return hash.digest('hex');
}

/** Every file under `path` (or `path` itself), sorted. */
function filesUnder(path: string): string[] {
	try {
		return readdirSync(path, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.sort();
	} catch {
		return [path];
	}
}

/**
 * A digest of what a story folder holds: each entry's name and kind and each file's bytes, not
 * their times (a git checkout or a restored CI cache sets new ones); undefined if it cannot be read.
 */
export function folderDigest(folder: string): string | undefined {
	try {
		const hash = createHash('sha256');
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			const file = statSync(path).isFile();
			const bytes = file ? readFileSync(path) : undefined;
			hash.update(`${name}\0${file ? `file ${bytes!.length}` : 'other'}\0`);
			if (bytes) hash.update(bytes);
		}
		return hash.digest('hex');
	} catch {
		return undefined;
	}
}

/**
 * Where `npm run check:content` keeps its results: beside Astro's build cache
 * (`ASTRO_CACHE_DIR`, else node_modules/.astro), which CI keeps between runs; undefined when
 * `STORY_CHECK_CACHE=0` turns it off.
 */
export function storyCheckFile(env = process.env, cwd = process.cwd()): string | undefined {
	if (env['STORY_CHECK_CACHE'] === '0') return undefined;
	return resolve(cwd, env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro', 'story-check.json');
}

interface Stored {
	format: string;
	version: string;
	/** By story folder as messages show it (relative to where the check runs). */
	folders: Record<string, StoredFolder>;
}

interface StoredFolder {
	digest: string;
	/** When it was checked (ms): the result holds from then on, not before. */
	checkedAt: number;
	result: FolderResult;
}

/**
 * The story check's results kept between runs (`npm run check:content`, and so `npm run build`
 * and the content lane): a story folder whose contents, and the check's code (`version`), are
 * the same as when it passed gets the same problems (its warnings), editions and draft mark
 * without its files being parsed again.
 *
 * Only a folder without errors is kept. The check compares times with the present ("a time in the
 * future" is an error), so an error can go away by itself; a result without one stays the same
 * later, because time only moves on, so a stored result is not used on a clock earlier than when
 * it was made. A file that cannot be read or is not in this form is ignored: every story is
 * checked. It is replaced whole (written beside it, then renamed), so a check stopped halfway or
 * two at once cannot leave half a file.
 */
export class StoryCheckStore {
	readonly #file: string;
	readonly #version: string;
	readonly #now: number;
	readonly #previous: Record<string, StoredFolder>;
	readonly #next: Record<string, StoredFolder> = {};
	#changed = false;
	/** Folders answered from the store, and checked afresh, in this run. */
	hits = 0;
	misses = 0;

	private constructor(
		file: string,
		version: string,
		now: number,
		previous: Record<string, StoredFolder>,
	) {
		this.#file = file;
		this.#version = version;
		this.#now = now;
		this.#previous = previous;
	}

	/** Opens the store in `file`; results stored under another `version` are not used. */
	static open(file: string, version = checkerVersion(), now = Date.now()): StoryCheckStore {
		let previous: Record<string, StoredFolder> = {};
		try {
			const stored = JSON.parse(readFileSync(file, 'utf8')) as unknown;
			if (isStored(stored) && stored.format === FORMAT && stored.version === version) {
				previous = stored.folders;
			}
		} catch {
			// none yet, or unreadable: every story is checked
		}
		return new StoryCheckStore(file, version, now, previous);
	}

	/** The stored result of the folder shown as `folder` with contents `digest`, if any. */
	get(folder: string, digest: string): FolderResult | undefined {
		const held = Object.hasOwn(this.#previous, folder) ? this.#previous[folder] : undefined;
		if (!held || held.digest !== digest || held.checkedAt > this.#now) {
			this.misses++;
			return undefined;
		}
		this.hits++;
		this.#next[folder] = held;
		return held.result;
	}

	/** Keeps a folder's result for the next run, unless it has an error. */
	set(folder: string, digest: string, result: FolderResult): void {
		if (result.problems.some((p) => !p.warning)) return;
		this.#next[folder] = { digest, checkedAt: this.#now, result };
		this.#changed = true;
	}

	/**
	 * Writes the results of this run (those used or made) for the next one; a folder no longer
	 * there is dropped. Nothing is written when nothing changed; a store that cannot be written is
	 * left as it was (the check's result does not depend on it).
	 */
	save(): void {
		const dropped = Object.keys(this.#previous).some((folder) => !(folder in this.#next));
		if (!this.#changed && !dropped) return;
		const stored: Stored = { format: FORMAT, version: this.#version, folders: this.#next };
		const partial = `${this.#file}.${process.pid}.tmp`;
		try {
			mkdirSync(dirname(this.#file), { recursive: true });
			writeFileSync(partial, JSON.stringify(stored));
			renameSync(partial, this.#file);
		} catch {
			try {
				rmSync(partial, { force: true });
			} catch {
				// its folder cannot be made: no partial file either
			}
		}
	}
}

/** Whether `value` has the stored form, down to every problem's fields. */
function isStored(value: unknown): value is Stored {
	const v = value as Partial<Stored> | null;
	if (!v || typeof v !== 'object' || typeof v.format !== 'string') return false;
	if (typeof v.version !== 'string' || !v.folders || typeof v.folders !== 'object') return false;
	return Object.values(v.folders as Record<string, unknown>).every((entry) => {
		const e = entry as Partial<StoredFolder> | null;
		const r = e?.result as Partial<FolderResult> | undefined;
		return (
			typeof e?.digest === 'string' &&
			typeof e.checkedAt === 'number' &&
			typeof r?.editions === 'number' &&
			typeof r.draft === 'boolean' &&
			Array.isArray(r.problems) &&
			r.problems.every(isProblem)
		);
	});
}

function isProblem(value: unknown): value is ContentProblem {
	const p = value as Partial<ContentProblem> | null;
	return (
		!!p &&
		typeof p.file === 'string' &&
		typeof p.message === 'string' &&
		(p.bn === undefined || typeof p.bn === 'string') &&
		(p.line === undefined || typeof p.line === 'number') &&
		(p.warning === undefined || typeof p.warning === 'boolean')
	);
}
