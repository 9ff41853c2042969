/**
 * Merges imported rows into content/indicatoren/waarden/<dataset>.json: the rows of the
 * imported years are replaced, other years stay. The result is checked exactly like
 * `npm run check` checks value files (together with the portal's other value files)
 * before anything is written, and then written in one step.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Problem } from '#lib/content/problem.ts';
import { buildTime } from '#lib/site/build-time.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { valueFiles, valuesDir } from '#lib/wijkkompas/load.ts';
import { valueRangeProblem } from '#lib/wijkkompas/value-range.ts';
import { newSeen, readValuesFile } from '#lib/wijkkompas/values-file.ts';
import type { Dataset, Waarde } from '#schemas/waarden.ts';

import type { Koppeling } from './mapping.ts';
import type { Portal } from './portal.ts';

const ROW_KEYS = ['gebied', 'indicator', 'jaar', 'waarde', 'reden', 'n', 'marge'] as const;

export function compareRows(a: Waarde, b: Waarde): number {
	return a.gebied < b.gebied
		? -1
		: a.gebied > b.gebied
			? 1
			: a.indicator < b.indicator
				? -1
				: a.indicator > b.indicator
					? 1
					: a.jaar - b.jaar;
}

/** The dataset as JSON text: metadata first, then one row per line for readable diffs. */
export function formatDataset(dataset: Dataset): string {
	const { waarden, ...meta } = dataset;
	const head = JSON.stringify(meta, null, '\t').slice(0, -2);
	const rows = waarden.map((row) => {
		const ordered: Record<string, unknown> = {};
		for (const key of ROW_KEYS) if (row[key] !== undefined) ordered[key] = row[key];
		return `\t\t${JSON.stringify(ordered)}`;
	});
	return `${head},\n\t"waarden": [${rows.length ? `\n${rows.join(',\n')}\n\t` : ''}]\n}\n`;
}

/**
 * Where the figures of the portal's other datasets are: `gebied|indicator|jaar` → file.
 * Each area has one figure per indicator and year, in one dataset.
 */
export function otherDatasetKeys(portal: Portal, datasetId: string): Map<string, string> {
	const keys = new Map<string, string>();
	for (const file of valueFiles(portal.contentDir)) {
		if (file.id === datasetId) continue;
		const data = JSON.parse(readFileSync(file.path, 'utf8').replace(/^\uFEFF/, '')) as Dataset;
		const shown = portal.shown(file.path);
		for (const row of data.waarden) keys.set(`${row.gebied}|${row.indicator}|${row.jaar}`, shown);
	}
	return keys;
}

/** Today in the Netherlands, as JJJJ-MM-DD (honours WIJKPORTAAL_NU). */
export function today(): string {
	return amsterdamDay(buildTime());
}

/**
 * The largest share of the existing values of the imported years that an import may remove
 * or turn into "unknown" (null) without `--vervang`: 5%. A partial file (one wijk's StatLine
 * export) or a file with an empty column would otherwise replace a whole year without a word.
 */
export const MAX_LOSS_SHARE = 0.05;

/** How the rows of the imported years change, per (gebied, indicator, jaar). */
export interface ImportDiff {
	/** Existing rows of the imported years (the base of the share). */
	existing: number;
	added: number;
	changed: number;
	/** Existing rows that the new file does not have. */
	removed: number;
	/** A number that becomes null. */
	becameUnknown: number;
	unchanged: number;
	/** A few examples, as "BU03440111 (Oude Haven), inwoners, 2024: 1.234 → 1.240". */
	examples: { changed: string[]; removed: string[]; becameUnknown: string[] };
}

const EXAMPLES = 3;
const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6 });
const shownValue = (v: number | null) => (v === null ? 'onbekend' : nl.format(v));
const sameRow = (a: Waarde, b: Waarde) =>
	a.waarde === b.waarde && a.n === b.n && a.marge === b.marge && a.reden === b.reden;

/** Compares the existing rows of the imported years with the new rows. */
export function diffRows(
	existing: readonly Waarde[],
	rows: readonly Waarde[],
	nameOf: (code: string) => string | undefined = () => undefined,
): ImportDiff {
	const key = (r: Waarde) => `${r.gebied}|${r.indicator}|${r.jaar}`;
	const label = (r: Waarde) => {
		const naam = nameOf(r.gebied);
		return `${r.gebied}${naam ? ` (${naam})` : ''}, ${r.indicator}, ${r.jaar}`;
	};
	const fresh = new Map(rows.map((r) => [key(r), r]));
	const diff: ImportDiff = {
		existing: existing.length,
		added: 0,
		changed: 0,
		removed: 0,
		becameUnknown: 0,
		unchanged: 0,
		examples: { changed: [], removed: [], becameUnknown: [] },
	};
	const note = (list: string[], text: string) => {
		if (list.length < EXAMPLES) list.push(text);
	};
	const old = new Set<string>();
	for (const row of existing) {
		old.add(key(row));
		const next = fresh.get(key(row));
		if (!next) {
			diff.removed++;
			note(diff.examples.removed, `${label(row)}: ${shownValue(row.waarde)}`);
		} else if (row.waarde !== null && next.waarde === null) {
			diff.becameUnknown++;
			note(diff.examples.becameUnknown, `${label(row)}: ${shownValue(row.waarde)} → onbekend`);
		} else if (sameRow(row, next)) diff.unchanged++;
		else {
			diff.changed++;
			note(diff.examples.changed, `${label(row)}: ${shownValue(row.waarde)} → ${shownValue(next.waarde)}`);
		}
	}
	for (const row of rows) if (!old.has(key(row))) diff.added++;
	return diff;
}

/** True when the import would remove or blank more than MAX_LOSS_SHARE of the existing values. */
export const tooDestructive = (diff: ImportDiff) =>
	diff.existing > 0 && (diff.removed + diff.becameUnknown) / diff.existing > MAX_LOSS_SHARE;

export interface MergeResult {
	problems: Problem[];
	diff: ImportDiff;
	/** The file (to be) written, as the editor sees it. */
	shownPath: string;
	/** Rows kept from other years. */
	kept: number;
	/** Rows of the imported years that were replaced. */
	replaced: number;
	keptYears: number[];
	dataset: Dataset;
}

/** Builds the merged dataset and checks it; writes it only when `write` is set and there are no problems. */
export function mergeDataset(
	portal: Portal,
	koppeling: Koppeling,
	rows: Waarde[],
	years: number[],
	write: boolean,
	/** Allow an import that removes or blanks many existing values (`--vervang`). */
	replaceAll = false,
): MergeResult {
	const id = koppeling.dataset;
	const dir = valuesDir(portal.contentDir);
	const target = join(dir, `${id}.json`);
	const shownPath = portal.shown(target);
	const existing = existsSync(target)
		? (JSON.parse(readFileSync(target, 'utf8').replace(/^\uFEFF/, '')) as Dataset)
		: undefined;
	const imported = new Set(years);
	const keptRows = (existing?.waarden ?? []).filter((r) => !imported.has(r.jaar));
	const replaced = (existing?.waarden.length ?? 0) - keptRows.length;
	const diff = diffRows(
		(existing?.waarden ?? []).filter((r) => imported.has(r.jaar)),
		rows,
		(code) => portal.areas.byCode.get(code)?.naam,
	);
	const dataset: Dataset = {
		naam: koppeling.naam,
		bron: koppeling.bron,
		licentie: koppeling.licentie,
		...(koppeling.bronadres ? { bronadres: koppeling.bronadres } : {}),
		bijgewerkt: koppeling.bijgewerkt ?? today(),
		...((koppeling.toelichting ?? existing?.toelichting)
			? { toelichting: koppeling.toelichting ?? existing?.toelichting }
			: {}),
		...((koppeling.bronBeveiliging ?? existing?.bronBeveiliging)
			? { bronBeveiliging: koppeling.bronBeveiliging ?? existing?.bronBeveiliging }
			: {}),
		waarden: [...keptRows, ...rows].sort(compareRows),
	};
	const result = {
		diff,
		shownPath,
		kept: keptRows.length,
		replaced,
		keptYears: [...new Set(keptRows.map((r) => r.jaar))].sort(),
		dataset,
	};
	// The converters check every figure against its unit; this is the last gate, because JSON
	// would write a number too large to hold (Infinity) as null, and the check below would accept that.
	for (const row of rows) {
		const def = portal.indicators.get(row.indicator);
		const problem =
			row.waarde !== null && def ? valueRangeProblem(String(row.waarde), row.waarde, def.eenheid, def.id) : undefined;
		const unreadable = [row.waarde, row.n, row.marge].some((v) => typeof v === 'number' && !Number.isFinite(v));
		if (problem || unreadable) {
			return {
				...result,
				problems: [
					{
						file: shownPath,
						message: `${row.gebied}, ${row.indicator}, ${row.jaar}: ${problem ?? 'een getal is te groot om te schrijven.'} Er is niets geschreven.`,
					},
				],
			};
		}
	}
	if (!replaceAll && tooDestructive(diff)) {
		const lost = diff.removed + diff.becameUnknown;
		const examples = [...diff.examples.removed, ...diff.examples.becameUnknown].slice(0, EXAMPLES);
		return {
			...result,
			problems: [
				{
					file: shownPath,
					message: `deze import zou ${nl.format(lost)} van de ${nl.format(diff.existing)} bestaande waarden van ${years.join(', ')} weghalen (${nl.format(diff.removed)}) of onbekend maken (${nl.format(diff.becameUnknown)}), bijvoorbeeld ${examples.join('; ')}. Dat is meer dan ${nl.format(MAX_LOSS_SHARE * 100)}%. Er is niets geschreven. Staan in het bestand maar een deel van de gebieden of indicatoren, bijvoorbeeld één wijk? Gebruik dan een bestand met alle gebieden. Wilt u de cijfers van ${years.join(', ')} echt door dit bestand vervangen, voeg dan --vervang toe.`,
				},
			],
		};
	}
	const text = formatDataset(dataset);

	// Check the new file with the portal's other value files, in the order `npm run check` reads them.
	const scratch = mkdtempSync(join(tmpdir(), 'wijkportaal-import-'));
	const problems: Problem[] = [];
	try {
		const candidate = join(scratch, `${id}.json`);
		writeFileSync(candidate, text);
		const files = valueFiles(portal.contentDir).filter((f) => f.id !== id);
		files.push({ id, path: candidate });
		files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const context = { areas: portal.areas, indicators: portal.indicators, maxYear: portal.maxYear, seen: newSeen() };
		for (const file of files) {
			const shown = file.id === id ? shownPath : portal.shown(file.path);
			problems.push(...readValuesFile(file.path, shown, file.id, context).problems);
		}
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
	if (problems.length || !write) return { ...result, problems };

	mkdirSync(dir, { recursive: true });
	const temporary = join(dir, `.${id}.json.${process.pid}.tmp`);
	writeFileSync(temporary, text);
	renameSync(temporary, target);
	return { ...result, problems };
}
