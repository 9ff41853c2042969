/**
 * Shared command line of the importers:
 *   npm run import:<soort> -- --bestand <bestand> --koppeling <koppeling.yaml> [--jaar 2023] [--content <map>] [--proef] [--vervang]
 */
import type { ImportFormat } from '#lib/wijkkompas/import/run.ts';
import { CONTENT_OPTION, reportProblems, useContentFolder } from '#scripts/cli/content.ts';
import { type CommandSpec, parseCommandLine, stopWithUsage } from '#scripts/cli/options.ts';

const USAGE: Record<ImportFormat, string> = {
	cbs: 'npm run import:cbs -- --bestand kerncijfers-2017.csv --koppeling koppeling.yaml [--jaar 2017]',
	kwb: 'npm run import:kwb -- --bestand kwb-2023.xlsx --koppeling koppeling.yaml [--jaar 2023]',
	statline: 'npm run import:statline -- --bestand nabijheid-2023.csv --koppeling koppeling.yaml [--jaar 2023]',
	csv: 'npm run import:csv -- --bestand monitor.csv --koppeling koppeling.yaml',
};

const OPTIONS = {
	bestand: { type: 'string', value: '<bestand>', description: 'het bestand met de cijfers' },
	koppeling: {
		type: 'string',
		value: '<koppeling.yaml>',
		description: 'de koppeling die zegt welke kolom bij welke indicator hoort',
	},
	jaar: {
		type: 'string',
		value: '<jaar>',
		description: 'het jaar van de cijfers (alleen nodig als de koppeling meer jaren heeft)',
	},
	content: CONTENT_OPTION,
	proef: { type: 'boolean', description: 'controleert alles zonder iets te schrijven en toont het verschil' },
	vervang: {
		type: 'boolean',
		description: 'vervangt de cijfers van het jaar ook als daarbij meer dan 5% van de bestaande waarden verdwijnt',
	},
} as const;

const command = (format: ImportFormat): CommandSpec<typeof OPTIONS> => ({
	usage: USAGE[format],
	options: OPTIONS,
	more: 'Uitleg staat in docs/importeren.md.',
});

export async function importCli(format: ImportFormat, argv = process.argv.slice(2)): Promise<void> {
	const { values } = parseCommandLine(command(format), argv);
	if (!values.bestand) stopWithUsage(command(format), 'Geef met --bestand het bestand met de cijfers op.');
	if (!values.koppeling)
		stopWithUsage(
			command(format),
			'Geef met --koppeling de koppeling (YAML) op die zegt welke kolom bij welke indicator hoort.',
		);
	const folder = useContentFolder(values.content);

	// Loaded after the options are known: reading a portal takes a moment.
	const { runImport } = await import('#lib/wijkkompas/import/run.ts');
	const result = await runImport({
		format,
		bestand: values.bestand,
		koppeling: values.koppeling,
		jaar: values.jaar,
		contentDir: folder,
		proef: values.proef,
		vervang: values.vervang,
	});
	if (result.portalProblems) {
		reportProblems(result.portalProblems);
		console.error(
			'\nHet importeren is gestopt: los eerst deze problemen in het portaal op (controleer met npm run check). Er is niets geschreven.',
		);
		process.exit(1);
	}
	if (!result.ok) stopWithProblems(result, 'docs/importeren.md');
	console.log(
		values.proef
			? `Proef geslaagd: het bestand is in orde. Er is niets geschreven (zonder --proef komen de cijfers in ${result.written}).`
			: `De cijfers staan in ${result.written}. Ze zijn gecontroleerd zoals npm run check dat doet.`,
	);
	for (const line of result.summary) console.log(`- ${line}`);
}

/** Stops an importer that found mistakes in its input: every problem, and where the help is. */
export function stopWithProblems(result: { problemCount: number; problems: readonly string[] }, help: string): never {
	const n = result.problemCount === 1 ? '1 fout' : `${result.problemCount} fouten`;
	console.error(
		`Het importeren is gestopt. Er is niets geschreven. Er ${result.problemCount === 1 ? 'is' : 'zijn'} ${n} gevonden:\n`,
	);
	for (const line of result.problems) console.error(`- ${line}`);
	console.error(`\nVerbeter deze punten en probeer het opnieuw. Uitleg staat in ${help}.`);
	process.exit(1);
}
