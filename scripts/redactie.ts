/**
 * `npm run redactie`: the editor at /admin/ on an editor's own computer. Serves the built site
 * (as `npm run preview`) and starts Decap CMS's local server (decap-server), which writes the
 * changes straight into the content files of this repository. Nothing goes to GitHub or GitLab:
 * the editor commits the changes afterwards, or lets `npm run check` look at them first.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

import { LOCAL_BACKEND_URL } from '#lib/cms/decap-config.ts';
import { repositoryRoot } from '#lib/cms/repository.ts';

import { CONTENT_OPTION, useContentFolder } from './cli/content.ts';
import { parseCommandLine } from './cli/options.ts';
import { siteServer } from './serve/site-server.ts';

const { values } = parseCommandLine({
	usage: 'npm run redactie -- [--content <map>] [--site <map>]',
	options: {
		content: CONTENT_OPTION,
		site: { type: 'string', value: '<map>', description: 'de gebouwde site (standaard: dist)' },
	},
	more: 'Opent de redactieomgeving op uw eigen computer. Wijzigingen komen direct in de bestanden. Uitleg: docs/redactieomgeving.md.',
});
const content = useContentFolder(values.content);
const site = resolve(values.site ?? 'dist');
const shownSite = relative(process.cwd(), site) || '.';
if (!existsSync(join(site, 'admin', 'config.yml'))) {
	console.error(
		`In ${shownSite} staat geen redactieomgeving. Zet een blok redactie in portaal.yaml (zie docs/redactieomgeving.md) en bouw de site met npm run build.`,
	);
	process.exit(1);
}

const PORT = 4321;
const editorPort = new URL(LOCAL_BACKEND_URL).port;
const decapServer = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
const backend = spawn(process.execPath, [decapServer], {
	env: { ...process.env, GIT_REPO_DIRECTORY: repositoryRoot(content), PORT: editorPort },
	stdio: ['ignore', 'ignore', 'pipe'],
});
backend.stderr.on('data', (chunk: Buffer) => {
	if (chunk.toString().includes('EADDRINUSE'))
		console.error(`Poort ${editorPort} is al in gebruik. Stop het andere programma en probeer het opnieuw.`);
});
backend.on('exit', (code) => {
	if (code) process.exit(1);
});

const server = siteServer(site);
server.on('error', (error: NodeJS.ErrnoException) => {
	console.error(
		error.code === 'EADDRINUSE'
			? `Poort ${PORT} is al in gebruik. Stop het andere programma (bijvoorbeeld npm run preview) en probeer het opnieuw.`
			: `De redactieomgeving kan niet starten: ${error.message}`,
	);
	backend.kill();
	process.exit(1);
});
server.listen(PORT, '127.0.0.1', () =>
	console.log(
		`De redactieomgeving staat klaar op http://localhost:${PORT}/admin/ . Klik daar op Inloggen.\nWijzigingen komen direct in ${relative(process.cwd(), content) || '.'}. Controleer ze met npm run check. Stoppen met Ctrl-C.`,
	),
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => {
		backend.kill();
		process.exit(0);
	});
