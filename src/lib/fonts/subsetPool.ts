import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { GlyphSubsetter, type SubsetOptions } from './subsetter';
import { woff2, woff2Settings, type Woff2Settings } from './woff2';

type Result = { id: number; woff2: Uint8Array } | { id: number; error: string };

/**
 * Subsets and WOFF2-compresses fonts, on this thread or on worker threads, falling back to this
 * thread when workers cannot start. `fonts` are the TrueType sources, addressed by index.
 *
 * Threads default to none (FONT_SUBSET_THREADS, e.g. `2`, turns them on): measured here on two
 * shared cores, two workers cut 20 subsets no faster than this thread did (2.8 s against 2.4 s)
 * and a 206-page build peaked at 4 GiB instead of 1.3 GiB.
 */
export class SubsetPool {
	readonly #fonts: Uint8Array[];
	readonly #workers: Worker[] = [];
	readonly #pending = new Map<
		number,
		{
			args: [number, number[], number[], SubsetOptions];
			resolve: (b: Uint8Array) => void;
			reject: (e: Error) => void;
		}
	>();
	#next = 0;
	#local: Map<number, Promise<GlyphSubsetter>> | undefined;
	/** One subset at a time on this thread (see {@link woff2}). */
	#queue: Promise<unknown> = Promise.resolve();
	/** How subsets are compressed (part of a cached subset's key). */
	readonly woff2: Woff2Settings;
	/**
	 * Time spent cutting (hb-subset, this thread) and compressing (WOFF2: the time while at least
	 * one compression was under way; `native` ones overlap each other and this thread's work),
	 * for the build log.
	 */
	readonly stats = { subsets: 0, subsetMs: 0, woff2Ms: 0 };
	#compressing = 0;
	#busySince = 0;

	constructor(
		fonts: Uint8Array[],
		threads = Number(process.env.FONT_SUBSET_THREADS ?? 0),
		settings: Woff2Settings = woff2Settings(),
	) {
		this.#fonts = fonts;
		this.woff2 = settings;
		try {
			for (let i = 0; i < Math.min(threads, availableParallelism()); i++) {
				const worker = new Worker(new URL('./subsetWorker.ts', import.meta.url), {
					workerData: { fonts, settings },
				});
				worker.on('message', (result: Result) => {
					const pending = this.#pending.get(result.id);
					this.#pending.delete(result.id);
					if (!pending) return;
					if ('error' in result) pending.reject(new Error(`Font subset failed: ${result.error}`));
					else pending.resolve(result.woff2);
				});
				// A worker that fails (cannot load, crashes): stop them all, finish the work here.
				worker.on('error', () => this.#fallBack());
				this.#workers.push(worker);
			}
		} catch {
			// Workers unavailable (e.g. a runtime without type stripping): subset on this thread.
			for (const w of this.#workers) void w.terminate();
			this.#workers.length = 0;
		}
	}

	/** WOFF2 bytes of font `face` cut to these glyphs and code points. */
	subset(
		face: number,
		glyphs: number[],
		unicodes: number[],
		options: SubsetOptions = {},
	): Promise<Uint8Array> {
		const id = this.#next++;
		if (this.#workers.length === 0) return this.#subsetHere(face, glyphs, unicodes, options);
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { args: [face, glyphs, unicodes, options], resolve, reject });
			this.#workers[id % this.#workers.length]!.postMessage({
				id,
				face,
				glyphs,
				unicodes,
				options,
			});
		});
	}

	#fallBack(): void {
		for (const w of this.#workers) void w.terminate();
		this.#workers.length = 0;
		const pending = [...this.#pending.values()];
		this.#pending.clear();
		for (const job of pending) this.#subsetHere(...job.args).then(job.resolve, job.reject);
	}

	async #subsetHere(
		face: number,
		glyphs: number[],
		unicodes: number[],
		options: SubsetOptions,
	): Promise<Uint8Array> {
		this.#local ??= new Map();
		let subsetter = this.#local.get(face);
		if (!subsetter) {
			subsetter = GlyphSubsetter.create(this.#fonts[face]!);
			this.#local.set(face, subsetter);
		}
		const s = await subsetter;
		const cut = (): Uint8Array => {
			const t0 = performance.now();
			const ttf = s.subset(glyphs, unicodes, options);
			this.stats.subsetMs += performance.now() - t0;
			return ttf;
		};
		const compress = async (ttf: Uint8Array): Promise<Uint8Array> => {
			if (this.#compressing++ === 0) this.#busySince = performance.now();
			try {
				const bytes = await woff2(ttf, this.woff2);
				this.stats.subsets++;
				return bytes;
			} finally {
				if (--this.#compressing === 0) this.stats.woff2Ms += performance.now() - this.#busySince;
			}
		};
		// Native compression runs on Node's thread pool: several at once, beside this thread.
		if (this.woff2.encoder === 'native') return compress(cut());
		const job = this.#queue.then(() => compress(cut()));
		this.#queue = job.catch(() => undefined);
		return job;
	}

	async close(): Promise<void> {
		await Promise.all(this.#workers.map((w) => w.terminate()));
	}
}
