import { defineConfig } from 'vitest/config';

/** The package's own tests: no site, no build. */
export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		testTimeout: 60_000,
		// The WOFF2 tests encode four whole fonts at Brotli quality 11 with both encoders first.
		hookTimeout: 180_000,
	},
});
