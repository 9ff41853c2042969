/**
 * The one option parser of every command in scripts/ (build, check, the importers, bench,
 * preview and the demo scripts). Each command describes its options once; this module
 * reads the command line, prints the usage for `--help` (exit 0), and answers a mistake on
 * the command line with one Dutch line that names the option, followed by the usage
 * (exit code MISUSE_EXIT_CODE). It never ends with a stack trace.
 */
import { parseArgs } from 'node:util';

/** Exit code of every command when its command line is wrong. */
export const MISUSE_EXIT_CODE = 1;

export type OptionSpec =
	| {
			type: 'string';
			/** What the value is, as shown in the usage: `<map>`, `<bestand>`, `<getal>`. */
			value: string;
			description: string;
	  }
	| { type: 'boolean'; description: string };

export interface PositionalSpec {
	/** As shown in the usage: `[map]`. */
	name: string;
	description: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
	/** How the command is called; one or more lines, e.g. `npm run check -- [--content <map>]`. */
	usage: string;
	options: O;
	/** The values a command takes without an option in front, in order; none by default. */
	positionals?: readonly PositionalSpec[];
	/** A last paragraph of the usage, e.g. where the documentation is. */
	more?: string;
}

export type OptionValues<O extends Record<string, OptionSpec>> = {
	[K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

export interface CommandLine<O extends Record<string, OptionSpec>> {
	values: OptionValues<O>;
	positionals: string[];
}

const HELP: OptionSpec = { type: 'boolean', description: 'toont deze uitleg' };

/** Reads the command line of `command`; stops the command on `--help` or on a mistake. */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
	command: CommandSpec<O>,
	argv: readonly string[] = process.argv.slice(2),
): CommandLine<O> {
	const result = readCommandLine(command, argv);
	if (result.kind === 'help') {
		console.log(usageText(command));
		process.exit(0);
	}
	if (result.kind === 'problem') stopWithUsage(command, result.problem);
	return result.line;
}

export type ReadResult<O extends Record<string, OptionSpec>> =
	{ kind: 'ok'; line: CommandLine<O> } | { kind: 'help' } | { kind: 'problem'; problem: string };

/** What the command line asks for, without printing or exiting (the part the tests call). */
export function readCommandLine<O extends Record<string, OptionSpec>>(
	command: CommandSpec<O>,
	argv: readonly string[],
): ReadResult<O> {
	const { tokens } = parseArgs({
		args: [...argv],
		// The types tell parseArgs which options take the next argument as their value.
		options: {
			...Object.fromEntries(Object.entries(command.options).map(([name, spec]) => [name, { type: spec.type }])),
			help: { type: 'boolean', short: 'h' },
		},
		strict: false,
		allowPositionals: true,
		tokens: true,
	});
	const allowed = command.positionals ?? [];
	const values: Record<string, string | boolean> = {};
	const positionals: string[] = [];
	// Help wins over any mistake: whoever asks for it gets the usage.
	if (tokens.some((t) => t.kind === 'option' && (t.rawName === '--help' || t.rawName === '-h')))
		return { kind: 'help' };
	for (const token of tokens) {
		if (token.kind === 'option-terminator') continue;
		if (token.kind === 'positional') {
			if (positionals.length >= allowed.length)
				return { kind: 'problem', problem: positionalProblem(token.value, allowed) };
			positionals.push(token.value);
			continue;
		}
		const spec =
			token.rawName.startsWith('--') && Object.hasOwn(command.options, token.name)
				? command.options[token.name]
				: undefined;
		if (!spec) return { kind: 'problem', problem: `De optie ${token.rawName} bestaat niet. Controleer de spelling.` };
		if (spec.type === 'boolean') {
			if (token.value !== undefined)
				return {
					kind: 'problem',
					problem: `De optie ${token.rawName} krijgt geen waarde. Schrijf alleen ${token.rawName}, zonder '=${token.value}'.`,
				};
			values[token.name] = true;
			continue;
		}
		// Without a value, parseArgs takes the next option as the value: `--bestand --proef`.
		const value = token.value;
		if (value === undefined || value === '' || (!token.inlineValue && /^--?[^\d.,-]/.test(value)))
			return {
				kind: 'problem',
				problem: `Achter ${token.rawName} hoort een waarde: ${token.rawName} ${spec.value}.`,
			};
		values[token.name] = value;
	}
	return { kind: 'ok', line: { values: values as OptionValues<O>, positionals } };
}

function positionalProblem(value: string, allowed: readonly PositionalSpec[]): string {
	if (allowed.length)
		return `'${value}' is te veel: na ${allowed.map((p) => p.name).join(' en ')} hoort niets meer, behalve opties die met -- beginnen.`;
	return `'${value}' is geen optie. Zet de juiste optie ervoor (zie hieronder), en zet een naam met spaties tussen aanhalingstekens.`;
}

/** The usage of a command, as `--help` prints it. */
export function usageText(command: CommandSpec): string {
	const rows: [string, string][] = [
		...(command.positionals ?? []).map((p): [string, string] => [p.name, p.description]),
		...Object.entries(command.options).map(([name, spec]): [string, string] => [
			spec.type === 'string' ? `--${name} ${spec.value}` : `--${name}`,
			spec.description,
		]),
		['--help', HELP.description],
	];
	const width = Math.max(...rows.map(([left]) => left.length));
	const list = rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
	const usage = command.usage
		.split('\n')
		.map((line) => `  ${line}`)
		.join('\n');
	return `Gebruik:\n${usage}\n\n${command.positionals?.length ? 'Waarden en opties' : 'Opties'}:\n${list}${command.more ? `\n\n${command.more}` : ''}`;
}

/** Stops a command whose command line is wrong: the problem in one line, then the usage. */
export function stopWithUsage(command: CommandSpec, problem: string): never {
	console.error(`${problem}\n\n${usageText(command)}`);
	process.exit(MISUSE_EXIT_CODE);
}
