/**
 * The text of a new content file, made from the schema (`npm run nieuw`, scripts/nieuw.ts):
 * every top-level field in schema order, each with a comment line that explains it. Known
 * values are filled in, required fields are left empty (so `npm run check` names them),
 * optional fields are commented out with an example. Pure: no files, no clock.
 */
import { stringify } from 'yaml';

import { shortenSlug, slugify } from '#lib/site/slug.ts';

import type { ContentKindInfo } from './content-kinds.ts';
import type { SchemaField } from './schema-fields.ts';

/** A value a new file starts with, whatever its kind: today's date, or a fixed value. */
type StartValue = { today: true } | { value: string } | { written: true };

/**
 * Start values by field path, for every kind: dates that mean "made today", choices with an
 * obvious first value, and optional fields that a new file needs anyway (`written`: shown as
 * an empty group, because the check asks for it while the item is new).
 */
const START_VALUES: Readonly<Record<string, StartValue>> = {
	toegevoegd: { today: true },
	gewijzigd: { today: true },
	datum: { today: true },
	gecontroleerd: { today: true },
	bijgewerkt: { today: true },
	'datums.idee opgehaald': { today: true },
	status: { value: 'idee' },
	stap: { value: 'idee opgehaald' },
	volgendeStap: { written: true },
};

/** Longest file name made from a titel, without extension. */
export const MAX_FILE_NAME = 60;

export interface NewFileInput {
	info: ContentKindInfo;
	fields: readonly SchemaField[];
	/** Values known beforehand, by field name: the titel (or naam), the wijk. */
	values: Readonly<Record<string, string>>;
	/** Today in the Netherlands, JJJJ-MM-DD. */
	today: string;
}

export interface NewFile {
	text: string;
	/** Required fields the editor still has to fill in, as dotted paths ("volgendeStap.wat"). */
	toFill: string[];
	/** Whether the text under the front matter is required too. */
	bodyRequired: boolean;
}

/** The field that holds the name of an entry: its titleField, else `titel` when the schema has one. */
export function titleFieldOf(info: ContentKindInfo, fields: readonly SchemaField[]): string | undefined {
	const name = info.titleField ?? 'titel';
	return fields.some((f) => f.name === name) ? name : undefined;
}

/** The text of a new file of `info.kind`. */
export function newFile({ info, fields, values, today }: NewFileInput): NewFile {
	const toFill: string[] = [];
	const lines: string[] = [
		'# Regels met # zijn uitleg. Een veld met # ervoor is niet verplicht. Vult u het in,',
		'# haal dan het hekje en de spatie erna (# ) weg. Controleer het bestand met: npm run check',
	];
	for (const field of fields) {
		lines.push(`# ${describe(field, isWritten(field.name))}`);
		lines.push(...writeField(field, '', field.name, { values, today, toFill }));
	}
	if (info.extension === 'yaml') return { text: `${lines.join('\n')}\n`, toFill, bodyRequired: false };
	const body = info.body;
	if (body) {
		lines.push(
			`# ${body.label}: ${body.hint} Schrijf deze tekst onder de streepjes hieronder.${body.required ? ' Dit is verplicht.' : ' Dit mag ook leeg blijven.'}`,
		);
	}
	return { text: `---\n${lines.join('\n')}\n---\n`, toFill, bodyRequired: body?.required ?? false };
}

interface Context {
	values: Readonly<Record<string, string>>;
	today: string;
	toFill: string[];
}

/** One line of explanation: the help text (or label, or name) and how to write the value. */
export function describe(field: SchemaField, written = false): string {
	const text = oneLine(field.hint ?? field.label ?? field.name);
	const parts = [text];
	if (field.kind === 'keuze' && field.options?.length && !text.includes('Kies uit'))
		parts.push(`Kies uit: ${field.options.join(', ')}.`);
	if (field.kind === 'datum' && !text.includes('JJJJ-MM-DD')) parts.push('Schrijf de datum als JJJJ-MM-DD.');
	if (field.kind === 'datumTijd' && !text.includes('JJJJ-MM-DD'))
		parts.push('Schrijf datum en tijd als JJJJ-MM-DD UU:MM.');
	if (field.format === 'locatie' && !text.includes('breedtegraad'))
		parts.push('Schrijf breedtegraad en lengtegraad, bijvoorbeeld "52.0907, 5.1214".');
	if (!field.required && !written) parts.push('Niet verplicht.');
	return parts.map((p) => (/[.!?:]$/.test(p) ? p : `${p}.`)).join(' ');
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A scalar as YAML writes it: quoted when it would otherwise be read differently. */
export function yamlScalar(value: string | number | boolean): string {
	return stringify(value, { lineWidth: 0 }).trimEnd();
}

function startValue(path: string, field: SchemaField, context: Context): string | undefined {
	const known = context.values[path];
	if (known !== undefined) return known;
	const start = START_VALUES[path];
	if (!start || 'written' in start) return undefined;
	if ('today' in start) return field.kind === 'datum' ? context.today : undefined;
	if (field.kind === 'keuze' && !field.options?.includes(start.value)) return undefined;
	return start.value;
}

/** The lines of one field that is written (not commented out). */
function writeField(field: SchemaField, indent: string, path: string, context: Context): string[] {
	const value = startValue(path, field, context);
	if (value !== undefined) return [`${indent}${key(field.name)}: ${yamlScalar(value)}`];
	if (!field.required && !isWritten(path)) return example(field, indent, context.today);
	if (field.kind === 'groep' && field.fields?.some((f) => f.required || isStarted(`${path}.${f.name}`, f, context))) {
		const lines = [`${indent}${key(field.name)}:`];
		for (const child of field.fields) {
			const childPath = `${path}.${child.name}`;
			if (child.hint || child.label) lines.push(`${indent}  # ${describe(child)}`);
			lines.push(...writeField(child, `${indent}  `, childPath, context));
		}
		return lines;
	}
	// Required and empty: the check names it. Lists and groups show their shape below, commented out.
	context.toFill.push(path);
	const lines = [`${indent}${key(field.name)}:`];
	if (field.kind === 'groep')
		for (const child of field.fields ?? []) lines.push(...example(child, `${indent}  `, context.today));
	if ((field.kind === 'lijst' || field.kind === 'tabel') && field.item)
		lines.push(...plainEntry(field, context.today).map((line) => `${indent}  # ${line}`));
	return lines;
}

function isWritten(path: string): boolean {
	const start = START_VALUES[path];
	return start !== undefined && 'written' in start;
}

function isStarted(path: string, field: SchemaField, context: Context): boolean {
	return startValue(path, field, context) !== undefined;
}

/** A field name as a YAML key: quoted when it has spaces or other special characters. */
function key(name: string): string {
	return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : yamlScalar(name);
}

/**
 * A field written as an example and commented out at `indent`: removing "# " from each line
 * (the hash and the space after it) gives a valid field.
 */
function example(field: SchemaField, indent: string, today: string): string[] {
	return plainExample(field, today).map((line) => `${indent}# ${line}`);
}

/** The example lines of a field, not commented out, indented from column 0. */
function plainExample(field: SchemaField, today: string): string[] {
	const head = `${key(field.name)}:`;
	if (field.kind === 'groep')
		return [head, ...(field.fields ?? []).flatMap((child) => indented(plainExample(child, today)))];
	if ((field.kind === 'lijst' || field.kind === 'tabel') && field.item)
		return [head, ...indented(plainEntry(field, today))];
	return [`${head} ${exampleValue(field, today)}`];
}

/** One example entry of a list (`- …`) or a table (`naam: …`), not commented out. */
function plainEntry(field: SchemaField, today: string): string[] {
	const item = field.item!;
	const lead = field.kind === 'lijst' ? '-' : 'naam:';
	if (item.kind === 'groep' && field.kind === 'lijst') {
		// The first field of the entry goes on the dash line: "- titel: …".
		const [first, ...rest] = (item.fields ?? []).flatMap((child) => plainExample(child, today));
		return first === undefined ? [] : [`- ${first}`, ...rest.map((line) => `  ${line}`)];
	}
	if (item.kind === 'groep' || item.kind === 'lijst' || item.kind === 'tabel')
		return [lead, ...indented(plainExample({ ...item, name: '' }, today).slice(1))];
	return [`${lead} ${exampleValue(item, today)}`];
}

function indented(lines: string[]): string[] {
	return lines.map((line) => `  ${line}`);
}

/** An example value that fits the field, written as YAML. */
function exampleValue(field: SchemaField, today: string): string {
	if (field.default !== undefined && ['string', 'number'].includes(typeof field.default))
		return yamlScalar(field.default as string | number);
	switch (field.kind) {
		case 'keuze':
			return field.options?.length ? yamlScalar(field.options[0]!) : '…';
		case 'datum':
			return today;
		case 'datumTijd':
			return `${today} 19:30`;
		case 'jaNee':
			return field.default === true ? 'ja' : 'nee';
		case 'getal':
			if (field.integer && field.min !== undefined && field.min >= 1900) return today.slice(0, 4);
			return String(field.min !== undefined && field.min > 0 ? field.min : 100);
		default:
			break;
	}
	if (field.format === 'locatie') return '"52.0907, 5.1214"';
	if (field.format === 'email') return 'naam@organisatie.nl';
	if (field.format === 'url') return 'https://www.voorbeeld.nl';
	// A CBS code: GM\d{4}, or WK/BU with 4 digits and then digits or capitals (WK\d{4}[0-9A-Z]{2}).
	const code = field.pattern && /^\^([A-Z]+)\\d\{(\d+)\}(?:\[0-9A-Z\]\{(\d+)\})?\$$/.exec(field.pattern);
	const length = code ? Number(code[2]) + Number(code[3] ?? 0) : 0;
	if (code) return `${code[1]}${'01410101'.padEnd(length, '0').slice(0, length)}`;
	if (field.pattern) return 'voorbeeld';
	return '…';
}

/**
 * A free file name (without extension) for `titel`: its slug, at most MAX_FILE_NAME characters,
 * with -2, -3 … when `taken` says the name is in use. Undefined when the titel has no letters
 * or digits to make a name from.
 */
export function freeFileName(titel: string, taken: (name: string) => boolean): string | undefined {
	const base = shortenSlug(slugify(titel), MAX_FILE_NAME);
	if (!base) return undefined;
	if (!taken(base)) return base;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const name = `${shortenSlug(base, MAX_FILE_NAME - suffix.length)}${suffix}`;
		if (!taken(name)) return name;
	}
}
