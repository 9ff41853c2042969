/**
 * Finds the CBS code and the name of each area in a boundary file, and picks the areas of
 * one gemeente. By default the attribute names of CBS and PDOK are recognised (statcode,
 * wijkcode, buurtcode, gemeentecode, and the older BU_CODE style); a koppeling names a
 * municipality's own attributes.
 */
import type { Place } from '#lib/content/problem.ts';
import { quoted } from '#lib/content/quote.ts';
import type { GeoLevel } from '#lib/geo/format.ts';
import { BUURT_CODE, CODE_FORMS, GEMEENTE_CODE, WIJK_CODE } from '#lib/site/cbs-codes.ts';
import { cellString } from '#lib/wijkkompas/import/numbers.ts';

import type { LevelMapping } from './koppeling.ts';
import type { SourceFeature, SourceFile } from './read.ts';

export const DEFAULT_CODE: Record<GeoLevel, string[]> = {
	gemeenten: ['statcode', 'gemeentecode', 'GM_CODE'],
	wijken: ['statcode', 'wijkcode', 'WK_CODE'],
	buurten: ['statcode', 'buurtcode', 'BU_CODE'],
};
export const DEFAULT_NAME: Record<GeoLevel, string[]> = {
	gemeenten: ['statnaam', 'gemeentenaam', 'GM_NAAM'],
	wijken: ['statnaam', 'wijknaam', 'WK_NAAM'],
	buurten: ['statnaam', 'buurtnaam', 'BU_NAAM'],
};
/** Attributes that say which gemeente an area is in (PDOK, older CBS files). */
const GEMEENTE_ATTRIBUTES = ['gemeentecode', 'GM_CODE'];

export const CODE_FORM: Record<GeoLevel, RegExp> = {
	gemeenten: GEMEENTE_CODE,
	wijken: WIJK_CODE,
	buurten: BUURT_CODE,
};
export const LEVEL_WORD: Record<
	GeoLevel,
	{ one: string; many: string; example: string; form: keyof typeof CODE_FORMS }
> = {
	gemeenten: { one: 'gemeente', many: 'gemeenten', example: 'GM0344', form: 'gemeente' },
	wijken: { one: 'wijk', many: 'wijken', example: 'WK034401', form: 'wijk' },
	buurten: { one: 'buurt', many: 'buurten', example: 'BU03440111', form: 'buurt' },
};

export interface AreaRecord {
	feature: SourceFeature;
	code: string;
	/** Trimmed name; undefined when the file has none for this area. */
	naam?: string;
}

export interface Selection {
	areas: AreaRecord[];
	/** Gemeente codes with areas in the file (for the message when the gemeente is not there). */
	gemeenten: Set<string>;
	/** The attributes used, for the summary. */
	codeAttribute?: string;
	nameAttribute?: string;
}

type Report = (place: Place | undefined, message: string) => void;

/** All attribute names in the file, in the order first seen. */
export function attributeNames(source: SourceFile): string[] {
	const names = new Set<string>();
	for (const f of source.features) for (const key of Object.keys(f.properties)) names.add(key);
	return [...names];
}

const listed = (names: string[]) => (names.length ? names.join(', ') : 'geen enkel kenmerk');

/** The real attribute name (any case) of the first candidate present in the file. */
function findAttribute(candidates: string[], present: string[]): string | undefined {
	for (const candidate of candidates) {
		const hit = present.find((p) => p.toLowerCase() === candidate.toLowerCase());
		if (hit) return hit;
	}
	return undefined;
}

const text = (value: unknown) => cellString(value).trim();

/** "object 12 (WK034401)": where an area is in the file. */
export function featureWhere(number: number, code?: string): Place {
	return { item: { word: 'object', number, ...(code && { code }) } };
}

/**
 * The areas of the level in the file that belong to the gemeente, with their code and name.
 * Reports attributes that are missing and codes of the wrong form.
 */
export function selectAreas(
	source: SourceFile,
	level: GeoLevel,
	gemeente: string,
	mapping: LevelMapping | undefined,
	koppelingFile: string | undefined,
	report: Report,
	reportKoppeling: Report,
): Selection {
	const present = attributeNames(source);
	const word = LEVEL_WORD[level];
	const selection: Selection = { areas: [], gemeenten: new Set() };

	const codeAttribute = mapping?.code
		? findAttribute([mapping.code], present)
		: findAttribute(DEFAULT_CODE[level], present);
	if (!codeAttribute) {
		if (mapping?.code)
			reportKoppeling(
				mapping.where('code'),
				`het kenmerk ${mapping.code} staat niet in ${source.file}. Dat bestand heeft deze kenmerken: ${listed(present)}. Kies daaruit het kenmerk met de code van de ${word.one}.`,
			);
		else
			report(
				undefined,
				`in dit bestand staat geen kenmerk met de CBS-code van de ${word.one}. Gezocht naar: ${DEFAULT_CODE[level].join(', ')}. Dit bestand heeft: ${listed(present)}. Is het een eigen bestand van de gemeente? Zeg dan met een koppeling (--koppeling) welk kenmerk de code heeft; zie templates/geo/utrecht.yaml.`,
			);
		return selection;
	}
	const nameAttribute = mapping?.naam
		? findAttribute([mapping.naam], present)
		: findAttribute(DEFAULT_NAME[level], present);
	if (mapping?.naam && !nameAttribute) {
		reportKoppeling(
			mapping.where('naam'),
			`het kenmerk ${mapping.naam} staat niet in ${source.file}. Dat bestand heeft deze kenmerken: ${listed(present)}. Kies daaruit het kenmerk met de naam van de ${word.one}.`,
		);
		return selection;
	}
	selection.codeAttribute = codeAttribute;
	selection.nameAttribute = nameAttribute;
	const gemeenteAttribute = level === 'gemeenten' || mapping ? undefined : findAttribute(GEMEENTE_ATTRIBUTES, present);
	const prefix = mapping?.codeVoorvoegsel ?? '';
	const digits = gemeente.slice(2);

	// Codes of the wrong form, kept apart: when none fits, the file is probably of another level.
	const wrongForm: { feature: SourceFeature; code: string }[] = [];
	let rightForm = 0;
	const otherLevels = new Map<GeoLevel, { count: number; example: string }>();
	for (const feature of source.features) {
		const value = text(feature.properties[codeAttribute]);
		const inGemeente = gemeenteAttribute ? gemeenteCode(feature.properties[gemeenteAttribute]) : undefined;
		if (inGemeente) selection.gemeenten.add(inGemeente);
		if (inGemeente && inGemeente !== gemeente) continue;
		if (!value) {
			const others = Object.entries(feature.properties)
				.filter(([, v]) => text(v))
				.map(([k]) => k);
			report(
				featureWhere(feature.number),
				`dit gebied heeft geen code: het kenmerk ${codeAttribute} is leeg of ontbreekt. Het heeft wel: ${listed(others)}. Vul de code in, of haal het gebied weg uit het bestand.`,
			);
			continue;
		}
		const code = `${prefix}${value}`.toUpperCase();
		if (!CODE_FORM[level].test(code)) {
			// A valid code of another level is skipped (a file may hold several levels), and so is a
			// code that is clearly of another gemeente; anything else is a mistake.
			const other = (['gemeenten', 'wijken', 'buurten'] as const).find((l) => CODE_FORM[l].test(code));
			const seen = other && otherLevels.get(other);
			if (other) otherLevels.set(other, { count: (seen ? seen.count : 0) + 1, example: seen ? seen.example : code });
			else {
				const ofGemeente = /^[A-Z]{2}(\d{4})/.exec(code)?.[1];
				if (ofGemeente === undefined || ofGemeente === digits) wrongForm.push({ feature, code });
			}
			continue;
		}
		rightForm++;
		if (!gemeenteAttribute) selection.gemeenten.add(`GM${code.slice(2, 6)}`);
		if (code.slice(2, 6) !== digits) continue;
		const naam = nameAttribute ? text(feature.properties[nameAttribute]) || undefined : undefined;
		selection.areas.push({ feature, code, naam });
	}

	if (!rightForm && otherLevels.size) {
		const [other, { example }] = [...otherLevels.entries()].sort((a, b) => b[1].count - a[1].count)[0]!;
		report(
			undefined,
			`in dit bestand staan ${LEVEL_WORD[other].many} (codes als ${example}), geen ${word.many}. Geef het bestand op bij --${other}, en het bestand met de ${word.many} bij --${level}.`,
		);
	}
	if (rightForm || !otherLevels.size) {
		for (const { feature, code } of wrongForm) {
			const advice = mapping
				? `Controleer codeVoorvoegsel en code bij ${level} in ${koppelingFile}: samen moeten ze een code als ${word.example} geven.`
				: `Verbeter de code in het bestand.`;
			report(
				featureWhere(feature.number),
				`de code ${quoted(code)} (kenmerk ${codeAttribute}) is geen CBS-code van een ${word.one}. Een code van een ${word.one} is ${CODE_FORMS[word.form]}. ${advice}`,
			);
		}
	}
	return selection;
}

/** "GM0344" from "GM0344", "0344" or 344; undefined for anything else. */
function gemeenteCode(value: unknown): string | undefined {
	const t = text(value).toUpperCase();
	const digits = /^(?:GM)?(\d{1,4})$/.exec(t)?.[1];
	return digits ? `GM${digits.padStart(4, '0')}` : undefined;
}
