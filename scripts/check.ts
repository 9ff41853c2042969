/** `npm run check [-- --content <map>]`: checks all content without building the site. */
import { relative } from 'node:path';

import { loadContent } from '#lib/content/load.ts';

import { readOptions, reportProblems } from './cli.ts';

const { contentDir } = readOptions();
const { problems, fileCount } = loadContent(contentDir);
if (problems.length) {
	reportProblems(problems);
	process.exit(1);
}
console.log(
	`De inhoud in ${relative(process.cwd(), contentDir) || '.'} is in orde (${fileCount} bestanden gecontroleerd).`,
);
