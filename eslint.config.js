// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

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
