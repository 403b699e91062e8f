/**
 * A worker thread that cuts and compresses font subsets, so both cores work after a build.
 * Runs under Node's own TypeScript type stripping, hence the `.ts` import.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { woff2, type Woff2Settings } from './woff2.ts';
import { GlyphSubsetter, type SubsetOptions } from './subsetter.ts';

interface Job {
	id: number;
	face: number;
	glyphs: number[];
	unicodes: number[];
	options: SubsetOptions;
}

const { fonts, settings } = workerData as { fonts: Uint8Array[]; settings: Woff2Settings };
const subsetters = new Map<number, Promise<GlyphSubsetter>>();
/** One job at a time: wawoff2's output is overwritten by its next call (see woff2()). */
let queue: Promise<unknown> = Promise.resolve();

parentPort!.on('message', (job: Job) => {
	let subsetter = subsetters.get(job.face);
	if (!subsetter) {
		subsetter = GlyphSubsetter.create(fonts[job.face]!);
		subsetters.set(job.face, subsetter);
	}
	const done = Promise.all([subsetter, queue])
		.then(([s]) => woff2(s.subset(job.glyphs, job.unicodes, job.options), settings))
		.then(
			(woff2) => parentPort!.postMessage({ id: job.id, woff2 }),
			(error: unknown) => parentPort!.postMessage({ id: job.id, error: String(error) }),
		);
	queue = done;
});
