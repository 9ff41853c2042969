/**
 * The year a source file is about, read from the file itself: the period column of CBS
 * open data or StatLine ("2023JJ00"), the sheet name ("kwb-2023"), title rows above the
 * column names ("Kerncijfers wijken en buurten 2023") and the file name ("kwb-2023.xlsx").
 * The importers compare it with the year the mapping would write, so that a newer file read
 * with last year's mapping is not written as last year without a word.
 */
import { basename } from 'node:path';

/** Where in a file a year can stand, strongest first. */
export interface YearSource {
	/** The file name (a path is reduced to its name). */
	fileName: string;
	/** The values of a period column (Perioden), as CBS writes them: "2023JJ00". */
	periods?: readonly string[];
	/** The name of the sheet read from a spreadsheet. */
	sheetName?: string;
	/** Rows of text above the column names. */
	titleRows?: readonly string[];
}

export interface FoundYear {
	year: number;
	/** Where it was found, in Dutch: "in de kolom Perioden", "in de naam van het werkblad 'kwb-2023'". */
	where: string;
}

/** The years (1900–2999) in a text: four digits that are not part of a longer number. */
export function yearsInText(text: string): number[] {
	const years = new Set<number>();
	for (const match of text.matchAll(/(?<!\d)(19\d\d|2\d\d\d)(?!\d)/g)) years.add(Number(match[1]));
	return [...years].sort((a, b) => a - b);
}

export interface SourceYears {
	/** The one year every place that names a year agrees on; undefined when none or when they differ. */
	year?: number;
	/** Each place that names exactly one year, strongest first. */
	found: FoundYear[];
}

/**
 * The years the file names, per place. A place that names several years (a period column
 * with 2022 and 2023) says nothing about one year and is left out. When the places disagree
 * (sheet "kwb-2023" in a file renamed to kwb-2024.xlsx) there is no `year`: the file does not
 * clearly say which year it holds.
 */
export function yearsInSource(source: YearSource): SourceYears {
	const name = basename(source.fileName);
	const places: { texts: readonly string[]; where: string }[] = [
		{ texts: source.periods ?? [], where: 'in de kolom Perioden' },
		{
			texts: source.sheetName === undefined ? [] : [source.sheetName],
			where: `in de naam van het werkblad '${source.sheetName}'`,
		},
		{ texts: source.titleRows ?? [], where: 'in de titel boven de kolomnamen' },
		{ texts: [name], where: `in de bestandsnaam '${name}'` },
	];
	const found: FoundYear[] = [];
	for (const { texts, where } of places) {
		const years = new Set(texts.flatMap(yearsInText));
		if (years.size === 1) found.push({ year: [...years][0]!, where });
	}
	const distinct = new Set(found.map((f) => f.year));
	return distinct.size === 1 ? { year: found[0]!.year, found } : { found };
}
