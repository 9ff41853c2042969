/**
 * `npm run import:geo -- --gemeente GM0344 --wijken <bestand> --buurten <bestand>`: imports the
 * boundaries of a gemeente's wijken and buurten (GeoJSON or TopoJSON, WGS84 or RD New) into
 * content/geo/gebieden.topojson. See docs/importeren.md, "Grenzen importeren (kaarten)".
 */
import { parseArgs } from 'node:util';

import { CONTENT_ENV, contentDir } from '#lib/content/content-dir.ts';

import { optionProblem, stopWithProblems } from './import/cli.ts';

const USAGE = `npm run import:geo -- --gemeente GM0344 --wijken wijken.geojson --buurten buurten.geojson
      [--gemeenten gemeenten.geojson] [--koppeling koppeling.yaml] [--projectie EPSG:28992]
      [--bron "CBS, Kadaster"] [--licentie "CC BY 4.0"] [--detail 6] [--content <map>] [--proef]`;

function usage(problem: string): never {
	console.error(
		`${problem}\n\nGebruik:\n  ${USAGE}\n\nMet --content <map> kiest u een andere contentmap; met --proef controleert u alles zonder iets te schrijven. Uitleg staat in docs/importeren.md, bij "Grenzen importeren (kaarten)".`,
	);
	process.exit(1);
}

const OPTIONS = {
	gemeente: { type: 'string' },
	wijken: { type: 'string' },
	buurten: { type: 'string' },
	gemeenten: { type: 'string' },
	koppeling: { type: 'string' },
	projectie: { type: 'string' },
	bron: { type: 'string' },
	licentie: { type: 'string' },
	detail: { type: 'string' },
	content: { type: 'string' },
	proef: { type: 'boolean' },
} as const;

let values: { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };
try {
	({ values } = parseArgs({ args: process.argv.slice(2), options: OPTIONS, allowPositionals: false, strict: true }));
} catch (error) {
	usage(optionProblem(error, { value: 'een bestandsnaam of een code', options: '--wijken of --buurten' }));
}
if (!values.gemeente) usage('Geef met --gemeente de CBS-code van de gemeente op, bijvoorbeeld --gemeente GM0344.');
if (!values.wijken) usage('Geef met --wijken het bestand met de grenzen van de wijken op (GeoJSON of TopoJSON).');
if (!values.buurten) usage('Geef met --buurten het bestand met de grenzen van de buurten op (GeoJSON of TopoJSON).');
if (values.content) process.env[CONTENT_ENV] = values.content;

const { runGeoImport } = await import('#lib/geo/import/run.ts');
const result = runGeoImport({
	gemeente: values.gemeente,
	wijken: values.wijken,
	buurten: values.buurten,
	gemeenten: values.gemeenten,
	koppeling: values.koppeling,
	projectie: values.projectie,
	bron: values.bron,
	licentie: values.licentie,
	detail: values.detail,
	contentDir: contentDir(),
	proef: values.proef,
});
if (!result.ok) stopWithProblems(result, 'docs/importeren.md, bij "Grenzen importeren (kaarten)"');
console.log(
	values.proef
		? `Proef geslaagd: de bestanden zijn in orde. Er is niets geschreven (zonder --proef komen de grenzen in ${result.written}).`
		: `De grenzen staan in ${result.written}.`,
);
for (const line of result.summary) console.log(`- ${line}`);
if (result.notes.length) {
	console.log('\nLet op:');
	for (const line of result.notes) console.log(`- ${line}`);
}
