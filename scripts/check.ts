/** `npm run check [-- --content <map>]`: checks all content without building the site. */
import { relative } from 'node:path';

import { loadContent } from '#lib/content/load.ts';

import { CONTENT_OPTION, reportProblems, useContentFolder } from './cli/content.ts';
import { reportEndedConsent } from './cli/ended-consent.ts';
import { reportOldEntries } from './cli/old-entries.ts';
import { parseCommandLine } from './cli/options.ts';

const { values } = parseCommandLine({
	usage: 'npm run check -- [--content <map>]',
	options: { content: CONTENT_OPTION },
	more: 'Controleert alle inhoud zonder de site te bouwen. Uitleg over elk veld staat in docs/redactie.md.',
});
const contentDir = useContentFolder(values.content);
const { problems, fileCount, content } = loadContent(contentDir);
reportEndedConsent(content);
reportOldEntries(content);
if (problems.length) {
	reportProblems(problems);
	process.exit(1);
}
console.log(
	`De inhoud in ${relative(process.cwd(), contentDir) || '.'} is in orde (${fileCount} bestanden gecontroleerd).`,
);
