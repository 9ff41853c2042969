/**
 * Every field of every content schema carries a Dutch label and help text for the editor's
 * forms and for `npm run nieuw`: read with schemaFields, as the editor configuration reads them.
 * A few fields are also checked for what the reader makes of them (kind, choices, required),
 * so a change to the schemas or the reader cannot silently break the forms.
 */
import { describe, expect, it } from 'vitest';

import { fieldPaths, type SchemaField, schemaFields } from '#lib/cms/schema-fields.ts';
import { AGENDA_STATUSSEN } from '#schemas/agenda.ts';
import { schemas } from '#schemas/index.ts';

const MAX_HINT = 200;
/** "je", "jij" or "jouw" as a word: the reader is always addressed as "u". */
const INFORMAL = /(?<!\p{L})(?:je|jij|jouw)(?!\p{L})/iu;

/** A label: one to three words, the first starting with a capital letter or a digit. */
const LABEL = /^[\p{Lu}\d]\S*(?: \S+){0,2}$/u;

const kinds = Object.keys(schemas) as (keyof typeof schemas)[];

function fieldsOf(kind: keyof typeof schemas): SchemaField[] {
	return schemaFields(schemas[kind]);
}

function field(kind: keyof typeof schemas, path: string): SchemaField {
	const found = fieldPaths(fieldsOf(kind)).find((entry) => entry.path === path);
	if (!found) throw new Error(`${kind}: no field ${path}`);
	return found.field;
}

/** Every list of sibling fields (the fields of one object), with the path of that object. */
function siblingGroups(
	fields: readonly SchemaField[],
	prefix = '',
): { path: string; fields: readonly SchemaField[] }[] {
	return [
		{ path: prefix || '(top level)', fields },
		...fields.flatMap((f) => {
			const path = prefix ? `${prefix}.${f.name}` : f.name;
			const inner = f.kind === 'lijst' || f.kind === 'tabel' ? f.item : f;
			return inner?.kind === 'groep' ? siblingGroups(inner.fields ?? [], path) : [];
		}),
	];
}

describe.each(kinds)('the fields of %s', (kind) => {
	it('each have a label and a short, formal hint', () => {
		const problems: string[] = [];
		const paths = fieldPaths(fieldsOf(kind));
		expect(paths.length).toBeGreaterThan(0);
		for (const { path, field: f } of paths) {
			const where = `${kind} ${path}`;
			if (!f.label?.trim()) problems.push(`${where}: no label (meta title)`);
			if (!f.hint?.trim()) problems.push(`${where}: no hint (meta description)`);
			else {
				if (f.hint.length > MAX_HINT) problems.push(`${where}: hint has ${f.hint.length} characters (max ${MAX_HINT})`);
				if (INFORMAL.test(f.hint)) problems.push(`${where}: hint says "je", "jij" or "jouw" instead of "u"`);
			}
			if (f.label && !LABEL.test(f.label.trim()))
				problems.push(`${where}: label "${f.label}" is not 1 to 3 words starting with a capital`);
			if (f.label && INFORMAL.test(f.label)) problems.push(`${where}: label says "je", "jij" or "jouw"`);
		}
		expect(problems).toEqual([]);
	});

	it('have labels that are unique among the fields of one object', () => {
		const problems: string[] = [];
		for (const group of siblingGroups(fieldsOf(kind))) {
			const seen = new Map<string, string>();
			for (const f of group.fields) {
				if (!f.label) continue;
				const key = f.label.trim().toLowerCase();
				const other = seen.get(key);
				if (other !== undefined)
					problems.push(`${kind} ${group.path}: fields ${other} and ${f.name} have the same label "${f.label}"`);
				else seen.set(key, f.name);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('the checks themselves', () => {
	it('accept a label of one to three words in sentence case', () => {
		expect(LABEL.test('E-mail voor klachten')).toBe(true);
		expect(LABEL.test('Naam')).toBe(true);
		expect(LABEL.test('naam')).toBe(false);
		expect(LABEL.test('Naam van de gemeente')).toBe(false);
	});

	it('find an informal word only as a whole word', () => {
		expect(INFORMAL.test('Vul je naam in.')).toBe(true);
		expect(INFORMAL.test('Jij kiest.')).toBe(true);
		expect(INFORMAL.test('Het adres van jouw wijk.')).toBe(true);
		expect(INFORMAL.test('Activiteiten voor de jeugd, bijvoorbeeld een jeu de boules-baan.')).toBe(false);
		expect(INFORMAL.test('Vul uw naam in.')).toBe(false);
	});

	it('see every depth: a group, a list of groups and a group inside a list', () => {
		const paths = fieldPaths(fieldsOf('portaal')).map((entry) => entry.path);
		expect(paths).toContain('contact.email');
		expect(paths).toContain('gemeenten.code');
		expect(paths).toContain('wijkkompas.kleineAantallen');
		expect(paths).not.toContain('gemeenten.');
		expect(fieldPaths(fieldsOf('initiatief')).map((entry) => entry.path)).toContain('fotos.alt');
		expect(fieldPaths(fieldsOf('verhaal')).map((entry) => entry.path)).toContain('toestemming.ouder_of_voogd');
	});
});

describe('what the reader makes of the schemas', () => {
	it('reads the agenda status as a required choice of the agenda statuses', () => {
		const status = field('agenda', 'status');
		expect(status.kind).toBe('keuze');
		expect(status.options).toEqual([...AGENDA_STATUSSEN]);
		expect(status.required).toBe(true);
	});

	it('reads dates and date-times as such', () => {
		expect(field('agenda', 'toegevoegd').kind).toBe('datum');
		expect(field('activiteit', 'start').kind).toBe('datumTijd');
		expect(field('verhaal', 'toestemming.tot')).toMatchObject({ kind: 'datum', required: false });
	});

	it('reads the optional buurt of an agenda item with the BU pattern', () => {
		const buurt = field('agenda', 'buurt');
		expect(buurt.required).toBe(false);
		expect(buurt.kind).toBe('tekst');
		const pattern = new RegExp(buurt.pattern ?? '(?!)');
		expect(pattern.test('BU01410101')).toBe(true);
		expect(pattern.test('WK014101')).toBe(false);
		expect(pattern.test('BU0141010')).toBe(false);
	});

	it('reads the week in the month of a recurring activity as a choice of numbers and laatste', () => {
		expect(field('activiteit', 'herhaling.weekInMaand').options).toEqual([1, 2, 3, 4, 'laatste']);
	});

	it('reads one-or-more fields as a list of at least one', () => {
		expect(field('agenda', 'probleemeigenaar')).toMatchObject({ kind: 'lijst', min: 1 });
		expect(field('initiatief', 'bijdrage')).toMatchObject({ kind: 'lijst', min: 1, required: true });
	});

	it('reads a yes/no field with its default', () => {
		expect(field('nieuws', 'succes')).toMatchObject({ kind: 'jaNee', default: false, required: false });
	});

	it('reads a table of explanations, locations and multi-line text', () => {
		expect(field('portaal', 'gemeenten.themaUitleg').kind).toBe('tabel');
		expect(field('initiatief', 'locatie')).toMatchObject({ format: 'locatie', required: false });
		expect(field('nieuws', 'samenvatting').kind).toBe('alinea');
		expect(field('portaal', 'contact.email').format).toBe('email');
	});

	it('keeps the labels and hints the schemas give', () => {
		expect(field('nieuws', 'titel')).toMatchObject({ label: 'Titel', required: true });
		expect(field('initiatief', 'fotos.bestand').label).toBe('Bestand');
		expect(field('nieuws', 'afbeelding').label).toBe('Afbeelding');
	});
});
