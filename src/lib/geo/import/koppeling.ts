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

import { isMap, isScalar, LineCounter, type Node, type Pair } from 'yaml';

import { TEXT_FILE_MAX_BYTES } from '#lib/content/limits.ts';
import { quoted } from '#lib/content/quote.ts';
import { closest } from '#lib/content/schema-problems.ts';
import { controlCharacterProblem, fileTooLarge, longLineProblem } from '#lib/content/text-checks.ts';
import { parseYaml } from '#lib/content/yaml-checks.ts';
import { GEO_LEVELS, type GeoLevel,LEVEL_PREFIX } from '#lib/geo/format.ts';
import type { ImportProblem } from '#lib/wijkkompas/import/problems.ts';

export interface LevelMapping {
	/** Attribute with the code. */
	code?: string;
	/** Put before the attribute's value to get the CBS code, e.g. "WK0344". */
	codeVoorvoegsel: string;
	/** Attribute with the name. */
	naam?: string;
	/** "regel 3, veld wijken.code", for messages about this level's fields. */
	where(field: 'code' | 'naam' | 'codeVoorvoegsel'): string;
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

export function readKoppeling(path: string, shown: string): { koppeling?: GeoKoppeling; problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
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
	if (textProblem)
		return { problems: [{ file: shown, where: `regel ${textProblem.line}`, message: textProblem.message }] };
	const lineCounter = new LineCounter();
	const yaml = parseYaml(text, lineCounter);
	const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) =>
		node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
	const where = (node: unknown, field?: string) =>
		[lineOf(node as Node) ? `regel ${lineOf(node as Node)}` : undefined, field ? `veld ${field}` : undefined]
			.filter(Boolean)
			.join(', ') || undefined;
	const report = (node: unknown, field: string | undefined, message: string) =>
		problems.push({ file: shown, where: where(node, field), message });

	if (!yaml.doc) {
		for (const p of yaml.problems)
			problems.push({
				file: shown,
				where: `regel ${lineCounter.linePos(p.offset).line}`,
				message: p.message.replace('docs/redactie.md', 'templates/geo/utrecht.yaml'),
			});
		return { problems };
	}
	const root = yaml.doc.contents;
	if (!isMap(root)) {
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
	for (const pair of root.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
		if (!TOP_KEYS.includes(key)) {
			const hint = closest(key, TOP_KEYS);
			report(
				pair.key,
				key,
				`${quoted(key)} is geen veld van een koppeling voor grenzen.${hint ? ` Bedoelt u '${hint}'?` : ''} Gebruik alleen ${TOP_KEYS.join(', ')}.`,
			);
			continue;
		}
		if (key === 'bron' || key === 'licentie') {
			const value = isScalar(pair.value) ? String(pair.value.value ?? '').trim() : '';
			if (!value)
				report(
					pair.key,
					key,
					`vul bij ${key} een tekst in, bijvoorbeeld ${key === 'bron' ? '"Gemeente Utrecht"' : '"CC BY 4.0"'}.`,
				);
			else koppeling[key] = value;
			continue;
		}
		const level = key as GeoLevel;
		if (!isMap(pair.value)) {
			report(
				pair.key,
				key,
				`zet onder ${key}: op de regels eronder, ingesprongen met spaties, welk kenmerk de code heeft (code:) en welk de naam (naam:).`,
			);
			continue;
		}
		const mapping: Partial<Record<(typeof LEVEL_KEYS)[number], string>> = {};
		const lines: Partial<Record<string, string | undefined>> = {};
		let misspelledCode = false;
		for (const item of pair.value.items) {
			const field = isScalar(item.key) ? String(item.key.value) : String(item.key);
			const name = `${key}.${field}`;
			if (!(LEVEL_KEYS as readonly string[]).includes(field)) {
				const hint = closest(field, [...LEVEL_KEYS]);
				if (hint === 'code') misspelledCode = true;
				report(
					item.key,
					name,
					`${quoted(field)} is geen veld van ${key}.${hint ? ` Bedoelt u '${hint}'?` : ''} Gebruik alleen code, codeVoorvoegsel en naam.`,
				);
				continue;
			}
			const value = isScalar(item.value) && item.value.value !== null ? String(item.value.value).trim() : '';
			if (!value) {
				report(
					item.key,
					name,
					field === 'codeVoorvoegsel'
						? `vul bij codeVoorvoegsel in wat voor de code moet, bijvoorbeeld ${LEVEL_PREFIX[level]}0344. Is dat niets, haal de regel dan weg.`
						: `vul bij ${field} de naam in van het kenmerk (de kolom) met de ${field === 'code' ? 'code' : 'naam'} van ${level === 'gemeenten' ? 'de gemeente' : `de ${level === 'wijken' ? 'wijk' : 'buurt'}`}, bijvoorbeeld ${field === 'code' ? 'KODE' : 'NAAM'}.`,
				);
				continue;
			}
			mapping[field as (typeof LEVEL_KEYS)[number]] = value;
			lines[field] = where(item.key, name);
		}
		const prefix = (mapping.codeVoorvoegsel ?? '').toUpperCase();
		const prefixForm = new RegExp(`^${LEVEL_PREFIX[level]}\\d{0,${DIGITS[level]}}$`);
		if (prefix && !prefixForm.test(prefix)) {
			problems.push({
				file: shown,
				where: lines.codeVoorvoegsel,
				message: `${quoted(prefix)} past niet voor ${key}: een CBS-code van ${key === 'gemeenten' ? 'een gemeente' : key === 'wijken' ? 'een wijk' : 'een buurt'} begint met ${LEVEL_PREFIX[level]}, gevolgd door cijfers (${LEVEL_PREFIX[level]} en de vier cijfers van de gemeente, bijvoorbeeld ${LEVEL_PREFIX[level]}0344).`,
			});
		}
		if (!mapping.code && !misspelledCode && !problems.some((p) => p.where?.includes(`veld ${key}.code`))) {
			report(pair.key, key, `bij ${key} ontbreekt code: het kenmerk (de kolom) met de code, bijvoorbeeld code: KODE.`);
		}
		const whereKey = where(pair.key, key);
		koppeling.levels[level] = {
			code: mapping.code,
			codeVoorvoegsel: prefix,
			naam: mapping.naam,
			where: (field) => lines[field] ?? whereKey ?? '',
		};
	}
	if (problems.length) return { problems };
	return { koppeling, problems };
}
