/**
 * `npm run import:adressen -- --adressen pc6hnr20250801_gwb.csv [--straten straten.csv]`: reads
 * the CBS table "buurt, wijk en gemeente voor postcode en huisnummer" (and optionally a street
 * file) and writes content/adressen/adressen.csv. See docs/importeren.md, "Adressen importeren
 * (zoek uw buurt)".
 */
import { CONTENT_OPTION, useContentFolder } from './cli/content.ts';
import { type CommandSpec, parseCommandLine, stopWithUsage } from './cli/options.ts';
import { stopWithProblems } from './import/cli.ts';

const HELP = 'docs/importeren.md, bij "Adressen importeren (zoek uw buurt)"';

const COMMAND = {
	usage: `npm run import:adressen -- --adressen pc6hnr20250801_gwb.csv [--straten straten.csv]
      [--content <map>] [--proef]`,
	options: {
		adressen: {
			type: 'string',
			value: '<bestand>',
			description: 'het CBS-bestand "buurt, wijk en gemeente voor postcode en huisnummer" (CSV)',
		},
		straten: {
			type: 'string',
			value: '<bestand>',
			description: 'de straatnamen: reeksen (straat;postcode;huisnummer van;huisnummer tot) of een BAG-export',
		},
		content: CONTENT_OPTION,
		proef: { type: 'boolean', description: 'controleert alles zonder iets te schrijven' },
	},
	more: `Uitleg staat in ${HELP}.`,
} as const satisfies CommandSpec;

const { values } = parseCommandLine(COMMAND);
if (!values.adressen)
	stopWithUsage(
		COMMAND,
		'Geef met --adressen het CBS-bestand met de buurt van elke postcode en elk huisnummer op, bijvoorbeeld --adressen pc6hnr20250801_gwb.csv.',
	);
const folder = useContentFolder(values.content);

const { runAddressImport } = await import('#lib/adressen/import/run.ts');
const result = await runAddressImport({
	adressen: values.adressen,
	straten: values.straten,
	contentDir: folder,
	proef: values.proef,
});
if (!result.ok) stopWithProblems(result, HELP);
console.log(
	values.proef
		? `Proef geslaagd: de bestanden zijn in orde. Er is niets geschreven (zonder --proef komen de adressen in ${result.written}).`
		: `De adressen staan in ${result.written}.`,
);
for (const line of result.summary) console.log(`- ${line}`);
if (result.notes.length) {
	console.log('\nLet op:');
	for (const line of result.notes) console.log(`- ${line}`);
}
