/**
 * `tsx scripts/postbuild.ts <job.json>`: runs one job that `astro build` left for after it had
 * exited (see src/integrations/postbuild.ts; scripts/build.ts runs each job this way, in order):
 * a site's font subsets, or its search index. Prints what it did as the integration would have;
 * exits 1, saying why, if the job fails.
 */
import { readFileSync } from 'node:fs';
import { subsetSiteFonts } from 'astro-shaped-subset';
import { indexSite } from '../src/integrations/pagefind';
import type { PostbuildJob } from '../src/integrations/postbuild';
import { zoneSwitcherLateText } from '../src/integrations/zoneSwitcherLateText';

const [file] = process.argv.slice(2);
if (!file) {
	console.error('Usage: tsx scripts/postbuild.ts <job.json> (a job astro build wrote)');
	process.exit(2);
}
const job = JSON.parse(readFileSync(file, 'utf8')) as PostbuildJob;
const label = `[somoyrekha:${job.kind}]`;
const time = () => new Date().toTimeString().slice(0, 8);
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
}
