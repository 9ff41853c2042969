/**
 * A bare Astro project for comparison: one dynamic route that makes the given number of
 * trivial pages (a title and a paragraph each). It lives inside the repository, so it
 * uses the repository's own `astro` from node_modules.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareProject(dir: string, pages: number): void {
	if (!Number.isInteger(pages) || pages < 1)
		throw new Error(`aantal pagina's ${pages} moet een heel getal van 1 of meer zijn.`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
	writeFileSync(
		join(dir, 'package.json'),
		`${JSON.stringify({ name: 'kale-astro-build', private: true, type: 'module' }, null, '\t')}\n`,
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		[
			"import { defineConfig } from 'astro/config';",
			'',
			'// Kale Astro-build voor de prestatietest (npm run bench).',
			"export default defineConfig({ cacheDir: './.cache', devToolbar: { enabled: false } });",
			'',
		].join('\n'),
	);
	// getStaticPaths runs in its own scope, so the number of pages is written into it.
	writeFileSync(
		join(dir, 'src', 'pages', '[...p].astro'),
		[
			'---',
			"import type { GetStaticPaths } from 'astro';",
			'',
			'export const getStaticPaths = (() =>',
			`\tArray.from({ length: ${pages} }, (_, i) => ({ params: { p: \`pagina/\${i + 1}\` }, props: { nummer: i + 1 } }))) satisfies GetStaticPaths;`,
			'',
			'interface Props {',
			'\tnummer: number;',
			'}',
			'const { nummer } = Astro.props;',
			'---',
			'<html lang="nl">',
			'\t<head>',
			'\t\t<meta charset="utf-8" />',
			'\t\t<title>Pagina {nummer}</title>',
			'\t</head>',
			'\t<body>',
			'\t\t<h1>Pagina {nummer}</h1>',
			`\t\t<p>Dit is pagina {nummer} van ${pages} van de kale Astro-build.</p>`,
			'\t</body>',
			'</html>',
			'',
		].join('\n'),
	);
}
