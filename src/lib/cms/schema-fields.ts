/**
 * Reads a content schema (src/schemas/) as a list of form fields: name, Dutch label and help
 * text (from each field's `.meta({ title, description })`), required or not, and what kind of
 * input it takes. The editor's configuration (src/lib/cms/) and `npm run nieuw` are made from
 * this list, so forms, new files and the check can never drift apart.
 *
 * Meta keys, set in src/schemas/ and src/schemas/fields.ts:
 * - `title`: the label, `description`: the help text (Dutch, B1);
 * - `invoer`: how the value is typed when the type alone does not say it: `datum`, `datumTijd`,
 *   `locatie`, `alinea` (text of more than one line).
 */
import type { z } from 'astro/zod';

export type FieldKind =
	'tekst' | 'alinea' | 'datum' | 'datumTijd' | 'keuze' | 'jaNee' | 'getal' | 'lijst' | 'groep' | 'tabel';

export interface SchemaField {
	/** The field's name in the file, e.g. "volgendeStap"; empty for the entry of a list. */
	name: string;
	label?: string;
	hint?: string;
	required: boolean;
	kind: FieldKind;
	/** keuze: the values to choose from. */
	options?: readonly (string | number)[];
	/** tekst: a pattern the value must match (without the slashes). */
	pattern?: string;
	/** tekst: what the text is. */
	format?: 'email' | 'url' | 'locatie';
	/** getal: bounds of the value; lijst: of the number of entries; tekst: of the length. */
	min?: number;
	max?: number;
	/** getal: whole numbers only. */
	integer?: boolean;
	/** lijst and tabel: one entry. */
	item?: SchemaField;
	/** groep: its fields. */
	fields?: SchemaField[];
	/** The value the schema fills in when the field is left out. */
	default?: unknown;
}

export interface FieldMeta {
	title?: string;
	description?: string;
	invoer?: 'datum' | 'datumTijd' | 'locatie' | 'alinea';
}

interface CheckDef {
	check: string;
	format?: string;
	pattern?: RegExp;
	minimum?: number;
	maximum?: number;
	value?: number;
}

interface Def {
	type: string;
	shape?: Record<string, Node>;
	innerType?: Node;
	in?: Node;
	out?: Node;
	element?: Node;
	valueType?: Node;
	entries?: Record<string, string | number>;
	options?: Node[];
	values?: unknown[];
	defaultValue?: unknown;
	format?: string;
	checks?: { _zod: { def: CheckDef } }[];
}

interface Node {
	_zod: { def: Def };
	meta?: () => FieldMeta | undefined;
}

const node = (schema: unknown) => schema as Node;

function metaOf(schema: Node): FieldMeta {
	const meta = typeof schema.meta === 'function' ? schema.meta() : undefined;
	return meta && typeof meta === 'object' ? meta : {};
}

interface Unwrapped {
	core: Node;
	meta: FieldMeta;
	required: boolean;
	default?: unknown;
}

/** Peels optional, default, nullable and pipes off a schema; meta of outer layers wins. */
function unwrap(schema: Node): Unwrapped {
	let current = schema;
	let meta: FieldMeta = {};
	let required = true;
	let defaultValue: unknown;
	for (;;) {
		meta = { ...metaOf(current), ...meta };
		const def = current._zod.def;
		if (def.type === 'optional' || def.type === 'nullable') {
			required = false;
			current = def.innerType!;
		} else if (def.type === 'default' || def.type === 'prefault') {
			required = false;
			defaultValue ??= def.defaultValue;
			current = def.innerType!;
		} else if (def.type === 'pipe') {
			// z.preprocess(fn, schema): the schema is the value typed; schema.transform(fn): the schema before it.
			current = def.in!._zod.def.type === 'transform' ? def.out! : def.in!;
		} else {
			return { core: current, meta, required, ...(defaultValue !== undefined && { default: defaultValue }) };
		}
	}
}

function literalOptions(options: Node[]): (string | number)[] | undefined {
	const values: (string | number)[] = [];
	for (const option of options) {
		const def = option._zod.def;
		if (def.type !== 'literal') return undefined;
		for (const value of def.values ?? [])
			if (typeof value === 'string' || typeof value === 'number') values.push(value);
	}
	return values;
}

/** One field of a schema, by its name in the file. */
export function schemaField(name: string, schema: unknown): SchemaField {
	const { core, meta, required, default: defaultValue } = unwrap(node(schema));
	const def = core._zod.def;
	const checks = (def.checks ?? []).map((c) => c._zod.def);
	const field: SchemaField = {
		name,
		required,
		kind: 'tekst',
		...(meta.title !== undefined && { label: meta.title }),
		...(meta.description !== undefined && { hint: meta.description }),
		...(defaultValue !== undefined && { default: defaultValue }),
	};
	const bounds = () => {
		for (const check of checks) {
			if (check.check === 'min_length' || (check.check === 'greater_than' && check.value !== undefined))
				field.min = check.minimum ?? check.value;
			if (check.check === 'max_length' || (check.check === 'less_than' && check.value !== undefined))
				field.max = check.maximum ?? check.value;
		}
	};
	switch (def.type) {
		case 'object':
			field.kind = 'groep';
			field.fields = Object.entries(def.shape ?? {}).map(([key, value]) => schemaField(key, value));
			break;
		case 'array':
			field.kind = 'lijst';
			field.item = schemaField('', def.element);
			bounds();
			break;
		case 'record':
			field.kind = 'tabel';
			field.item = schemaField('', def.valueType);
			break;
		case 'enum':
			field.kind = 'keuze';
			field.options = Object.values(def.entries ?? {});
			break;
		case 'union': {
			const options = literalOptions(def.options ?? []);
			if (options) {
				field.kind = 'keuze';
				field.options = options;
			}
			break;
		}
		case 'literal':
			field.kind = 'keuze';
			field.options = literalOptions([core]) ?? [];
			break;
		case 'boolean':
			field.kind = 'jaNee';
			break;
		case 'number':
			field.kind = 'getal';
			bounds();
			if (checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32')))
				field.integer = true;
			break;
		default: {
			if (def.format === 'email' || def.format === 'url') field.format = def.format;
			const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
			if (regex) field.pattern = regex.source;
			bounds();
		}
	}
	if (meta.invoer === 'datum' || meta.invoer === 'datumTijd' || meta.invoer === 'alinea') field.kind = meta.invoer;
	if (meta.invoer === 'locatie') field.format = 'locatie';
	return field;
}

/** The fields of a content schema (an object schema, possibly with refinements), in the file's order. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
	const field = schemaField('', schema);
	if (field.kind !== 'groep') throw new Error('schemaFields expects an object schema');
	return field.fields ?? [];
}

/** Every field at every depth, with its dotted path ("volgendeStap.wat", "links.titel"). */
export function fieldPaths(fields: readonly SchemaField[], prefix = ''): { path: string; field: SchemaField }[] {
	return fields.flatMap((field) => {
		const path = prefix ? `${prefix}.${field.name}` : field.name;
		const inner = field.kind === 'lijst' || field.kind === 'tabel' ? field.item : field;
		const children = inner?.kind === 'groep' ? fieldPaths(inner.fields ?? [], path) : [];
		return [{ path, field }, ...children];
	});
}
