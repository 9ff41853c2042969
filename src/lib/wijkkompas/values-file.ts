/**
 * Reads and checks the wijkkompas's value files (content/indicatoren/waarden/*.json).
 * Files can hold over a million rows, so rows are checked by hand, quickly, with the
 * messages editors get everywhere: file, line, field, what is wrong and how to fix it.
 * The row schema (src/schemas/waarden.ts) is the one definition of a row: this fast path
 * uses its fields and limits and refuses exactly the rows it refuses
 * (tests/unit/waarden-schema.test.ts), plus the rows that do not fit the portal.
 */
import { parseJson, readUtf8 } from '#lib/content/json-file.ts';
import { DATA_FILE_MAX_BYTES } from '#lib/content/limits.ts';
import type { Problem } from '#lib/content/problem.ts';
import { asJson, quoted, shorten } from '#lib/content/quote.ts';
import { closest } from '#lib/content/schema-problems.ts';
import { fileTooLarge } from '#lib/content/text-checks.ts';
import { EIGEN_GEBIED_CODE as AREA_CODE_OWN } from '#lib/site/cbs-codes.ts';
import type { Indicator } from '#schemas/indicatoren.ts';
import {
	AREA_CODE,
	type Dataset,
	datasetSchema,
	REDENEN,
	type Waarde,
	WAARDE_GRENZEN,
	WAARDE_VELDEN,
} from '#schemas/waarden.ts';

import type { AreaSet } from './areas.ts';
import { valueRangeProblem } from './value-range.ts';

export interface ValuesFile {
	/** File name without .json: the dataset's id on /open-data/. */
	id: string;
	dataset: Dataset;
}

export interface ValuesContext {
	areas: AreaSet;
	indicators: Map<string, Indicator>;
	/** Figures for a later year than this cannot exist yet. */
	maxYear: number;
	/** Which area, indicator and year already have a value, across all files (see newSeen). */
	seen?: Seen;
}

/**
 * Where each (area, indicator, year) was first seen: `${indicator}|${gebied}` → year →
 * file number × 1e9 + line. Numbers instead of strings keep this small for a million rows.
 */
export interface Seen {
	files: string[];
	byKey: Map<string, Map<number, number>>;
}

export const newSeen = (): Seen => ({ files: [], byKey: new Map() });

const ROW_FIELDS: readonly string[] = WAARDE_VELDEN;
const { jaar: JAAR, waarde: WAARDE, n: N, marge: MARGE } = WAARDE_GRENZEN;
const REDEN_LIST: readonly unknown[] = REDENEN;
const within = (value: number, range: { min: number; max: number }) => value >= range.min && value <= range.max;
const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });
const metaSchema = datasetSchema.omit({ waarden: true });

/** Line (1-based) of the start of each object inside the top-level "waarden" array. */
export function rowLines(text: string): number[] {
	const lines: number[] = [];
	let line = 1;
	let depth = 0;
	let inString = false;
	let inWaarden = false;
	let lastKey = '';
	let keyStart = -1;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92 /* \ */) i++;
			else if (c === 34 /* " */) {
				inString = false;
				if (depth === 1 && keyStart >= 0) lastKey = text.slice(keyStart, i);
			} else if (c === 10) line++;
			continue;
		}
		if (c === 10) line++;
		else if (c === 34) {
			inString = true;
			keyStart = i + 1;
		} else if (c === 123 /* { */ || c === 91 /* [ */) {
			depth++;
			if (depth === 2 && c === 91) inWaarden = lastKey === 'waarden';
			if (depth === 3 && inWaarden && c === 123) lines.push(line);
		} else if (c === 125 || c === 93) {
			if (depth === 2) inWaarden = false;
			depth--;
		}
	}
	return lines;
}

/**
 * How a value of a row was typed in the file, for messages: a number as written ("1e308",
 * not "1e+308"; "1e999", not the null that JSON makes of it), anything else as JSON; both
 * shortened. Looked up only for rows with a problem.
 */
function typedValues(text: string): (line: number | undefined, field: string, value: unknown) => string {
	let lineStarts: number[] | undefined;
	return (line, field, value) => {
		if (typeof value !== 'number' || line === undefined) return asJson(value);
		if (!lineStarts) {
			lineStarts = [0];
			for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
		}
		const literal = new RegExp(`"${field}"\\s*:\\s*(-?[0-9][0-9.eE+-]*)`, 'g');
		literal.lastIndex = lineStarts[line - 1] ?? 0;
		const typedText = literal.exec(text)?.[1];
		return typedText !== undefined ? shorten(typedText) : asJson(value);
	};
}

export function readValuesFile(
	path: string,
	shownPath: string,
	id: string,
	context: ValuesContext,
): { file?: ValuesFile; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = (message: string, line?: number, field?: string) =>
		problems.push({ file: shownPath, line, field, message });

	const tooLarge = fileTooLarge(path, DATA_FILE_MAX_BYTES);
	if (tooLarge) {
		report(`${tooLarge} Verdeel de cijfers over meer bestanden, bijvoorbeeld één per bron of per periode.`);
		return { problems };
	}
	const text = readUtf8(path);
	if (text === undefined) {
		report(
			'het bestand is niet opgeslagen als UTF-8. Sla het opnieuw op met de codering UTF-8, of maak het opnieuw met npm run import.',
		);
		return { problems };
	}
	const parsed = parseJson(text);
	if (!parsed.ok) {
		report(
			parsed.message ??
				'dit is geen geldig JSON-bestand (er ontbreekt bijvoorbeeld een komma, haakje of aanhalingsteken). Controleer het bestand rond deze regel, of maak het opnieuw met npm run import.',
			parsed.line,
		);
		return { problems };
	}
	const raw = parsed.value;
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
		report('het bestand moet één object zijn met naam, bron, licentie, bijgewerkt en waarden. Zie docs/cijfers.md.');
		return { problems };
	}
	const { waarden, ...meta } = raw as Record<string, unknown>;
	const metaResult = metaSchema.safeParse(meta);
	if (!metaResult.success) {
		for (const issue of metaResult.error.issues) {
			const field = issue.path.map(String).join('.') || undefined;
			const message =
				issue.code === 'unrecognized_keys'
					? `onbekend veld ${issue.keys.map((k) => quoted(k)).join(', ')}. Toegestaan zijn: naam, bron, licentie, bronadres, bijgewerkt, toelichting, bronBeveiliging en waarden.`
					: field && !(field in meta)
						? 'dit veld ontbreekt. Vul het in; zie docs/cijfers.md.'
						: issue.message;
			report(message, undefined, field);
		}
	}
	if (!Array.isArray(waarden)) {
		report('dit veld ontbreekt of is geen lijst. Zet de cijfers in een lijst: "waarden": [ … ].', undefined, 'waarden');
		return { problems };
	}

	// Panel figures without `n` only when the source declares it protected small groups itself.
	const sourceProtected = typeof meta.bronBeveiliging === 'string' && meta.bronBeveiliging.trim() !== '';
	const lines = rowLines(text);
	const typed = typedValues(text);
	const seen = context.seen ?? newSeen();
	const fileNo = seen.files.push(shownPath) - 1;
	const rows: Waarde[] = [];
	const maxProblems = 200;
	for (let i = 0; i < waarden.length; i++) {
		if (problems.length >= maxProblems) {
			report(
				`en mogelijk meer fouten: na ${maxProblems} fouten is het controleren van dit bestand gestopt. Verbeter eerst deze fouten.`,
			);
			break;
		}
		const row = waarden[i] as Record<string, unknown>;
		const line = lines[i];
		const at = (field: string, message: string) => report(message, line, `waarden.${i + 1}.${field}`);
		const shown = (field: string, value: unknown) => typed(line, field, value);
		if (!row || typeof row !== 'object' || Array.isArray(row)) {
			report(
				'elke rij moet een object zijn, zoals { "gebied": "WK999901", "indicator": "inwoners", "jaar": 2025, "waarde": 4120 }.',
				line,
				`waarden.${i + 1}`,
			);
			continue;
		}
		let ok = true;
		for (const key of Object.keys(row)) {
			if (!ROW_FIELDS.includes(key)) {
				const hint = closest(key, ROW_FIELDS);
				at(
					shorten(key),
					`onbekend veld ${quoted(key)}.${hint ? ` Bedoelt u '${hint}'?` : ''} Een rij heeft alleen ${ROW_FIELDS.slice(0, -1).join(', ')} en ${ROW_FIELDS.at(-1)}.`,
				);
				ok = false;
			}
		}
		const { gebied, indicator, jaar, waarde, n, marge, reden } = row;
		if (typeof gebied !== 'string' || !AREA_CODE.test(gebied)) {
			at(
				'gebied',
				`${shown('gebied', gebied)} is geen code van een gebied. Gebruik een CBS-code als GM0344, WK034401, BU03440111 of BU0363AF01, of een eigen gebied als subwijken/oost.`,
			);
			ok = false;
		} else if (!context.areas.byCode.has(gebied)) {
			at(
				'gebied',
				AREA_CODE_OWN.test(gebied)
					? `het eigen gebied ${gebied} staat niet in dit portaal. Voeg het toe aan content/gebieden/${gebied.split('/')[0]}.yaml (de code is <indeling>/<gebied>), of haal de rij weg.`
					: `het gebied ${gebied} staat niet in dit portaal. Voeg de wijk of buurt toe aan een wijk.md (of de gemeente aan portaal.yaml), of haal de rij weg.`,
			);
			ok = false;
		}
		const def = typeof indicator === 'string' ? context.indicators.get(indicator) : undefined;
		if (!def) {
			const hint = typeof indicator === 'string' ? closest(indicator, [...context.indicators.keys()]) : undefined;
			at(
				'indicator',
				`${shown('indicator', indicator)} is geen bekende indicator.${hint ? ` Bedoelt u '${hint}'?` : ''} Gebruik een id uit content/indicatoren/indicatoren.yaml, of voeg de indicator daar toe.`,
			);
			ok = false;
		}
		if (typeof jaar !== 'number' || !Number.isInteger(jaar) || jaar < JAAR.min) {
			at('jaar', `${shown('jaar', jaar)} is geen jaartal. Schrijf het jaar als getal, bijvoorbeeld 2025.`);
			ok = false;
		} else if (jaar > Math.min(context.maxYear, JAAR.max)) {
			at('jaar', `${jaar} ligt in de toekomst: over dat jaar kunnen nog geen cijfers zijn. Controleer het jaartal.`);
			ok = false;
		}
		if (waarde !== null && typeof waarde !== 'number') {
			at(
				'waarde',
				`${shown('waarde', waarde)} is geen getal. Schrijf de waarde als getal met een punt voor decimalen (12.5), of null als het cijfer niet bekend is. Schrijf nooit 0 voor een onbekend cijfer.`,
			);
			ok = false;
		} else if (typeof waarde === 'number' && (def || !within(waarde, WAARDE))) {
			// The unit's range lies within the widest range of the schema; without a known indicator only the widest applies.
			const problem = def
				? valueRangeProblem(shown('waarde', waarde), waarde, def.eenheid, def.id)
				: !Number.isFinite(waarde)
					? `${shown('waarde', waarde)} is te groot: zo'n groot getal kan niet worden gelezen. Controleer het getal.`
					: `${shown('waarde', waarde)} is te ${waarde < WAARDE.min ? 'klein' : 'groot'}: een waarde ligt tussen ${nl.format(WAARDE.min)} en ${nl.format(WAARDE.max)}. Controleer het getal.`;
			if (problem) {
				at('waarde', `${problem} Schrijf null als het cijfer niet bekend is.`);
				ok = false;
			}
		}
		if (n !== undefined && !(typeof n === 'number' && Number.isInteger(n) && within(n, N))) {
			at('n', `${shown('n', n)} is geen aantal antwoorden. Schrijf een heel getal, bijvoorbeeld 84.`);
			ok = false;
		}
		if (marge !== undefined && !(typeof marge === 'number' && within(marge, MARGE))) {
			at('marge', `${shown('marge', marge)} is geen geldige marge. Schrijf een getal van 0 of meer, bijvoorbeeld 0.4.`);
			ok = false;
		}
		if (reden !== undefined && !REDEN_LIST.includes(reden)) {
			at(
				'reden',
				`${shown('reden', reden)} is geen reden. Schrijf "niet-gepubliceerd" (de bron heeft het cijfer nog niet gepubliceerd) of "geheim" (de bron houdt het geheim), of laat reden weg.`,
			);
			ok = false;
		} else if (reden !== undefined && waarde !== null) {
			at(
				'reden',
				`een reden staat alleen bij een cijfer dat niet bekend is ("waarde": null). Haal reden weg, of schrijf null bij waarde.`,
			);
			ok = false;
		}
		if (def?.soort === 'subjectief' && n === undefined && waarde !== null && !sourceProtected) {
			at(
				'n',
				`dit is een panelcijfer, dus het aantal antwoorden (n) is nodig om te weten of het cijfer betrouwbaar is. Vul n in. Heeft de bron zelf kleine groepen afgeschermd en het aantal antwoorden niet gepubliceerd? Zet dan bovenaan het bestand "bronBeveiliging" met een zin hoe de bron dat deed.`,
			);
			ok = false;
		}
		if (def?.wijken && typeof gebied === 'string' && ok) {
			const area = context.areas.byCode.get(gebied)!;
			if (area.level !== 'gemeente' && !def.wijken.includes(area.wijkSlug ?? '')) {
				at(
					'gebied',
					`de indicator '${def.id}' hoort alleen bij ${def.wijken.join(', ')}, niet bij ${gebied} (${area.naam}). Haal de rij weg, of voeg de wijk toe bij 'wijken' van de indicator.`,
				);
				ok = false;
			}
		}
		if (!ok) continue;
		// Every check passed: the fields have their schema types.
		const valid = row as unknown as Waarde;
		const key = `${valid.indicator}|${valid.gebied}`;
		let years = seen.byKey.get(key);
		if (!years) seen.byKey.set(key, (years = new Map<number, number>()));
		const first = years.get(valid.jaar);
		if (first !== undefined) {
			const where = `${seen.files[Math.floor(first / 1e9)]} regel ${first % 1e9 || '?'}`;
			at(
				'gebied',
				`er staat al een waarde voor ${valid.gebied}, ${valid.indicator}, ${valid.jaar} (${where}). Elk gebied heeft per indicator en jaar één waarde; haal een van de twee weg.`,
			);
			continue;
		}
		years.set(valid.jaar, fileNo * 1e9 + (line ?? 0));
		rows.push(valid);
	}
	if (problems.length) return { problems };
	return { file: { id, dataset: { ...(metaResult.data as Omit<Dataset, 'waarden'>), waarden: rows } }, problems };
}
