import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pruneUnused } from './cachePrune.ts';

/**
 * What the font phase decided for one page: the `<link>` tags it put in the page's head, the
 * files (fonts and the font stylesheet, named by content hash) those tags point to, and the
 * bytes of font the page loads.
 */
export interface PagePlan {
	links: string;
	files: string[];
	fontBytes: number;
	/** The subsets in the subset cache its fonts were cut as, kept while the page is. */
	subsets?: string[];
}

interface Stored {
	salt: string;
	plans: Record<string, PagePlan>;
}

/** Bump when the stored format changes. */
const FORMAT = 'page-plans-v1';

/**
 * The font phase's answers for pages it has seen, kept across builds beside the subset cache: a
 * page whose HTML, stylesheets and everything else the answer depends on (the `salt`: the code
 * under src/, the lockfile, the fonts, the settings) are the same as in an earlier build gets the
 * same links without its text being read and shaped again, and its files are copied from the
 * store (`files/`, named by content hash, so a name always means the same bytes).
 *
 * Two builds sharing the folder at the same time cannot spoil it: a plan is only ever stored
 * under a key made from everything it was made from, and the file it is written to is replaced
 * whole (written beside it, then renamed).
 */
export class PagePlanCache {
	readonly #dir: string;
	readonly #salt: string;
	readonly #previous: Record<string, PagePlan>;
	readonly #next: Record<string, PagePlan> = {};
	readonly #stored = new Set<string>();
	/** Pages answered from the cache, for the build log. */
	hits = 0;

	private constructor(dir: string, salt: string, previous: Record<string, PagePlan>) {
		this.#dir = dir;
		this.#salt = salt;
		this.#previous = previous;
	}

	/** Opens the cache in `dir`; plans stored under another salt are not used (nor kept). */
	static async open(dir: string, salt: string): Promise<PagePlanCache> {
		let previous: Record<string, PagePlan> = {};
		try {
			const stored = JSON.parse(await readFile(join(dir, `${FORMAT}.json`), 'utf8')) as Stored;
			if (stored.salt === salt) previous = stored.plans;
		} catch {
			// none yet, or unreadable: start afresh
		}
		const cache = new PagePlanCache(dir, salt, previous);
		try {
			for (const name of await readdir(join(dir, 'files'))) cache.#stored.add(name);
		} catch {
			// no files yet
		}
		return cache;
	}

	/** The key of a page: its HTML and the CSS it links, under this cache's salt. */
	key(html: string, css: string): string {
		return createHash('sha256')
			.update(this.#salt)
			.update('\0')
			.update(html)
			.update('\0')
			.update(css)
			.digest('hex');
	}

	/**
	 * The stored plan for `key` whose files are all in the store, or undefined. A plan used (or
	 * recorded) in this build is kept by {@link save}; the others are dropped.
	 */
	get(key: string): PagePlan | undefined {
		const plan = this.#previous[key];
		if (!plan || !plan.files.every((f) => this.#stored.has(f))) return undefined;
		this.#next[key] = plan;
		this.hits++;
		return plan;
	}

	/** Copies a stored file to `to`. */
	async restore(file: string, to: string): Promise<void> {
		await copyFile(join(this.#dir, 'files', file), to);
	}

	/**
	 * Records what the font phase decided for a page, and stores its files (`bytes`: every file
	 * the plan names, by name) that are not stored yet.
	 */
	async record(
		key: string,
		plan: PagePlan,
		bytes: ReadonlyMap<string, Uint8Array | string>,
	): Promise<void> {
		for (const file of plan.files) {
			if (this.#stored.has(file)) continue;
			const content = bytes.get(file);
			if (content === undefined) throw new Error(`PagePlanCache: no bytes for ${file}`);
			// Claimed before writing, so two pages never write the same file at once; the plan is
			// only recorded once its files are complete.
			this.#stored.add(file);
			await mkdir(join(this.#dir, 'files'), { recursive: true });
			const partial = join(this.#dir, 'files', `${file}.${process.pid}.tmp`);
			await writeFile(partial, content);
			await rename(partial, join(this.#dir, 'files', file));
		}
		this.#next[key] = plan;
	}

	/**
	 * Writes the plans of this build (those used or recorded) for the next one, marks their files
	 * as used, and deletes stored files no build has used for 30 days (cachePrune.ts).
	 * Returns how many files it deleted.
	 */
	async save(): Promise<number> {
		await mkdir(this.#dir, { recursive: true });
		const stored: Stored = { salt: this.#salt, plans: this.#next };
		const file = join(this.#dir, `${FORMAT}.json`);
		const partial = `${file}.${process.pid}.tmp`;
		await writeFile(partial, JSON.stringify(stored));
		await rename(partial, file);
		const used = new Set(Object.values(this.#next).flatMap((plan) => plan.files));
		return pruneUnused(join(this.#dir, 'files'), used);
	}
}

/** Every file under `path` (or `path` itself), sorted; none if it does not exist. */
async function filesUnder(path: string): Promise<string[]> {
	try {
		const entries = await readdir(path, { recursive: true, withFileTypes: true });
		return entries
			.filter((e) => e.isFile())
			.map((e) => join(e.parentPath, e.name))
			.sort();
	} catch {
		return [path];
	}
}

/**
 * A hash of everything a page's fonts depend on besides the page: this package's own code, the
 * site's `inputs` (files and folders under `root`, e.g. `['src', 'package-lock.json']`: how the
 * site says what its scripts write, the font stylesheet, the font files and libraries) and the
 * given settings. Any change to them makes every page's plan be worked out again (the subsets
 * themselves are still reused by content).
 */
export async function planSalt(
	root: string,
	inputs: readonly string[],
	settings: unknown,
): Promise<string> {
	const hash = createHash('sha256').update(FORMAT).update(JSON.stringify(settings));
	const own = dirname(fileURLToPath(import.meta.url));
	const files = [own, ...inputs.map((input) => join(root, input))];
	for (const path of files) {
		for (const file of await filesUnder(path)) {
			hash.update(relative(root, file)).update('\0');
			try {
				hash.update(await readFile(file));
			} catch {
				hash.update('(none)');
			}
		}
	}
	return hash.digest('hex');
}
