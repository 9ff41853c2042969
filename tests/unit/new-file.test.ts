import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { CONTENT_KINDS, type ContentKindInfo, kindInfo } from '#lib/cms/content-kinds.ts';
import { freeFileName, MAX_FILE_NAME, newFile, titleFieldOf } from '#lib/cms/new-file.ts';
import { schemaFields } from '#lib/cms/schema-fields.ts';
import { SLUG } from '#lib/site/slug.ts';
import { type ContentKind, schemas } from '#schemas/index.ts';

const TODAY = '2026-06-15';
const NIEUW_KINDS = CONTENT_KINDS.filter((k) => k.nieuw !== undefined);

function make(kind: ContentKind, titel = 'Nieuwe speeltuin', extra: Record<string, string> = {}) {
	const info = kindInfo(kind);
	const fields = schemaFields(schemas[kind]);
	const titleField = titleFieldOf(info, fields);
	return newFile({ info, fields, values: { ...(titleField ? { [titleField]: titel } : {}), ...extra }, today: TODAY });
}

/** The front matter of a Markdown file, parsed as the check parses it. */
function frontMatter(text: string): { yaml: string; data: Record<string, unknown>; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`no front matter in:\n${text}`);
	return { yaml: match[1]!, data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

describe('newFile', () => {
	it('covers the kinds npm run nieuw makes', () => {
		expect(NIEUW_KINDS.map((k) => k.nieuw).sort()).toEqual(
			['activiteit', 'agenda', 'ambitie', 'initiatief', 'nieuws', 'organisatie', 'verhaal'].sort(),
		);
	});

	describe.each(NIEUW_KINDS.map((k): [string, ContentKindInfo] => [k.kind, k]))('%s', (kind, info) => {
		const fields = schemaFields(schemas[info.kind]);
		const made = make(info.kind);
		const { yaml, data, body } = frontMatter(made.text);
		const lines = yaml.split('\n');

		it('writes every top-level field in schema order, each with its explanation on the line above', () => {
			const at = fields.map((field) => {
				const line = lines.findIndex((l) => l.startsWith(`${field.name}:`) || l.startsWith(`# ${field.name}:`));
				expect(line, `field ${field.name} of ${kind}`).toBeGreaterThan(0);
				const comment = lines[line - 1]!;
				expect(comment.startsWith(`# ${(field.hint ?? field.label ?? field.name).replace(/\s+/g, ' ')}`)).toBe(true);
				expect(comment).toMatch(/^# [^#]+$/);
				if (field.kind === 'keuze') expect(comment).toContain(`Kies uit: ${field.options!.join(', ')}`);
				if (field.kind === 'datum') expect(comment).toContain('JJJJ-MM-DD');
				return line;
			});
			expect(at).toEqual([...at].sort((a, b) => a - b));
		});

		it('is valid YAML with the titel filled in, today for "made today" dates and nothing unknown', () => {
			const titleField = titleFieldOf(info, fields);
			if (titleField) expect(data[titleField]).toBe('Nieuwe speeltuin');
			for (const key of Object.keys(data)) expect(fields.map((f) => f.name)).toContain(key);
			for (const name of ['toegevoegd', 'gewijzigd', 'datum', 'gecontroleerd'])
				if (fields.some((f) => f.name === name)) expect(data[name]).toBe(TODAY);
		});

		it('leaves required fields empty and lists them, and comments optional fields out', () => {
			for (const path of made.toFill) {
				const [top, child] = path.split('.');
				const value = child ? (data[top!] as Record<string, unknown>)[child] : data[top!];
				expect(value, path).toBeNull();
			}
			for (const field of fields.filter((f) => !f.required && !(f.name in data)))
				expect(lines).toContain(lines.find((l) => l.startsWith(`# ${field.name}:`)));
		});

		it('leaves the body empty and says where it goes', () => {
			expect(body).toBe('');
			expect(lines.at(-1)).toMatch(/^# .*Schrijf deze tekst onder de streepjes hieronder\./);
			expect(lines.at(-1)!.includes('Dit is verplicht.')).toBe(info.body!.required);
			expect(made.bodyRequired).toBe(info.body!.required);
		});
	});

	it('fills in the start values of an agenda item and names the fields still to fill in', () => {
		const made = make('agenda');
		const { data, yaml } = frontMatter(made.text);
		expect(data).toMatchObject({
			titel: 'Nieuwe speeltuin',
			samenvatting: null,
			status: 'idee',
			volgendeStap: { wat: null, wanneer: null },
			toegevoegd: TODAY,
			gewijzigd: TODAY,
		});
		expect(made.toFill).toEqual([
			'samenvatting',
			'volgendeStap.wat',
			'volgendeStap.wanneer',
			'probleemeigenaar',
			'thema',
		]);
		expect(yaml).toContain('\n# buurt: BU01410101\n');
		expect(yaml).toMatch(/\n# status: |Kies uit: idee, gepland, in uitvoering, gerealiseerd, geschrapt\./);
		expect(yaml).toMatch(/\n# links:\n# {3}- titel: …\n# {5}url: https:\/\/www\.voorbeeld\.nl\n/);
	});

	it('starts an initiatief at its first step, dated today, and fills in a known wijk', () => {
		const { data } = frontMatter(make('initiatief', 'Moestuin', { wijk: 'noordveld' }).text);
		expect(data).toMatchObject({ stap: 'idee opgehaald', datums: { 'idee opgehaald': TODAY }, wijk: 'noordveld' });
	});

	it('names an organisatie by its naam', () => {
		const { data } = frontMatter(make('organisatie', 'Buurthuis De Kade').text);
		expect(data).toMatchObject({ naam: 'Buurthuis De Kade', gecontroleerd: TODAY });
		expect(data).not.toHaveProperty('titel');
	});

	it.each([
		'Speeltuin: "nieuw" # echt',
		"- Het 'plein' & de *straat*",
		'# geen commentaar',
		'@home: [a, b] {c}',
		'ja',
		'2026-06-15',
		'12',
		'Café “De Hoek” — 100%',
	])('quotes the titel %j so YAML reads back the same text', (titel) => {
		const made = make('agenda', titel);
		expect(frontMatter(made.text).data.titel).toBe(titel);
		expect(made.text.split('\n').filter((l) => l.startsWith('titel:'))).toHaveLength(1);
	});

	it('explains a field without help text by its name', () => {
		const fields = schemaFields(
			z.strictObject({ naam: z.string(), soort: z.enum(['a', 'b']).optional(), dag: z.string().optional() }),
		);
		const made = newFile({ info: kindInfo('agenda'), fields, values: {}, today: TODAY });
		expect(made.text).toContain(
			'\n# naam.\nnaam:\n# soort. Kies uit: a, b. Niet verplicht.\n# soort: a\n# dag. Niet verplicht.\n# dag: …\n',
		);
		expect(made.toFill).toEqual(['naam']);
	});
});

describe('freeFileName', () => {
	const none = () => false;

	it('makes a slug of the titel', () => {
		expect(freeFileName('Nieuwe speeltuin: Merelplein!', none)).toBe('nieuwe-speeltuin-merelplein');
		expect(freeFileName('Café Één', none)).toBe('cafe-een');
	});

	it('adds -2, -3 … when the name is taken', () => {
		const taken = new Set(['speeltuin', 'speeltuin-2']);
		expect(freeFileName('Speeltuin', (n) => taken.has(n))).toBe('speeltuin-3');
		expect(freeFileName('Speeltuin', (n) => n === 'speeltuin')).toBe('speeltuin-2');
	});

	it(`keeps names at most ${MAX_FILE_NAME} characters, also with a number`, () => {
		const titel = 'Een heel lange titel over de herinrichting van het Merelplein en de straten eromheen';
		const name = freeFileName(titel, none)!;
		expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
		expect(name).toMatch(SLUG);
		expect(name.startsWith('een-heel-lange-titel')).toBe(true);
		const second = freeFileName(titel, (n) => n === name)!;
		expect(second.length).toBeLessThanOrEqual(MAX_FILE_NAME);
		expect(second).toMatch(/-2$/);
		expect(second).toMatch(SLUG);
		expect(freeFileName('x'.repeat(200), none)).toBe('x'.repeat(MAX_FILE_NAME));
	});

	it('gives no name for a titel without letters or digits', () => {
		expect(freeFileName('!!! ???', none)).toBeUndefined();
		expect(freeFileName('', none)).toBeUndefined();
	});
});
