/**
 * One import, start to finish: check the portal, read the mapping and the source file,
 * convert, merge with the dataset file, check like `npm run check`, write. Nothing is
 * written when anything is wrong; every mistake is reported at once.
 */
import { relative, resolve, sep } from 'node:path';

import type { Problem } from '#lib/content/problem.ts';
import type { Waarde } from '#schemas/waarden.ts';

import { convertCbs, type Counts } from './cbs.ts';
import { convertGeneric } from './generic.ts';
import { type ImportFormat, readMapping } from './mapping.ts';
import { cellString } from './numbers.ts';
import { loadPortal } from './portal.ts';
import { Problems } from './problems.ts';
import { readCsv, readODataJson, readXlsx, type Table, type TableResult } from './tables.ts';
import { unwiden } from './wide.ts';
import { type ImportDiff, mergeDataset, otherDatasetKeys } from './write.ts';
import { type SourceYears, yearsInSource } from './year.ts';

export type { ImportFormat };

export interface ImportOptions {
	format: ImportFormat;
	/** The source file. */
	bestand: string;
	/** The mapping file (YAML). */
	koppeling: string;
	/** The year of the figures, when the mapping has several. */
	jaar?: string;
	contentDir: string;
	cwd?: string;
	/** Check only; write nothing. */
	proef?: boolean;
	/** Allow an import that removes or blanks more than MAX_LOSS_SHARE of the existing values. */
	vervang?: boolean;
}

export interface ImportResult {
	ok: boolean;
	/** The portal does not pass `npm run check`: its problems, reported as such. */
	portalProblems?: Problem[];
	/** Mistakes in the mapping or the source file, formatted, with an "en nog N" line when capped. */
	problems: string[];
	problemCount: number;
	/** Summary lines (Dutch), when the import succeeded. */
	summary: string[];
	/** The file written, as shown to the editor. */
	written?: string;
	rows?: Waarde[];
}

const nl = new Intl.NumberFormat('nl-NL');
const count = (n: number, one: string, many: string) => `${nl.format(n)} ${n === 1 ? one : many}`;

function shownArg(path: string, cwd: string): string {
	const rel = relative(cwd, resolve(cwd, path));
	return (rel.startsWith('..') ? resolve(cwd, path) : rel).split(sep).join('/');
}

/** The diff with the existing dataset, in Dutch: counts, then a few examples. */
export function diffLines(diff: ImportDiff, yearText: string, proef: boolean): string[] {
	const lines = [
		`Verschil met wat er ${proef ? 'staat' : 'stond'} voor ${yearText}: ${nl.format(diff.added)} toegevoegd, ${nl.format(diff.changed)} gewijzigd, ${nl.format(diff.removed)} verwijderd, ${nl.format(diff.becameUnknown)} onbekend geworden, ${nl.format(diff.unchanged)} ongewijzigd.`,
	];
	if (diff.examples.removed.length) lines.push(`Verwijderd, bijvoorbeeld: ${diff.examples.removed.join('; ')}.`);
	if (diff.examples.becameUnknown.length)
		lines.push(`Onbekend geworden, bijvoorbeeld: ${diff.examples.becameUnknown.join('; ')}.`);
	if (diff.examples.changed.length) lines.push(`Gewijzigd, bijvoorbeeld: ${diff.examples.changed.join('; ')}.`);
	return lines;
}

/** The year the source file says it is about: period column, sheet name, title rows, file name. */
function yearOfTable(table: Table, path: string): SourceYears {
	const period = table.columns.findIndex((c) => /^perioden$/i.test(c.trim()));
	const periods = period < 0 ? undefined : table.rows.map((r) => cellString(r.cells[period]));
	return yearsInSource({ fileName: path, periods, sheetName: table.sheet, titleRows: table.titleRows });
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
	const cwd = options.cwd ?? process.cwd();
	const { format } = options;
	const failed = (problems: Problems): ImportResult => ({
		ok: false,
		problems: problems.lines(),
		problemCount: problems.count,
		summary: [],
	});

	const { portal, problems: portalProblems } = loadPortal(options.contentDir, cwd);
	if (!portal) return { ok: false, portalProblems, problems: [], problemCount: 0, summary: [] };

	const problems = new Problems();
	const mappingPath = resolve(cwd, options.koppeling);
	const sourcePath = resolve(cwd, options.bestand);
	const { mapping, problems: mappingProblems } = readMapping(
		mappingPath,
		shownArg(options.koppeling, cwd),
		format,
		portal,
	);
	problems.add(...mappingProblems);

	const shownSource = shownArg(options.bestand, cwd);
	let read: TableResult;
	if (format === 'kwb') read = await readXlsx(sourcePath, shownSource, mapping?.data.blad);
	else if (format === 'cbs' && /\.json$/i.test(sourcePath)) read = readODataJson(sourcePath, shownSource);
	else if (format !== 'cbs' && /\.(xlsx?|json)$/i.test(sourcePath)) {
		read = {
			problems: [
				{
					file: shownSource,
					message: `dit importeerprogramma leest alleen CSV-bestanden. ${/\.xlsx?$/i.test(sourcePath) ? 'Voor het Excel-bestand Kerncijfers wijken en buurten gebruikt u npm run import:kwb; een ander Excel-bestand slaat u in Excel op als CSV UTF-8.' : 'Voor JSON van de CBS open-data-API gebruikt u npm run import:cbs.'}`,
				},
			],
		};
	} else read = readCsv(sourcePath, shownSource);
	if (read.problems) problems.add(...read.problems);
	if (!mapping || !read.table) return failed(problems);
	const table = read.table;

	let rows: Waarde[];
	let origins: number[];
	let counts: Counts;
	let years: number[];
	const notes = [...table.notes];
	if (!table.rows.length) {
		problems.add({
			file: table.file,
			message:
				'in dit bestand staan geen cijfers (alleen de eerste rij met kolomnamen). Controleer of u het goede bestand heeft gekozen.',
		});
		return failed(problems);
	}
	if (format === 'csv') {
		if (options.jaar !== undefined)
			problems.add({
				file: 'de optie --jaar',
				message:
					'bij npm run import:csv staat het jaar in elke rij van het bestand, in de kolom jaar. Laat --jaar weg.',
			});
		let long = table;
		if (mapping.data.breed) {
			const reshaped = unwiden(table, mapping.data.breed.kolommen, mapping.file);
			problems.add(...reshaped.problems);
			if (!reshaped.table) return failed(problems);
			long = reshaped.table;
		}
		const result = convertGeneric(long, mapping, portal, problems);
		({ rows, origins, counts, years } = result);
		if (result.ignored.length) notes.push(`Deze kolommen zijn niet gebruikt: ${result.ignored.join(', ')}.`);
	} else {
		const mapped = [...mapping.years.keys()].sort();
		const inFile = yearOfTable(table, sourcePath);
		const fileYear = inFile.year === undefined ? undefined : inFile.found[0];
		const named = inFile.found.map((f) => `${f.year} (${f.where})`).join(' en ');
		let year: number | undefined;
		if (options.jaar !== undefined) {
			year = Number(options.jaar);
			if (!/^\d{4}$/.test(options.jaar.trim())) {
				problems.add({
					file: 'de optie --jaar',
					message: `'${options.jaar}' is geen jaartal. Schrijf het jaar met vier cijfers, bijvoorbeeld --jaar 2023.`,
				});
				year = undefined;
			} else if (!mapping.years.has(year)) {
				problems.add({
					file: mapping.file,
					message: `deze koppeling zegt niet welke kolommen bij ${year} horen. Voeg ${year} toe onder jaren, of kies een jaar uit de koppeling: ${mapped.join(', ')}.`,
				});
				year = undefined;
			}
			const other = inFile.found.filter((f) => f.year !== year);
			if (year !== undefined && other.length)
				notes.push(
					`Let op: het bestand noemt ${named}. Met --jaar ${year} zijn de cijfers als ${year} ${options.proef ? 'gelezen' : 'geschreven'}.`,
				);
		} else if (inFile.found.length && inFile.year === undefined && mapped.length) {
			problems.add({
				file: table.file,
				message: `dit bestand noemt verschillende jaren: ${named}. Er is niets geschreven, omdat niet zeker is over welk jaar de cijfers gaan. Zeg met --jaar welk jaar het is, bijvoorbeeld --jaar ${inFile.found[0]!.year}${mapping.years.has(inFile.found[0]!.year) ? '' : ` (voeg ${inFile.found[0]!.year}: dan ook toe onder jaren in de koppeling)`}.`,
			});
		} else if (fileYear && mapping.years.has(fileYear.year)) {
			year = fileYear.year;
			if (mapped.length > 1) notes.push(`Het jaar ${year} is uit het bestand gelezen (${fileYear.where}).`);
		} else if (fileYear && mapped.length) {
			const would = mapped.length === 1 ? mapped[0]! : undefined;
			problems.add({
				file: table.file,
				message: `dit bestand gaat over ${fileYear.year} (dat staat ${fileYear.where}), maar de koppeling ${mapping.file} heeft geen kolommen voor ${fileYear.year}${would === undefined ? ` (wel voor ${mapped.join(', ')})` : ` en zou de cijfers als ${would} schrijven`}. Er is niets geschreven, zodat de cijfers van ${would ?? 'een ander jaar'} niet worden overschreven. Voeg ${fileYear.year}: toe onder jaren in de koppeling, met de kolommen van dat jaar (de kolomnamen kunnen per jaar verschillen). Bevat het bestand toch echt de cijfers van ${would ?? mapped.at(-1)}, geef dan --jaar ${would ?? mapped.at(-1)} op.`,
			});
		} else if (mapped.length === 1) year = mapped[0];
		else if (!mapped.length)
			problems.add({
				file: mapping.file,
				message:
					'onder jaren staat geen enkel jaar. Zet onder jaren het jaar van de cijfers, met daaronder welke kolom bij welke indicator hoort.',
			});
		else
			problems.add({
				file: mapping.file,
				message: `deze koppeling heeft kolommen voor meer jaren (${mapped.join(', ')}). Zeg welk jaar in het bestand staat, bijvoorbeeld met --jaar ${mapped.at(-1)}.`,
			});
		if (year === undefined) return failed(problems);
		({ rows, origins, counts } = convertCbs(table, mapping, format, year, portal, problems));
		years = [year];
		if (!problems.any && counts.read > 0 && counts.written === 0 && counts.skipped === 0) {
			const gemeenten = portal.portaal.gemeenten.map((g) => `${g.code} (${g.naam})`).join(', ');
			problems.add({
				file: table.file,
				message: `in dit bestand staan geen cijfers over de gemeente(n) van dit portaal: ${gemeenten}. Controleer of u het goede bestand heeft gekozen.`,
			});
		}
	}
	if (problems.any) return failed(problems);

	// A figure that another dataset of the portal already has.
	const others = otherDatasetKeys(portal, mapping.data.dataset);
	if (others.size) {
		const byIndicator = new Map<string, { file: string; rows: number[] }>();
		rows.forEach((r, i) => {
			const file = others.get(`${r.gebied}|${r.indicator}|${r.jaar}`);
			if (!file) return;
			if (format === 'csv') {
				problems.add({
					file: table.file,
					item: { word: 'rij', number: origins[i]! },
					message: `er staat al een waarde voor ${r.gebied} (${portal.areas.byCode.get(r.gebied)?.naam}), ${r.indicator}, ${r.jaar} in ${file}. Elk gebied heeft per indicator en jaar één waarde, in één dataset. Haal de rij weg, of haal de waarde weg uit ${file}.`,
				});
				return;
			}
			const key = `${r.indicator}|${r.jaar}|${file}`;
			const entry = byIndicator.get(key) ?? { file, rows: [] };
			entry.rows.push(origins[i]!);
			byIndicator.set(key, entry);
		});
		for (const [key, { file, rows: at }] of byIndicator) {
			const [indicator, jaar] = key.split('|');
			const spec = mapping.years.get(Number(jaar))?.find((s) => s.indicator === indicator);
			problems.add({
				file: mapping.file,
				...spec?.place,
				message: `de indicator ${indicator} heeft voor ${jaar} al waarden in ${file} (${count(at.length, 'gebied', 'gebieden')}, bijvoorbeeld ${table.rowWord} ${at[0]} van ${table.file}). Elk gebied heeft per indicator en jaar één waarde, in één dataset. Haal ${indicator} weg uit de koppeling, of haal de waarden weg uit ${file}.`,
			});
		}
		if (problems.any) return failed(problems);
	}

	const merged = mergeDataset(portal, mapping.data, rows, years, !options.proef, options.vervang);
	if (merged.problems.length) {
		problems.add(...merged.problems);
		return failed(problems);
	}

	const summary: string[] = [];
	const written = options.proef ? 'klaar om te schrijven' : 'geschreven';
	const yearText = years.length === 1 ? String(years[0]) : years.join(', ');
	summary.push(`${count(counts.read, 'rij', 'rijen')} gelezen uit ${table.file}.`);
	summary.push(
		`${count(counts.written, 'waarde', 'waarden')} ${written} voor ${yearText}${counts.missing ? `, waarvan ${count(counts.missing, 'zonder cijfer', 'zonder cijfer')} (een punt of een lege cel in het bestand; geschreven als null, niet als 0)` : ''}.`,
	);
	if (counts.otherGemeente)
		summary.push(
			`${count(counts.otherGemeente, 'rij', 'rijen')} overgeslagen: ${counts.otherGemeente === 1 ? 'hoort' : 'horen'} bij andere gemeenten.`,
		);
	if (counts.skipped)
		summary.push(
			`${count(counts.skipped, 'rij', 'rijen')} overgeslagen: ${counts.skipped === 1 ? 'staat' : 'staan'} bij overslaan in de koppeling.`,
		);
	if (counts.notArea)
		summary.push(
			`${count(counts.notArea, 'rij', 'rijen')} overgeslagen: geen gemeente, wijk of buurt (bijvoorbeeld heel Nederland).`,
		);
	if (counts.absent.length) {
		const shown = counts.absent
			.slice(0, 10)
			.map((c) => `${c} (${portal.areas.byCode.get(c)?.naam})`)
			.join(', ');
		summary.push(
			`Let op: ${count(counts.absent.length, 'gebied', 'gebieden')} van het portaal ${counts.absent.length === 1 ? 'staat' : 'staan'} niet in het bestand en ${counts.absent.length === 1 ? 'krijgt' : 'krijgen'} geen cijfers voor ${yearText}: ${shown}${counts.absent.length > 10 ? ' en meer' : ''}.`,
		);
	}
	summary.push(...diffLines(merged.diff, yearText, options.proef === true));
	if (merged.kept)
		summary.push(
			`${count(merged.kept, 'waarde', 'waarden')} van andere jaren (${merged.keptYears.join(', ')}) bewaard.`,
		);
	summary.push(...notes);
	return { ok: true, problems: [], problemCount: 0, summary, written: merged.shownPath, rows: merged.dataset.waarden };
}
