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
			// Refusing control characters is part of keeping content safe: regexes match them on purpose.
			'no-control-regex': 'off',
			'no-console': 'off',
		},
	},
	{
		// Astro templates: the Astro parser cannot use the project service, and it cannot see the types of
		// JSX elements in templates, so every `.map(() => <li/>)` would read as an unsafe `error` value.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { projectService: false, project: true } },
		rules: {
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
		},
	},
	{
		// Code that runs in the browser.
		files: ['src/islands/**'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		// Build-time code never imports browser code: what both need lives in src/lib (pure). The one
		// way in is a component's <script> (linted as `<file>.astro/<n>_<n>.ts`), the island's entry.
		files: ['src/**', 'scripts/**'],
		ignores: ['src/islands/**', '**/*.astro/*'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							// A React island component (.tsx) is rendered on the server too: it may be imported by a component.
							regex: '^(#islands/|(.*/)?islands/)(?!.*\\.tsx$)',
							message:
								'Browser code (src/islands) is loaded only by a component <script>; move what build time needs to src/lib.',
						},
					],
				},
			],
		},
	},
	{
		files: ['**/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
);
