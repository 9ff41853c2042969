/**
 * `npm run import:geo -- --gemeente GM0344 --wijken <bestand> --buurten <bestand>`: imports the
 * boundaries of a gemeente's wijken and buurten (GeoJSON or TopoJSON, WGS84 or RD New) into
 * content/geo/gebieden.topojson. See docs/importeren.md, "Grenzen importeren (kaarten)".
 */
import { CONTENT_OPTION, useContentFolder } from './cli/content.ts';
import { type CommandSpec, parseCommandLine, stopWithUsage } from './cli/options.ts';
import { stopWithProblems } from './import/cli.ts';

const file = (description: string) => ({ type: 'string', value: '<bestand>', description }) as const;

const COMMAND = {
	usage: `npm run import:geo -- --gemeente GM0344 --wijken wijken.geojson --buurten buurten.geojson
      [--gemeenten gemeenten.geojson] [--koppeling koppeling.yaml] [--projectie EPSG:28992]
      [--bron "CBS, Kadaster"] [--licentie "CC BY 4.0"] [--detail 6] [--content <map>] [--proef]`,
	options: {
		gemeente: { type: 'string', value: '<code>', description: 'de CBS-code van de gemeente, bijvoorbeeld GM0344' },
		wijken: file('de grenzen van de wijken (GeoJSON of TopoJSON)'),
		buurten: file('de grenzen van de buurten (GeoJSON of TopoJSON)'),
		gemeenten: file('de gemeentegrens (mag weg; dan uit de wijken samengesteld)'),
		koppeling: file('de koppeling (YAML) voor een eigen bestand van de gemeente'),
		projectie: {
			type: 'string',
			value: '<stelsel>',
			description: 'het coördinatenstelsel, als het programma dat niet zelf vindt',
		},
		bron: { type: 'string', value: '<tekst>', description: 'waar de grenzen vandaan komen (staat onder de kaarten)' },
		licentie: { type: 'string', value: '<tekst>', description: 'de licentie van de grenzen (staat onder de kaarten)' },
		detail: { type: 'string', value: '<getal>', description: 'hoe precies de grenzen blijven, in meters' },
		content: CONTENT_OPTION,
		proef: { type: 'boolean', description: 'controleert alles zonder iets te schrijven' },
	},
	more: 'Uitleg staat in docs/importeren.md, bij "Grenzen importeren (kaarten)".',
} as const satisfies CommandSpec;

const { values } = parseCommandLine(COMMAND);
if (!values.gemeente)
	stopWithUsage(COMMAND, 'Geef met --gemeente de CBS-code van de gemeente op, bijvoorbeeld --gemeente GM0344.');
if (!values.wijken)
	stopWithUsage(COMMAND, 'Geef met --wijken het bestand met de grenzen van de wijken op (GeoJSON of TopoJSON).');
if (!values.buurten)
	stopWithUsage(COMMAND, 'Geef met --buurten het bestand met de grenzen van de buurten op (GeoJSON of TopoJSON).');
const folder = useContentFolder(values.content);

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
	contentDir: folder,
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
