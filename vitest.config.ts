/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// Astro's Vite config, so component tests can import .astro files and `astro:content`.
export default getViteConfig({
	test: {
		globalSetup: ['./tests/globalSetup.ts'],
		include: ['tests/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
	},
});
