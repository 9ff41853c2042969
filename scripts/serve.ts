/**
 * `npm run preview`: serves the built portal on localhost, as a host would: static files,
 * the portal's own 404 page for unknown addresses, and a strict Content-Security-Policy header.
 * Also used by the browser tests. Usage: node scripts/serve.ts [map] [poort]
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { parseCommandLine, stopWithUsage } from './cli/options.ts';
import { siteServer } from './serve/site-server.ts';

const COMMAND = {
	usage: 'npm run preview\nnode scripts/serve.ts [map] [poort]',
	options: {},
	positionals: [
		{ name: '[map]', description: 'de gebouwde site (standaard: dist)' },
		{ name: '[poort]', description: 'de poort op 127.0.0.1 (standaard: 4321)' },
	],
	more: 'Toont de gebouwde site op uw eigen computer, zoals een webserver dat doet. Stoppen doet u met Ctrl-C.',
};
const { positionals } = parseCommandLine(COMMAND);
const dir = resolve(positionals[0] ?? 'dist');
const port = Number(positionals[1] ?? 4321);
if (!/^\d{1,5}$/.test(positionals[1] ?? '4321') || port > 65535)
	stopWithUsage(
		COMMAND,
		`'${positionals[1]}' is geen poort. Geef een getal van 0 tot en met 65535, bijvoorbeeld 4321.`,
	);
const shown = relative(process.cwd(), dir) || '.';
if (!existsSync(join(dir, '404.html'))) {
	console.error(`In ${shown} staat geen gebouwde site. Bouw de site eerst met npm run build.`);
	process.exit(1);
}
const server = siteServer(dir);
server.on('error', (error: NodeJS.ErrnoException) => {
	console.error(
		error.code === 'EADDRINUSE'
			? `Poort ${port} is al in gebruik. Stop het andere programma of kies een andere poort: node scripts/serve.ts ${shown} 4322.`
			: `De site kan niet worden getoond: ${error.message}`,
	);
	process.exit(1);
});
server.listen(port, '127.0.0.1', () =>
	console.log(`De site in ${shown} is te zien op http://127.0.0.1:${port}/ (stoppen met Ctrl-C).`),
);
