/**
 * The mapping file ("koppeling", YAML) of an import: which dataset the figures go to, its
 * source and licence, and which column of the source file becomes which indicator, per
 * year. For the generic CSV also which names of areas and indicators mean what.
 * The format is explained for editors in docs/importeren.md.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import { z } from 'astro/zod';

import { parseFile } from '#lib/content/parse-file.ts';
import { fieldName, type Place, type Problem } from '#lib/content/problem.ts';
import { quoted } from '#lib/content/quote.ts';
import { checkSchema } from '#lib/content/schema-problems.ts';
import { CBS_CODE, EIGEN_GEBIED_CODE } from '#lib/site/cbs-codes.ts';
import { SLUG } from '#lib/site/slug.ts';
import { datum, eenOfMeer, tekst, webadres } from '#schemas/fields.ts';
import { AREA_CODE } from '#schemas/waarden.ts';

import type { Portal } from './portal.ts';
import { closestName } from './suggest.ts';

export type ImportFormat = 'cbs' | 'kwb' | 'statline' | 'csv';

/** A source column and how its figures are converted. */
const kolomSchema = z.preprocess(
	(v) => (typeof v === 'string' ? { kolom: v } : v),
	z.strictObject({
		kolom: tekst(),
		/** Every figure is multiplied by this, e.g. 1000 for "× 1.000 euro". */
		factor: z
			.number({ error: 'de factor moet een getal zijn, bijvoorbeeld 1000. Schrijf het zonder punten of spaties.' })
			.positive({ error: 'de factor moet groter dan 0 zijn, bijvoorbeeld 1000 of 100.' })
			.optional(),
		/** The figure is divided by this column first (e.g. 65-plussers / inwoners), then multiplied by factor. */
		gedeeldDoor: tekst().optional(),
		/** Round the result to this many decimals. */
		decimalen: z.int({ error: 'vul een heel getal van 0 tot en met 6 in, bijvoorbeeld 1.' }).min(0).max(6).optional(),
	}),
);

export const koppelingSchema = z.strictObject({
	dataset: z.string().regex(SLUG, {
		error: (iss) =>
			`${quoted(String(iss.input))} is geen geschikte naam voor een dataset. Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld cbs-kerncijfers.`,
	}),
	naam: tekst(),
	bron: tekst(),
	licentie: tekst(),
	bronadres: webadres().optional(),
	bijgewerkt: datum().optional(),
	toelichting: tekst().optional(),
	/** Column with the CBS code of the area, when it is not found by itself. */
	gebiedkolom: tekst().optional(),
	/** Excel only: the sheet to read (default the first). */
	blad: tekst().optional(),
	jaren: z.record(z.string(), z.record(z.string(), kolomSchema)).optional(),
	gebieden: z.record(z.string(), tekst()).optional(),
	indicatoren: z.record(z.string(), tekst()).optional(),
	overslaan: eenOfMeer(tekst()).optional(),
	/**
	 * The source protected small groups itself (it publishes no figure for too few answers):
	 * panel rows without `n` are then allowed. Written to the dataset as `bronBeveiliging`.
	 */
	bronBeveiliging: tekst().optional(),
	/** Generic CSV only: a wide table, one column per year (a number) or per indicator (an id). */
	breed: z
		.strictObject({
			kolommen: z.record(
				z.string(),
				z.union([z.int({ error: 'schrijf een jaartal, bijvoorbeeld 2023, of het id van een indicator.' }), tekst()]),
			),
		})
		.optional(),
});

export type Koppeling = z.output<typeof koppelingSchema>;

export interface ColumnSpec {
	indicator: string;
	kolom: string;
	factor?: number;
	gedeeldDoor?: string;
	decimalen?: number;
	/** Where the mapping file says this, for messages: "regel 12, veld jaren.2017.inwoners". */
	place: Place;
}

export interface Mapping {
	file: string;
	data: Koppeling;
	/** Year → columns, for the CBS formats. */
	years: Map<number, ColumnSpec[]>;
	/** Lower-cased name → CBS code (generic CSV). */
	areaNames: Map<string, string>;
	/** Lower-cased name → indicator id (generic CSV). */
	indicatorNames: Map<string, string>;
	skip: Set<string>;
	/** The line in the mapping file of a field, for messages. */
	placeOf(path: (string | number)[]): Place;
}

/** A code as typed in a mapping: a CBS code in capitals, an own area's code in small letters. */
export const areaCode = (text: string): string => {
	const t = text.trim();
	return EIGEN_GEBIED_CODE.test(t.toLowerCase()) ? t.toLowerCase() : t.toUpperCase();
};

export const normalName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Reads and checks a mapping file against the portal it is imported into. */
export function readMapping(
	path: string,
	shown: string,
	format: ImportFormat,
	portal: Portal,
): { mapping?: Mapping; problems: Problem[] } {
	const problems: Problem[] = [];
	if (!path.endsWith('.yaml')) {
		return {
			problems: [
				{
					file: shown,
					message:
						'een koppeling is een YAML-bestand met een naam die eindigt op .yaml (kleine letters, niet .yml). Geef het bestand zo een naam, of gebruik een van de voorbeelden in templates/koppelingen.',
				},
			],
		};
	}
	if (!existsSync(path) || statSync(path).isDirectory()) {
		return {
			problems: [
				{
					file: shown,
					message:
						'deze koppeling bestaat niet. Controleer de naam en de map. Voorbeelden staan in templates/koppelingen.',
				},
			],
		};
	}
	// parseFile reads a whole file as YAML only when the name ends in .yaml.
	const { parsed, problems: readProblems } = parseFile({
		kind: 'portaal',
		path: resolve(path),
		shownPath: shown,
		id: 'koppeling',
	});
	if (!parsed) {
		return {
			problems: readProblems.map((p) => ({ file: shown, line: p.line, message: pointToImportDocs(p.message) })),
		};
	}

	const placeOf = (path: (string | number)[]): Place => ({
		line: path.length ? (parsed.nameLineOf(path) ?? parsed.lineOf(path)) : undefined,
		field: fieldName(path) || undefined,
	});
	const report = (path: (string | number)[], message: string) =>
		problems.push({ file: shown, ...placeOf(path), message });

	const { data, problems: schemaProblems } = checkSchema(koppelingSchema, parsed);
	for (const p of schemaProblems) {
		const message = pointToImportDocs(p.message);
		if (p.field?.startsWith('jaren.')) {
			// Like the other messages about years: on the line of the field's name.
			problems.push({ file: shown, ...placeOf(p.field.split('.')), message });
		} else problems.push({ file: shown, line: p.line, field: p.field, message });
	}
	if (!data) return { problems };

	const ids = [...portal.indicators.keys()];
	const unknownIndicator = (id: string) => {
		const hint = closestName(id, ids);
		return `${quoted(id)} is geen indicator van dit portaal.${hint ? ` Bedoelt u '${hint}'?` : ''} Gebruik een id uit ${portal.definitionsFile}, of voeg de indicator daar toe (voorbeelden staan in templates/indicatoren).`;
	};

	const years = new Map<number, ColumnSpec[]>();
	const cbs = format !== 'csv';
	if (cbs) {
		if (!data.jaren)
			report(
				[],
				"het veld 'jaren' ontbreekt. Zet onder jaren per jaar welke kolom bij welke indicator hoort, bijvoorbeeld jaren: 2023: inwoners: a_inw (elk op een eigen regel, ingesprongen). Zie de voorbeelden in templates/koppelingen.",
			);
		for (const field of ['gebieden', 'indicatoren'] as const) {
			if (data[field])
				report([field], `dit veld wordt alleen gebruikt bij npm run import:csv. Haal het weg uit deze koppeling.`);
		}
		for (const [yearText, columns] of Object.entries(data.jaren ?? {})) {
			const year = Number(yearText);
			if (!/^\d{4}$/.test(yearText) || year < 1900) {
				report(
					['jaren', yearText],
					`${quoted(yearText)} is geen jaartal. Schrijf onder jaren een jaartal met vier cijfers, bijvoorbeeld 2023:.`,
				);
				continue;
			}
			if (year > portal.maxYear) {
				report(
					['jaren', yearText],
					`${year} ligt in de toekomst. Cijfers kunnen er pas zijn over ${portal.maxYear} of eerder; verbeter het jaartal.`,
				);
				continue;
			}
			const specs: ColumnSpec[] = [];
			const entries = Object.entries(columns);
			if (!entries.length)
				report(
					['jaren', yearText],
					`bij ${year} staan geen kolommen. Zet eronder welke kolom bij welke indicator hoort, bijvoorbeeld: inwoners: a_inw.`,
				);
			for (const [id, spec] of entries) {
				if (!portal.indicators.has(id)) {
					report(['jaren', yearText, id], unknownIndicator(id));
					continue;
				}
				if (spec.factor === 1) {
					report(
						['jaren', yearText, id, 'factor'],
						'een factor van 1 verandert niets. Schreef u 1.000 voor duizend? Schrijf dan 1000, zonder punt. Bedoelt u echt 1, haal de factor dan weg.',
					);
					continue;
				}
				specs.push({ indicator: id, ...spec, place: placeOf(['jaren', yearText, id]) });
			}
			years.set(year, specs);
		}
	} else {
		if (data.jaren)
			report(
				['jaren'],
				'bij npm run import:csv staat het jaar in elke rij van het bestand, in de kolom jaar. Haal jaren weg uit deze koppeling.',
			);
		for (const [column, meaning] of Object.entries(data.breed?.kolommen ?? {})) {
			if (typeof meaning === 'number' && (meaning < 1900 || meaning > portal.maxYear))
				report(
					['breed', 'kolommen', column],
					`${meaning} is geen jaartal van 1900 tot en met ${portal.maxYear}. Schrijf bij elke kolom het jaar van de cijfers, of het id van een indicator.`,
				);
			else if (typeof meaning === 'string' && !portal.indicators.has(meaning))
				report(['breed', 'kolommen', column], unknownIndicator(meaning));
		}
		if (data.gebiedkolom)
			report(
				['gebiedkolom'],
				'bij npm run import:csv staat het gebied altijd in de kolom gebied. Haal gebiedkolom weg uit deze koppeling.',
			);
	}
	if (data.breed && format !== 'csv')
		report(
			['breed'],
			'een brede tabel kan alleen worden gelezen bij npm run import:csv. Haal breed weg uit deze koppeling.',
		);
	if (data.blad && format !== 'kwb')
		report(
			['blad'],
			'een werkblad kiezen kan alleen bij een Excel-bestand (npm run import:kwb). Haal blad weg uit deze koppeling.',
		);

	const areaNames = new Map<string, string>();
	for (const [name, codeText] of Object.entries(data.gebieden ?? {})) {
		const code = areaCode(codeText);
		const area = portal.areas.byCode.get(code);
		if (!AREA_CODE.test(code))
			report(
				['gebieden', name],
				`${quoted(codeText)} is geen code van een gebied. Schrijf een CBS-code als GM0344, WK034401, WK0363AF of BU0363AF01, of de code van een eigen gebied als subwijken/oost.`,
			);
		else if (!area)
			report(
				['gebieden', name],
				`het gebied ${code} staat niet in dit portaal. Kies een code van een gemeente, wijk of buurt uit portaal.yaml of een wijk.md, of van een eigen gebied uit content/gebieden.`,
			);
		else areaNames.set(normalName(name), code);
	}
	const indicatorNames = new Map<string, string>();
	for (const [name, id] of Object.entries(data.indicatoren ?? {})) {
		if (!portal.indicators.has(id)) report(['indicatoren', name], unknownIndicator(id));
		else indicatorNames.set(normalName(name), id);
	}
	const skip = new Set<string>();
	(data.overslaan ?? []).forEach((codeText, i) => {
		const code = codeText.trim().toUpperCase();
		if (!CBS_CODE.test(code))
			report(
				['overslaan', i],
				`${quoted(codeText)} is geen CBS-code van een gebied. Schrijf een code als WK034401, WK0363AF, BU03440111 of BU0363AF01.`,
			);
		else skip.add(code);
	});
	if (problems.length) return { problems };
	return { mapping: { file: shown, data, years, areaNames, indicatorNames, skip, placeOf }, problems };
}

function pointToImportDocs(message: string): string {
	return message.replace('docs/redactie.md', 'docs/importeren.md');
}
