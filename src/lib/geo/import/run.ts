/**
 * One boundary import, start to finish: read the files (and the koppeling), pick the areas
 * of the gemeente, check every geometry, convert to WGS84, build and simplify one topology
 * for all levels, and write content/geo/gebieden.topojson in one step. Nothing is written
 * when anything is wrong; every mistake is reported at once, in plain Dutch.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

import type { Place } from '#lib/content/problem.ts';
import { GEO_FILE, GEO_FOLDER, type GeoLevel, type GeoTopology } from '#lib/geo/format.ts';
import { wijkOfBuurtCode } from '#lib/site/cbs-codes.ts';
import { Problems } from '#lib/wijkkompas/import/problems.ts';

import { featureWhere, LEVEL_WORD, selectAreas } from './attributes.ts';
import { type GeoKoppeling, readKoppeling } from './koppeling.ts';
import { portalNotes, readPortalAreas } from './portal.ts';
import { fileProjection, type Position, type Projection, projectionOf, toWgs84 } from './projection.ts';
import { readSourceFile, type SourceFile } from './read.ts';
import { AREA_TOLERANCE, buildTopology, DEFAULT_DETAIL, DEFAULT_QUANTISATION, type OutputArea } from './topology.ts';
import { checkGeometry, toWgs84Geometry } from './validate.ts';
import { count, few, kB, nl } from './words.ts';
import { writeAtomically } from './write.ts';

export interface GeoImportOptions {
	/** CBS code of the gemeente, "GM0344" (also "0344"). */
	gemeente: string;
	wijken: string;
	buurten: string;
	gemeenten?: string;
	koppeling?: string;
	projectie?: string;
	bron?: string;
	licentie?: string;
	/** Details smaller than about this many metres disappear (text from the command line, or a number). */
	detail?: string | number;
	contentDir: string;
	cwd?: string;
	/** Check only; write nothing. */
	proef?: boolean;
}

export interface GeoImportResult {
	ok: boolean;
	/** Mistakes, formatted, with an "en nog N" line when capped. */
	problems: string[];
	problemCount: number;
	/** What was done (Dutch), when the import succeeded. */
	summary: string[];
	/** Remarks that need no action now (Dutch). */
	notes: string[];
	topology?: GeoTopology;
	/** The file (to be) written, as shown to the editor. */
	written?: string;
	counts?: Record<GeoLevel, number>;
	/** Sizes in bytes: the input files together and the output file. */
	sizes?: { input: number; output: number };
}

function shownArg(path: string, cwd: string): string {
	const rel = relative(cwd, resolve(cwd, path));
	return (rel.startsWith('..') ? resolve(cwd, path) : rel).split(sep).join('/');
}

const OPTION = (name: string) => `de optie --${name}`;

export function runGeoImport(options: GeoImportOptions): GeoImportResult {
	const cwd = options.cwd ?? process.cwd();
	const problems = new Problems();
	const notes: string[] = [];
	const failed = (): GeoImportResult => ({
		ok: false,
		problems: problems.lines(),
		problemCount: problems.count,
		summary: [],
		notes: [],
	});

	// The options.
	let gemeente = options.gemeente.trim().toUpperCase();
	if (/^\d{1,4}$/.test(gemeente)) gemeente = `GM${gemeente.padStart(4, '0')}`;
	if (!/^GM\d{4}$/.test(gemeente))
		problems.add({
			file: OPTION('gemeente'),
			message: `'${options.gemeente}' is geen CBS-code van een gemeente. Schrijf GM en vier cijfers, bijvoorbeeld --gemeente GM0344 voor Utrecht.`,
		});
	const detailText = String(options.detail ?? DEFAULT_DETAIL)
		.trim()
		.replace(',', '.');
	const detail = Number(detailText);
	if (!detailText || !Number.isFinite(detail) || detail < 0)
		problems.add({
			file: OPTION('detail'),
			message: `'${String(options.detail)}' is geen geschikt getal. Geef een aantal meters van 0 of meer, bijvoorbeeld --detail 3 voor meer detail of --detail 15 voor een kleiner bestand. Zonder --detail is het ${DEFAULT_DETAIL}.`,
		});
	let forced: Projection | undefined;
	if (options.projectie !== undefined) {
		forced = projectionOf(options.projectie);
		if (!forced)
			problems.add({
				file: OPTION('projectie'),
				message: `'${options.projectie}' kent dit programma niet. Kies --projectie EPSG:28992 (RD New, coördinaten in meters) of --projectie EPSG:4326 (WGS84, lengte- en breedtegraden). Een ander stelsel zet u eerst om, bijvoorbeeld in QGIS of met ogr2ogr -t_srs EPSG:4326 nieuw.geojson oud.geojson.`,
			});
	}
	const contentDir = resolve(cwd, options.contentDir);
	if (!existsSync(contentDir) || !statSync(contentDir).isDirectory())
		problems.add({
			file: shownArg(options.contentDir, cwd),
			message: 'deze contentmap bestaat niet. Controleer de map achter --content, of maak hem eerst aan.',
		});

	let koppeling: GeoKoppeling | undefined;
	if (options.koppeling !== undefined) {
		const read = readKoppeling(resolve(cwd, options.koppeling), shownArg(options.koppeling, cwd));
		problems.add(...read.problems);
		koppeling = read.koppeling;
	}

	// The files.
	const paths: Partial<Record<GeoLevel, string>> = {
		gemeenten: options.gemeenten,
		wijken: options.wijken,
		buurten: options.buurten,
	};
	const sources: Partial<Record<GeoLevel, SourceFile>> = {};
	for (const level of ['gemeenten', 'wijken', 'buurten'] as const) {
		const path = paths[level];
		if (path === undefined) continue;
		const read = readSourceFile(resolve(cwd, path), shownArg(path, cwd));
		problems.add(...read.problems);
		if (read.source) sources[level] = read.source;
	}
	if (problems.any || (options.koppeling !== undefined && !koppeling)) return failed();

	// The areas of the gemeente, checked and converted.
	const output: Partial<Record<GeoLevel, OutputArea[]>> = {};
	const numbers = new Map<string, number>();
	let unnamed = 0;
	/** Areas, and parts of areas, without any area in the file: left out, with a note. */
	const withoutArea: string[] = [];
	const partsWithoutArea: string[] = [];
	for (const [level, source] of Object.entries(sources) as [GeoLevel, SourceFile][]) {
		const report = (place: Place | undefined, message: string) =>
			problems.add({ file: source.file, ...place, message });
		const projection = fileProjection(source, forced, report);
		if (!projection) continue;
		const convert = toWgs84(projection.projection);
		const swapped = projection.swapped;
		if (swapped)
			notes.push(
				`In ${source.file} staat bij elk punt eerst de breedte en dan de lengte (52.1, 5.1 in plaats van 5.1, 52.1). Het programma heeft dat omgedraaid; controleer de kaart.`,
			);
		const reportKoppeling = (place: Place | undefined, message: string) =>
			problems.add({ file: koppeling!.file, ...place, message });
		const before = problems.count;
		const selection = selectAreas(
			source,
			level,
			gemeente,
			koppeling?.levels[level],
			koppeling?.file,
			report,
			reportKoppeling,
		);
		if (!selection.areas.length) {
			if (problems.count === before) {
				const present = [...selection.gemeenten].sort();
				const what =
					level === 'gemeenten'
						? `staat gemeente ${gemeente} niet. Wel ${count(present.length, 'andere gemeente', 'andere gemeenten')}`
						: `staan geen ${LEVEL_WORD[level].many} van ${gemeente}. Wel ${LEVEL_WORD[level].many} van ${count(present.length, 'gemeente', 'gemeenten')}`;
				report(
					undefined,
					present.length
						? `in dit bestand ${what}: ${few(present)}. Controleer de code achter --gemeente, of kies het bestand van de goede gemeente.`
						: `in dit bestand staan geen ${LEVEL_WORD[level].many}. Kies het bestand met de grenzen van de ${LEVEL_WORD[level].many}.`,
				);
			}
			continue;
		}
		const areas: OutputArea[] = [];
		for (const area of selection.areas) {
			const where = featureWhere(area.feature.number, area.code);
			const first = numbers.get(area.code);
			if (first !== undefined) {
				report(
					where,
					`de code ${area.code} komt twee keer voor in dit bestand: ook bij object ${first}. Elk gebied staat er één keer in. Is het één gebied in delen? Voeg de delen dan samen tot één vorm, bijvoorbeeld in QGIS met 'Samenvoegen' (Dissolve) op de code. Anders verbetert u de code.`,
				);
				continue;
			}
			numbers.set(area.code, area.feature.number);
			let geometry;
			try {
				geometry = area.feature.geometry();
			} catch {
				report(
					where,
					'de vorm van dit gebied is niet te lezen: de TopoJSON is beschadigd. Exporteer het bestand opnieuw.',
				);
				continue;
			}
			const checked = checkGeometry(geometry);
			for (const message of checked.problems) report(where, message);
			if (!checked.polygons) continue;
			const wgs84 = toWgs84Geometry(checked.polygons, swapped ? (p: Position) => convert([p[1], p[0]]) : convert);
			for (const message of wgs84.problems) report(where, message);
			if (wgs84.problems.length) continue;
			if (!wgs84.geometry) {
				withoutArea.push(area.code);
				continue;
			}
			if (wgs84.dropped.length) partsWithoutArea.push(`${area.code} (${wgs84.dropped.join(', ')})`);
			if (!area.naam) unnamed++;
			areas.push({ code: area.code, naam: area.naam ?? area.code, geometry: wgs84.geometry });
		}
		// A gemeente without area in its file is made from the wijken instead.
		if (level !== 'gemeenten') output[level] = areas;
		else if (areas.length) output.gemeenten = areas;
	}

	// Each buurt's wijk must be there: the map draws buurten inside their wijk.
	if (output.wijken && output.buurten && sources.buurten && sources.wijken) {
		for (const buurt of output.buurten) {
			const wijk = wijkOfBuurtCode(buurt.code);
			if (!numbers.has(wijk)) {
				problems.add({
					file: sources.buurten.file,
					...featureWhere(numbers.get(buurt.code) ?? 0, buurt.code),
					message: `de wijk van deze buurt, ${wijk}, staat niet in ${sources.wijken.file}. De wijkcode is WK met de eerste zes tekens van de buurtcode na BU. Verbeter de buurtcode, of voeg de wijk toe aan het bestand met de wijken.`,
				});
			}
		}
		const withBuurten = new Set(output.buurten.map((b) => wijkOfBuurtCode(b.code)));
		const empty = output.wijken.filter((w) => !withBuurten.has(w.code)).map((w) => w.code);
		if (empty.length)
			notes.push(
				`${count(empty.length, 'wijk heeft', 'wijken hebben')} geen buurten in ${sources.buurten.file}: ${few(empty)}.`,
			);
	}
	if (problems.any || !output.wijken || !output.buurten) return failed();

	// The gemeente: from its own file, or the union of its wijken.
	const portal = readPortalAreas(contentDir);
	let gemeenteNaam = output.gemeenten?.[0]?.naam;
	if (!output.gemeenten) {
		gemeenteNaam = portal.gemeenten.get(gemeente);
		if (gemeenteNaam)
			notes.push(
				`De grens van de gemeente is samengesteld uit de wijken; de naam (${gemeenteNaam}) komt uit portaal.yaml.`,
			);
		else {
			gemeenteNaam = gemeente;
			notes.push(
				`De grens van de gemeente is samengesteld uit de wijken. De naam van ${gemeente} staat niet in portaal.yaml van deze contentmap; daarom is de code als naam gebruikt. Zet de gemeente in portaal.yaml, of geef het bestand met de gemeentegrenzen op met --gemeenten, en importeer opnieuw.`,
			);
		}
	}
	if (withoutArea.length)
		notes.push(
			`${count(withoutArea.length, 'gebied heeft', 'gebieden hebben')} in het bestand geen oppervlakte (alle punten op één lijn; dat komt voor in sterk vereenvoudigde landelijke bestanden) en ${withoutArea.length === 1 ? 'staat' : 'staan'} daarom niet in het kaartbestand: ${few(withoutArea)}. Gebruik voor een goede kaart een gedetailleerder bestand, zoals de Wijk- en buurtkaart van het CBS via PDOK.`,
		);
	if (partsWithoutArea.length)
		notes.push(
			`Bij ${count(partsWithoutArea.length, 'gebied', 'gebieden')} ${partsWithoutArea.length === 1 ? 'is een deel' : 'zijn delen'} zonder oppervlakte weggelaten: ${few(partsWithoutArea, 5)}.`,
		);
	if (unnamed)
		notes.push(
			`${count(unnamed, 'gebied heeft', 'gebieden hebben')} geen naam in het bestand; daar is de code als naam gebruikt.`,
		);

	const bron = options.bron?.trim() || koppeling?.bron || (koppeling ? undefined : 'CBS, Kadaster');
	const licentie = options.licentie?.trim() || koppeling?.licentie || (koppeling ? undefined : 'CC BY 4.0');
	if (!bron || !licentie)
		notes.push(
			`Geef ook de bron en de licentie van de grenzen op, met --bron en --licentie (of bron: en licentie: in de koppeling). Het portaal zet ze onder de kaarten.`,
		);

	const built = buildTopology(
		{ gemeenten: output.gemeenten, wijken: output.wijken, buurten: output.buurten },
		{ code: gemeente, naam: gemeenteNaam ?? gemeente },
		{
			detail,
			quantisation: DEFAULT_QUANTISATION,
			bron,
			licentie,
		},
	);
	const { topology } = built;
	const one = built.protectedAreas.length === 1;
	if (built.protectedAreas.length)
		notes.push(
			`${count(built.protectedAreas.length, 'gebied heeft', 'gebieden hebben')} meer detail gehouden, omdat ${one ? 'het' : 'ze'} anders ${one ? 'zijn' : 'hun'} vorm zou${one ? '' : 'den'} verliezen: ${few(built.protectedAreas)}.`,
		);
	if (built.misshapen.length)
		notes.push(
			`De vorm van ${count(built.misshapen.length, 'gebied', 'gebieden')} verandert in het kaartbestand meer dan ${AREA_TOLERANCE * 100}%, ook met alle detail: ${few(built.misshapen)}. Zo'n gebied is erg klein, of de vorm in het bestand is vreemd (bijvoorbeeld een gat dat over de rand gaat). Bekijk ${built.misshapen.length === 1 ? 'het' : 'ze'} op de kaart.`,
		);

	notes.push(
		...portalNotes(
			portal,
			gemeente,
			[...output.wijken, ...output.buurten].map((a) => a.code),
		),
	);

	const text = `${JSON.stringify(topology)}\n`;
	const target = join(contentDir, GEO_FOLDER, GEO_FILE);
	const written = shownArg(target, cwd);
	if (!options.proef) writeAtomically(target, text);

	const counts = {
		gemeenten: topology.objects.gemeenten.geometries.length,
		wijken: output.wijken.length,
		buurten: output.buurten.length,
	};
	const input = Object.values(sources).reduce((sum, s) => sum + s.bytes, 0);
	const output_ = Buffer.byteLength(text);
	const files = Object.values(sources)
		.map((s) => `${s.file} (${s.format})`)
		.join(', ');
	const summary = [
		`${count(counts.gemeenten, 'gemeente', 'gemeenten')} (${gemeenteNaam && gemeenteNaam !== gemeente ? `${gemeente}, ${gemeenteNaam}` : gemeente}), ${count(counts.wijken, 'wijk', 'wijken')} en ${count(counts.buurten, 'buurt', 'buurten')} ${options.proef ? 'klaar om te schrijven' : 'geschreven'}.`,
		`Gelezen: ${files}; samen ${kB(input)}. Het kaartbestand is ${kB(output_)} (detail ${nl.format(detail)} m${detail === DEFAULT_DETAIL ? ', de standaard' : ''}).`,
		`Bron: ${bron ?? '(niet opgegeven)'}; licentie: ${licentie ?? '(niet opgegeven)'}.`,
	];
	return {
		ok: true,
		problems: [],
		problemCount: 0,
		summary,
		notes,
		topology,
		written,
		counts,
		sizes: { input, output: output_ },
	};
}
