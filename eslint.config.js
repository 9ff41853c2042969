// One place for the code rules. Formatting is Prettier's job (.prettierrc.json); this file
// checks what a formatter cannot: types, unsafe patterns, import order, Astro mistakes.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.dist-*/',
			'.astro/',
			'.bench/',
			'node_modules/',
			'content/',
			'templates/',
			'tests/fixtures/',
			'tests/.tmp/',
			'test-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
		plugins: { 'simple-import-sort': simpleImportSort },
		rules: {
			// The layout comes before components: in .astro files import order is stylesheet order.
			'simple-import-sort/imports': [
				'error',
				{ groups: [['^\\u0000'], ['^node:'], ['^@?\\w'], ['^#layouts/'], ['^#'], ['^\\.']] },
			],
			'simple-import-sort/exports': 'error',
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			eqeqeq: ['error', 'always'],
			'no-console': 'off',
		},
	},
	{
		// Code that runs in the browser.
		files: ['src/islands/**', 'src/scripts/**'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		files: ['**/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
);
