// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * date-fns-tz's and date-fns's index files load all of date-fns (over a thousand modules): about
 * 3 s of every process that imports them on this machine (the build, the story check, each test
 * file). Import each function from its own path instead, e.g. 'date-fns-tz/fromZonedTime'.
 * date-fns-tz's format and formatInTimeZone load that index too (for zone names); word times
 * with src/lib/time/zonedClock.ts, or date-fns/format on toZonedTime.
 */
const DATE_FNS_INDEX = {
	regex: '^date-fns(-tz)?$|^date-fns-tz/(format|formatInTimeZone)$',
	message:
		"Import the function's own path (e.g. 'date-fns-tz/fromZonedTime'): the index loads all of date-fns, ~3 s a process. For wording a time see src/lib/time/zonedClock.ts.",
};

export default tseslint.config(
	{
		ignores: [
			'dist',
			'dist/',
			'dist-*/',
			'test-results/',
			'.astro/',
			'.build-cache/',
			'node_modules/',
			'coverage/',
		],
	},
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
	},
	...eslintPluginAstro.configs.recommended,
	{
		// Tests may use formatInTimeZone as an oracle.
		files: ['src/**', 'scripts/**', 'packages/**', '*.mjs'],
		rules: { 'no-restricted-imports': ['error', { patterns: [DATE_FNS_INDEX] }] },
	},
	{
		// typescript-eslint cannot type .astro templates; `astro check` type-checks them instead.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { parser: tseslint.parser, projectService: false } },
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Imports of .astro components type as `any` outside Astro's own checker.
		files: ['tests/components/**/*.ts'],
		rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
	},
	{
		// The time modules run in the browser too (the zone switcher's script): no Node built-ins.
		files: ['src/lib/time/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						DATE_FNS_INDEX,
						{
							regex: '^node:',
							message: 'src/lib/time/ is browser-safe: it may not import Node built-ins.',
						},
					],
				},
			],
		},
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
);
