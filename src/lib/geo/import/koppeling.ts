/**
 * The mapping file ("koppeling", YAML) for a municipality's own boundary files: per level
 * which attribute holds the code and which the name, and what to put before the code to
 * get the CBS code. Example: templates/geo/utrecht.yaml.
 *
 *   wijken:
 *     code: KODE
 *     codeVoorvoegsel: WK0344
 *     naam: NAAM
 */
import { existsSync, readFileSync, statSync } from 'node:fs';

import { TEXT_FILE_MAX_BYTES } from '#lib/content/limits.ts';
import type { Place, Problem } from '#lib/content/problem.ts';
import { quoted } from '#lib/content/quote.ts';
import { closest } from '#lib/content/schema-problems.ts';
import { readYaml } from '#lib/content/source.ts';
import { controlCharacterProblem, fileTooLarge, longLineProblem } from '#lib/content/text-checks.ts';
import { GEO_LEVELS, type GeoLevel, LEVEL_PREFIX } from '#lib/geo/format.ts';
import { cellString } from '#lib/wijkkompas/import/numbers.ts';

export interface LevelMapping {
	/** Attribute with the code. */
	code?: string;
	/** Put before the attribute's value to get the CBS code, e.g. "WK0344". */
	codeVoorvoegsel: string;
	/** Attribute with the name. */
	naam?: string;
	/** "regel 3, veld wijken.code", for messages about this level's fields. */
	where(field: 'code' | 'naam' | 'codeVoorvoegsel'): Place;
}

export interface GeoKoppeling {
	file: string;
	levels: Partial<Record<GeoLevel, LevelMapping>>;
	bron?: string;
	licentie?: string;
}

const TOP_KEYS = [...GEO_LEVELS, 'bron', 'licentie'];
const LEVEL_KEYS = ['code', 'codeVoorvoegsel', 'naam'] as const;
const DIGITS: Record<GeoLevel, number> = { gemeenten: 4, wijken: 6, buurten: 8 };

export function readKoppeling(path: string, shown: string): { koppeling?: GeoKoppeling; problems: Problem[] } {
	const problems: Problem[] = [];
	if (!existsSync(path) || statSync(path).isDirectory()) {
		return {
			problems: [
				{
					file: shown,
					message:
						'deze koppeling bestaat niet. Controleer de naam en de map. Een voorbeeld staat in templates/geo/utrecht.yaml.',
				},
			],
		};
	}
	const tooLarge = fileTooLarge(path, TEXT_FILE_MAX_BYTES);
	if (tooLarge)
		return {
			problems: [
				{ file: shown, message: `${tooLarge} Een koppeling is een paar regels lang; zie templates/geo/utrecht.yaml.` },
			],
		};
	const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	const textProblem = controlCharacterProblem(text) ?? longLineProblem(text);
	if (textProblem) return { problems: [{ file: shown, line: textProblem.line, message: textProblem.message }] };
	const yaml = readYaml(text);
	if (!yaml.source) {
		return {
			problems: yaml.problems.map((p) => ({
				file: shown,
				line: p.line,
				message: p.message.replace('docs/redactie.md', 'templates/geo/utrecht.yaml'),
			})),
		};
	}
	const { data, nameLineOf } = yaml.source;
	const where = (path: string[]): Place => ({ line: nameLineOf(path), field: path.join('.') });
	const report = (path: string[], message: string) => problems.push({ file: shown, ...where(path), message });

	if (!isFields(data)) {
		return {
			problems: [
				{
					file: shown,
					message:
						'in deze koppeling staat niets, of geen velden. Zet erin welke kenmerken de code en de naam hebben, onder wijken: en buurten:. Zie templates/geo/utrecht.yaml.',
				},
			],
		};
	}

	const koppeling: GeoKoppeling = { file: shown, levels: {} };
	for (const [key, value] of Object.entries(data)) {
		if (!TOP_KEYS.includes(key)) {
			const hint = closest(key, TOP_KEYS);
			report(
				[key],
				`${quoted(key)} is geen veld van een koppeling voor grenzen.${hint ? ` Bedoelt u '${hint}'?` : ''} Gebruik alleen ${TOP_KEYS.join(', ')}.`,
			);
			continue;
		}
		if (key === 'bron' || key === 'licentie') {
			const text = scalarText(value);
			if (!text)
				report(
					[key],
					`vul bij ${key} een tekst in, bijvoorbeeld ${key === 'bron' ? '"Gemeente Utrecht"' : '"CC BY 4.0"'}.`,
				);
			else koppeling[key] = text;
			continue;
		}
		const level = key as GeoLevel;
		if (!isFields(value)) {
			report(
				[key],
				`zet onder ${key}: op de regels eronder, ingesprongen met spaties, welk kenmerk de code heeft (code:) en welk de naam (naam:).`,
			);
			continue;
		}
		const mapping: Partial<Record<(typeof LEVEL_KEYS)[number], string>> = {};
		const lines: Partial<Record<string, Place>> = {};
		let misspelledCode = false;
		for (const [field, fieldValue] of Object.entries(value)) {
			if (!(LEVEL_KEYS as readonly string[]).includes(field)) {
				const hint = closest(field, [...LEVEL_KEYS]);
				if (hint === 'code') misspelledCode = true;
				report(
					[key, field],
					`${quoted(field)} is geen veld van ${key}.${hint ? ` Bedoelt u '${hint}'?` : ''} Gebruik alleen code, codeVoorvoegsel en naam.`,
				);
				continue;
			}
			const text = scalarText(fieldValue);
			if (!text) {
				report(
					[key, field],
					field === 'codeVoorvoegsel'
						? `vul bij codeVoorvoegsel in wat voor de code moet, bijvoorbeeld ${LEVEL_PREFIX[level]}0344. Is dat niets, haal de regel dan weg.`
						: `vul bij ${field} de naam in van het kenmerk (de kolom) met de ${field === 'code' ? 'code' : 'naam'} van ${level === 'gemeenten' ? 'de gemeente' : `de ${level === 'wijken' ? 'wijk' : 'buurt'}`}, bijvoorbeeld ${field === 'code' ? 'KODE' : 'NAAM'}.`,
				);
				continue;
			}
			mapping[field as (typeof LEVEL_KEYS)[number]] = text;
			lines[field] = where([key, field]);
		}
		const prefix = (mapping.codeVoorvoegsel ?? '').toUpperCase();
		const prefixForm = new RegExp(`^${LEVEL_PREFIX[level]}\\d{0,${DIGITS[level]}}$`);
		if (prefix && !prefixForm.test(prefix)) {
			problems.push({
				file: shown,
				...lines.codeVoorvoegsel,
				message: `${quoted(prefix)} past niet voor ${key}: een CBS-code van ${key === 'gemeenten' ? 'een gemeente' : key === 'wijken' ? 'een wijk' : 'een buurt'} begint met ${LEVEL_PREFIX[level]}, gevolgd door cijfers (${LEVEL_PREFIX[level]} en de vier cijfers van de gemeente, bijvoorbeeld ${LEVEL_PREFIX[level]}0344).`,
			});
		}
		// A mistake in code or codeVoorvoegsel was reported already.
		if (!mapping.code && !misspelledCode && !problems.some((p) => p.field?.startsWith(`${key}.code`))) {
			report([key], `bij ${key} ontbreekt code: het kenmerk (de kolom) met de code, bijvoorbeeld code: KODE.`);
		}
		const whereKey = where([key]);
		koppeling.levels[level] = {
			code: mapping.code,
			codeVoorvoegsel: prefix,
			naam: mapping.naam,
			where: (field) => lines[field] ?? whereKey,
		};
	}
	if (problems.length) return { problems };
	return { koppeling, problems };
}

/** A group of fields (a YAML mapping), as plain data. */
function isFields(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field's value as trimmed text; '' when it is empty, a list or a group of fields. */
function scalarText(value: unknown): string {
	return typeof value === 'object' ? '' : cellString(value).trim();
}
