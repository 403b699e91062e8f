import { defineConfig } from 'vitest/config';

/** The package's own tests: no site, no build. */
export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		testTimeout: 60_000,
	},
});
