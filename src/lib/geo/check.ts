/**
 * Rules that tie the geometry file to the content: every gemeente, wijk and buurt has a
 * boundary, every boundary belongs to an area of the portal, and every location of an
 * agenda item or activity lies where the item says it is.
 */
import { geoContains } from 'd3';

import type { Loaded } from '#lib/content/portal-content.ts';
import type { Problem } from '#lib/content/problem.ts';
import type { Activiteit } from '#schemas/activiteit.ts';
import type { AgendaItem } from '#schemas/agenda.ts';
import type { Locatie } from '#schemas/fields.ts';
import type { Organisatie } from '#schemas/organisatie.ts';
import type { Portaal } from '#schemas/portaal.ts';
import type { Wijk } from '#schemas/wijk.ts';

import { basemapFileProblem } from './basemap-file.ts';
import { geoAreas } from './features.ts';
import { GEO_FILE, GEO_FOLDER } from './format.ts';
import type { GeoRead } from './read.ts';

const LEVEL_NAME = { gemeenten: 'gemeente', wijken: 'wijk', buurten: 'buurt' } as const;

export interface GeoContent {
	portaal: Loaded<Portaal>;
	wijken: Loaded<Wijk>[];
	agenda: Loaded<AgendaItem>[];
	activiteiten: Loaded<Activiteit>[];
	socialeKaart?: Loaded<Organisatie>[];
}

export function checkGeo(read: GeoRead, content: GeoContent): Problem[] {
	if (!read.topology) return read.problems;
	const areas = geoAreas(read.topology);
	const problems: Problem[] = [];
	const FIX = 'Voeg de grens toe met npm run import:geo (zie docs/importeren.md).';

	// Areas of the portal without a boundary: reported at the content file that names them.
	const expected = new Map<string, string>();
	const portaalFile = content.portaal.file;
	content.portaal.data.gemeenten.forEach((g, i) => {
		expected.set(g.code, g.naam);
		if (!areas.byCode.has(g.code)) {
			problems.push({
				file: portaalFile.file.shownPath,
				line: portaalFile.lineOf(['gemeenten', i, 'code']),
				field: `gemeenten.${i + 1}.code`,
				message: `gemeente ${g.naam} (${g.code}) heeft geen grens in ${read.shownPath}. ${FIX}`,
			});
		}
	});
	for (const wijk of content.wijken) {
		expected.set(wijk.data.code, wijk.data.naam);
		if (!areas.byCode.has(wijk.data.code)) {
			problems.push({
				file: wijk.file.file.shownPath,
				line: wijk.file.lineOf(['code']),
				field: 'code',
				message: `wijk ${wijk.data.naam} (${wijk.data.code}) heeft geen grens in ${read.shownPath}. ${FIX}`,
			});
		}
		wijk.data.buurten.forEach((b, i) => {
			expected.set(b.code, b.naam);
			if (!areas.byCode.has(b.code)) {
				problems.push({
					file: wijk.file.file.shownPath,
					line: wijk.file.lineOf(['buurten', i, 'code']),
					field: `buurten.${i + 1}.code`,
					message: `buurt ${b.naam} (${b.code}) heeft geen grens in ${read.shownPath}. ${FIX}`,
				});
			}
		});
	}
	// Boundaries of areas the portal does not have.
	for (const [code, f] of areas.byCode) {
		if (expected.has(code)) continue;
		const level = LEVEL_NAME[areas.level.get(code)!];
		problems.push({
			file: read.shownPath,
			line: read.lineOfCode(code),
			message: `de grens van ${level} ${f.properties.naam} (${code}) hoort bij geen ${level} van het portaal. Voeg de ${level} toe aan de inhoud (${level === 'gemeente' ? 'portaal.yaml' : level === 'wijk' ? 'een map in content/wijken' : 'de buurten in wijk.md'}), of maak het bestand opnieuw met npm run import:geo voor de juiste gemeente.`,
		});
	}
	if (problems.length) return problems;

	// Locations: inside the buurt if the item names one, else inside its wijk (agenda, sociale kaart) or gemeente (activities).
	const wijkOf = new Map(content.wijken.map((w) => [w.file.file.id, w.data]));
	const where = (point: Locatie, code: string) => {
		const f = areas.byCode.get(code);
		return !f || geoContains(f, [point.lon, point.lat]);
	};
	const locationProblem = (file: Loaded<unknown>['file'], path: (string | number)[], point: Locatie, what: string) =>
		problems.push({
			file: file.file.shownPath,
			line: file.lineOf(path),
			field: path.join('.'),
			message: `de locatie ${point.lat}, ${point.lon} ligt niet in ${what}. Controleer de getallen: eerst de breedtegraad, dan de lengtegraad. Zoek de plek op in een kaartapp en kopieer de coördinaten opnieuw.`,
		});
	for (const item of [...content.agenda, ...(content.socialeKaart ?? [])]) {
		const point = item.data.locatie;
		const wijk = item.file.file.wijk ? wijkOf.get(item.file.file.wijk) : undefined;
		if (!point || !wijk) continue;
		const buurt = item.data.buurt ? wijk.buurten.find((b) => b.code === item.data.buurt) : undefined;
		if (buurt && !where(point, buurt.code)) locationProblem(item.file, ['locatie'], point, `buurt ${buurt.naam}`);
		else if (!buurt && !where(point, wijk.code)) locationProblem(item.file, ['locatie'], point, `wijk ${wijk.naam}`);
	}
	const gemeenten = content.portaal.data.gemeenten;
	for (const item of content.activiteiten) {
		const point = item.data.plaats.locatie;
		if (point && !gemeenten.some((g) => where(point, g.code))) {
			locationProblem(
				item.file,
				['plaats', 'locatie'],
				point,
				gemeenten.length === 1 ? `de gemeente ${gemeenten[0]!.naam}` : 'een gemeente van dit portaal',
			);
		}
	}
	return problems;
}

/** A basiskaart named as a file must be a PMTiles file in content/geo/, and only a portal with maps can use one. */
export function checkBasiskaart(contentDir: string, portaal: Loaded<Portaal>, hasGeo: boolean): Problem[] {
	const name = portaal.data.kaart.basiskaart;
	if (!name) return [];
	const at = {
		file: portaal.file.file.shownPath,
		line: portaal.file.lineOf(['kaart', 'basiskaart']),
		field: 'kaart.basiskaart',
	};
	if (!hasGeo) {
		return [
			{
				...at,
				message: `een basiskaart hoort bij de interactieve kaart, en die is er alleen als het portaal grenzen heeft (${GEO_FOLDER}/${GEO_FILE}). Maak dat bestand met npm run import:geo, of haal basiskaart weg.`,
			},
		];
	}
	if (name.startsWith('/')) return [];
	// The file is published as it is: an ordinary file in content/geo/, and really a basemap.
	const problem = basemapFileProblem(
		contentDir,
		name,
		`het bestand ${GEO_FOLDER}/${name} bestaat niet. Zet het PMTiles-bestand in de map content/${GEO_FOLDER}/, of controleer de spelling van de naam.`,
	);
	return problem ? [{ ...at, message: problem }] : [];
}
