import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../scripts/build';

describe('npm run build arguments', () => {
	it('keeps --outDir for the staging swap, in both spellings, and passes the rest to astro build', () => {
		expect(parseBuildArgs(['--outDir=site', '--skip-check', '--force'])).toEqual({
			outDir: 'site',
			skipCheck: true,
			astroArgs: ['--force'],
		});
		expect(parseBuildArgs(['--outDir', 'site', '--mode', 'production'])).toEqual({
			outDir: 'site',
			skipCheck: false,
			astroArgs: ['--mode', 'production'],
		});
		expect(parseBuildArgs([])).toEqual({ outDir: undefined, skipCheck: false, astroArgs: [] });
	});
});
