/**
 * Shared command line of the importers:
 *   npm run import:<soort> -- --bestand <bestand> --koppeling <koppeling.yaml> [--jaar 2023] [--content <map>] [--proef]
 */
import { parseArgs } from 'node:util';

import { CONTENT_ENV, contentDir } from '#lib/content/content-dir.ts';
import type { ImportFormat } from '#lib/wijkkompas/import/run.ts';
import { reportProblems } from '#scripts/cli.ts';

const USAGE: Record<ImportFormat, string> = {
	cbs: 'npm run import:cbs -- --bestand kerncijfers-2017.csv --koppeling koppeling.yaml [--jaar 2017]',
	kwb: 'npm run import:kwb -- --bestand kwb-2023.xlsx --koppeling koppeling.yaml [--jaar 2023]',
	statline: 'npm run import:statline -- --bestand nabijheid-2023.csv --koppeling koppeling.yaml [--jaar 2023]',
	csv: 'npm run import:csv -- --bestand monitor.csv --koppeling koppeling.yaml',
};

function usage(format: ImportFormat, problem: string): never {
	console.error(
		`${problem}\n\nGebruik:\n  ${USAGE[format]}\n\nMet --content <map> kiest u een andere contentmap; met --proef controleert u alles zonder iets te schrijven. Uitleg staat in docs/importeren.md.`,
	);
	process.exit(1);
}

export async function importCli(format: ImportFormat, argv = process.argv.slice(2)): Promise<void> {
	let values: { bestand?: string; koppeling?: string; jaar?: string; content?: string; proef?: boolean };
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				bestand: { type: 'string' },
				koppeling: { type: 'string' },
				jaar: { type: 'string' },
				content: { type: 'string' },
				proef: { type: 'boolean' },
			},
			allowPositionals: false,
			strict: true,
		}));
	} catch (error) {
		usage(
			format,
			optionProblem(error, { value: 'een bestandsnaam of een jaartal', options: '--bestand of --koppeling' }),
		);
	}
	if (!values.bestand) usage(format, 'Geef met --bestand het bestand met de cijfers op.');
	if (!values.koppeling)
		usage(format, 'Geef met --koppeling de koppeling (YAML) op die zegt welke kolom bij welke indicator hoort.');
	if (values.content) process.env[CONTENT_ENV] = values.content;

	// Loaded after the options are known: reading a portal takes a moment.
	const { runImport } = await import('#lib/wijkkompas/import/run.ts');
	const result = await runImport({
		format,
		bestand: values.bestand,
		koppeling: values.koppeling,
		jaar: values.jaar,
		contentDir: contentDir(),
		proef: values.proef,
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

/** What is wrong with the options on the command line, in Dutch, from an error of node:util parseArgs. */
export function optionProblem(error: unknown, hints: { value: string; options: string }): string {
	const { code, message } = error as { code?: string; message: string };
	const quoted = /'([^' ]+)/.exec(message)?.[1] ?? '';
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `De optie ${quoted} bestaat niet. Controleer de spelling.`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return `Achter ${quoted} hoort een waarde, bijvoorbeeld ${hints.value}.`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `'${quoted}' is geen optie. Zet ${hints.options} ervoor, en zet een naam met spaties tussen aanhalingstekens.`;
		default:
			return 'De opties kloppen niet.';
	}
}
