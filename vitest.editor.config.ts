import { defineConfig } from 'vitest/config';

// The editor tools' tests need no built site: `npx vitest run -c vitest.editor.config.ts` runs
// them without the global build that vitest.config.ts does first.
export default defineConfig({
	test: {
		include: ['tests/editor/**/*.test.ts'],
		exclude: ['tests/editor/devPreview.test.ts'],
		testTimeout: 60_000,
	},
});
