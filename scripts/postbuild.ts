/**
 * `tsx scripts/postbuild.ts <job.json> …`: runs the jobs that `astro build` left for after it had
 * exited (see src/integrations/postbuild.ts; scripts/build.ts runs them this way, in order, in
 * one process): a site's font subsets, then its search index. Prints what it did as the integration would have;
 * exits 1, saying why, if the job fails.
 */
import { readFileSync } from 'node:fs';
import { subsetSiteFonts } from 'astro-shaped-subset';
import { indexSite } from '../src/integrations/pagefind';
import type { PostbuildJob } from '../src/integrations/postbuild';
import { zoneSwitcherLateText } from '../src/integrations/zoneSwitcherLateText';

const files = process.argv.slice(2);
if (!files.length) {
	console.error('Usage: tsx scripts/postbuild.ts <job.json> … (jobs astro build wrote)');
	process.exit(2);
}
const time = () => new Date().toTimeString().slice(0, 8);
// One process for all the jobs, in order: Node's start and these imports are paid once (about
// 0.5 s a process here). What the font work held is not all given back before Pagefind's indexer
// (a process of its own) runs: a cold build of 1,000 stories peaked at 1,650 MiB, all processes
// together, against 1,545 MiB with a process a job (docs/BENCHMARKS.md), within issue 24's
// 1.25 × bare Astro.
for (const file of files) {
	const job = JSON.parse(readFileSync(file, 'utf8')) as PostbuildJob;
	const label = `[somoyrekha:${job.kind}]`;
	try {
		const done =
			job.kind === 'font-subset'
				? // The one option astro.config.mjs gives the integration that is not data.
					await subsetSiteFonts(job.job, { lateTextOf: zoneSwitcherLateText })
				: await indexSite(job.job);
		console.log(`${time()} ${label} ${done}`);
	} catch (error) {
		console.error(`${time()} ${label} failed:`, error);
		process.exitCode = 1;
		break;
	}
}
