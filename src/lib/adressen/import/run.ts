/**
 * One address import, start to finish: read the portal's gemeenten and buurten, stream the CBS
 * file keeping the portal's addresses, optionally stream a street file, compress the addresses
 * into runs and write content/adressen/adressen.csv in one step. Nothing is written when
 * anything is wrong (or with `proef`); every mistake is reported at once, in plain Dutch.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { AdresReeks } from '#lib/adressen/types.ts';
import { ADRESSEN_BESTAND } from '#lib/adressen/types.ts';
import { count, few, nl } from '#lib/geo/import/words.ts';
import { writeAtomically } from '#lib/geo/import/write.ts';
import { Problems } from '#lib/wijkkompas/import/problems.ts';

import { readAddresses } from './addresses.ts';
import { formatAddressFile } from './format.ts';
import { readPortalCodes } from './portal.ts';
import { runsOfPostcode } from './runs.ts';
import { readStreets, type StreetBook } from './streets.ts';

export interface AddressImportOptions {
	/** The CBS file "buurt, wijk en gemeente voor postcode en huisnummer". */
	adressen: string;
	/** Optional street file (runs or a BAG address export). */
	straten?: string;
	contentDir: string;
	cwd?: string;
	/** Check only; write nothing. */
	proef?: boolean;
}

export interface AddressImportResult {
	ok: boolean;
	/** Mistakes, formatted, with an "en nog N" line when capped. */
	problems: string[];
	problemCount: number;
	/** What was done (Dutch), when the import succeeded. */
	summary: string[];
	/** Remarks that need no action now (Dutch). */
	notes: string[];
	/** The file (to be) written, as shown to the editor. */
	written?: string;
	runs?: AdresReeks[];
}

function shownArg(path: string, cwd: string): string {
	const rel = relative(cwd, resolve(cwd, path));
	return (rel.startsWith('..') ? resolve(cwd, path) : rel).split(sep).join('/');
}

const STREET_FORM = { reeksen: 'reeksen van huisnummers', bag: 'BAG-adressenbestand' } as const;

export async function runAddressImport(options: AddressImportOptions): Promise<AddressImportResult> {
	const started = performance.now();
	const cwd = options.cwd ?? process.cwd();
	const problems = new Problems();
	const notes: string[] = [];
	const failed = (): AddressImportResult => ({
		ok: false,
		problems: problems.lines(),
		problemCount: problems.count,
		summary: [],
		notes: [],
	});

	// The portal.
	const contentDir = resolve(cwd, options.contentDir);
	const contentShown = shownArg(options.contentDir, cwd);
	if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
		problems.add({
			file: contentShown,
			message: 'deze contentmap bestaat niet. Controleer de map achter --content, of maak hem eerst aan.',
		});
		return failed();
	}
	const portal = readPortalCodes(contentDir);
	if (!portal.gemeenten.size)
		problems.add({
			file: `${contentShown}/portaal.yaml`,
			message:
				'hier staan geen gemeenten met een CBS-code (gemeenten: met naam en code, zoals GM0344). Het programma bewaart alleen de adressen van de gemeenten van het portaal. Vul portaal.yaml aan en controleer met npm run check.',
		});
	else if (!portal.buurten.size)
		problems.add({
			file: `${contentShown}/wijken`,
			message:
				'het portaal heeft nog geen buurten met een CBS-code (buurten: in content/wijken/<wijk>/wijk.md). Een adres wordt aan een buurt gekoppeld; zet eerst de wijken en buurten in het portaal.',
		});
	if (problems.any) return failed();

	// The addresses.
	const file = shownArg(options.adressen, cwd);
	const { book, counts, readable } = await readAddresses(resolve(cwd, options.adressen), file, portal, (p) =>
		problems.add(p),
	);
	const gemeenten = [...portal.gemeenten].sort().join(', ');
	if (readable && !problems.any) {
		const unknown = [...counts.unknownBuurten].sort();
		if (!counts.rows)
			problems.add({
				file,
				message: 'er staan geen adressen in dit bestand, alleen de eerste rij. Kies het volledige bestand van het CBS.',
			});
		else if (counts.outside === counts.rows) {
			const others = [...counts.otherGemeenten].sort();
			problems.add({
				file,
				message: `geen van de ${nl.format(counts.rows)} adressen ligt in een gemeente van het portaal (${gemeenten}). De adressen liggen in ${count(others.length, 'gemeente', 'gemeenten')}: ${few(others)}. Kies het bestand met de adressen van uw gemeente, of controleer de gemeenten in portaal.yaml.`,
			});
		} else if (!counts.kept)
			problems.add({
				file,
				message: `geen enkel adres ligt in een buurt van het portaal. De adressen van ${gemeenten} liggen in ${count(unknown.length, 'buurt', 'buurten')} die niet in de wijk.md-bestanden ${unknown.length === 1 ? 'staat' : 'staan'}: ${few(unknown)}. Gebruik het bestand van hetzelfde jaar als de buurtindeling van het portaal, of zet de buurtcodes in de wijk.md-bestanden.`,
			});
		else if (unknown.length)
			notes.push(
				`${count(counts.unknownBuurt, 'adres ligt', 'adressen liggen')} in ${count(unknown.length, 'buurt', 'buurten')} die niet in het portaal ${unknown.length === 1 ? 'staat' : 'staan'}: ${few(unknown)}. ${counts.unknownBuurt === 1 ? 'Dat adres is' : 'Die adressen zijn'} weggelaten. Is de buurtindeling veranderd? Pas dan de wijk.md aan, of gebruik het bestand van hetzelfde jaar als de buurten in het portaal.`,
			);
	}

	// The streets.
	let streets: StreetBook | undefined;
	let streetFile: string | undefined;
	if (options.straten !== undefined) {
		streetFile = shownArg(options.straten, cwd);
		streets = await readStreets(resolve(cwd, options.straten), streetFile, book.byPostcode, (p) => problems.add(p));
	}
	if (problems.any || !readable) return failed();

	// The runs.
	const runs: AdresReeks[] = [];
	let withoutStreet = 0;
	const examplesWithoutStreet: string[] = [];
	for (const postcode of [...book.byPostcode.keys()].sort()) {
		const numbers = book.byPostcode.get(postcode)!;
		const addresses = [...numbers].map(([number, buurt]) => {
			const straat = streets?.streetOf(postcode, number) ?? '';
			if (streets && !straat) {
				withoutStreet++;
				if (examplesWithoutStreet.length < 10) examplesWithoutStreet.push(`${postcode} ${number}`);
			}
			return { number, buurt: book.buurten[buurt]!, straat };
		});
		runs.push(...runsOfPostcode(postcode, addresses));
	}
	if (withoutStreet)
		notes.push(
			`${count(withoutStreet, 'adres staat', 'adressen staan')} niet in ${streetFile}, bijvoorbeeld ${few(examplesWithoutStreet, 5)}. ${withoutStreet === 1 ? 'Dat adres krijgt' : 'Die adressen krijgen'} geen straatnaam; de buurt is wel te vinden. Gebruik een stratenbestand van dezelfde datum als het CBS-bestand.`,
		);
	const used = new Set(book.buurten);
	const empty = [...portal.buurten].filter((b) => portal.gemeenten.has(`GM${b.slice(2, 6)}`) && !used.has(b)).sort();
	if (empty.length)
		notes.push(
			`${count(empty.length, 'buurt', 'buurten')} van het portaal ${empty.length === 1 ? 'heeft' : 'hebben'} geen adressen in het bestand: ${few(empty)}. Bewoners vinden ${empty.length === 1 ? 'die buurt' : 'die buurten'} niet via hun adres. Klopt de buurtcode in de wijk.md?`,
		);

	const target = join(contentDir, ADRESSEN_BESTAND);
	const written = shownArg(target, cwd);
	if (!options.proef) writeAtomically(target, formatAddressFile(runs));

	const seconds = (performance.now() - started) / 1000;
	const summary = [
		`Gelezen: ${count(counts.rows, 'rij', 'rijen')} uit ${file}.`,
		`Bewaard: ${count(counts.kept, 'adres', 'adressen')} in ${count(book.buurten.length, 'buurt', 'buurten')} van ${gemeenten}.`,
		`Overgeslagen: ${count(counts.outside, 'adres', 'adressen')} buiten de gemeenten van het portaal.`,
		`Overgeslagen: ${count(counts.unknownBuurt, 'adres', 'adressen')} in buurten die het portaal niet kent.`,
		`${count(book.byPostcode.size, 'postcode', 'postcodes')} en ${count(runs.length, 'reeks', 'reeksen')} van huisnummers ${options.proef ? 'klaar om te schrijven' : 'geschreven'}.`,
		...(streets && streetFile
			? [
					`Straten: ${count(streets.rows, 'rij', 'rijen')} uit ${streetFile} (${STREET_FORM[streets.form]}); ${count(withoutStreet, 'adres', 'adressen')} zonder straatnaam.`,
				]
			: []),
		`Tijd: ${seconds.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} seconden.`,
	];
	return { ok: true, problems: [], problemCount: 0, summary, notes, written, runs };
}
