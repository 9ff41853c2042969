/**
 * The portal that figures are imported into: it must pass `npm run check` first. From it
 * the importers need the areas (codes and names), the indicator definitions and the
 * gemeenten.
 */
import { dirname, join, relative, sep } from 'node:path';

import { loadContent, loadKind } from '#lib/content/load.ts';
import type { Problem } from '#lib/content/problem.ts';
import { buildTime } from '#lib/site/build-time.ts';
import { type Area, type AreaSet, portalAreas } from '#lib/wijkkompas/areas.ts';
import type { Indicator, Indicatoren } from '#schemas/indicatoren.ts';
import type { Portaal } from '#schemas/portaal.ts';
import type { Wijk } from '#schemas/wijk.ts';

import { normalName } from './mapping.ts';

export interface Portal {
	contentDir: string;
	portaal: Portaal;
	wijken: { id: string; data: Wijk }[];
	definitions: Indicatoren;
	indicators: Map<string, Indicator>;
	/** indicatoren.yaml as the editor sees its path. */
	definitionsFile: string;
	areas: AreaSet;
	/** Normalised name → the areas with that name (names need not be unique). */
	byName: Map<string, Area[]>;
	/** The four digits of each gemeente of the portal ("0344"). */
	gemeenteDigits: Set<string>;
	/** Figures for a later year than this cannot exist yet. */
	maxYear: number;
	/** Shows a path inside the content folder as editors see it (like `npm run check` does). */
	shown(path: string): string;
}

export function shownPathFor(contentDir: string, cwd = process.cwd()): (path: string) => string {
	const base = relative(cwd, contentDir).startsWith('..') ? dirname(contentDir) : cwd;
	return (path) => relative(base, path).split(sep).join('/') || '.';
}

export function loadPortal(contentDir: string, cwd = process.cwd()): { portal?: Portal; problems: Problem[] } {
	const { content, problems } = loadContent(contentDir);
	if (problems.length) return { problems };
	const shown = shownPathFor(contentDir, cwd);
	const definitionsPath = join(contentDir, 'indicatoren', 'indicatoren.yaml');
	const loaded = loadKind(contentDir, 'indicatoren').items[0] as { data: Indicatoren } | undefined;
	if (!loaded || !content.portaal) {
		return {
			problems: [
				{
					file: shown(definitionsPath),
					message:
						'dit bestand ontbreekt. Zonder indicatoren.yaml weet het portaal niet wat de cijfers betekenen. Kopieer bijvoorbeeld templates/indicatoren/cbs-kerncijfers.yaml naar deze plek en pas het aan; zie docs/cijfers.md.',
				},
			],
		};
	}
	const wijken = content.wijken.map((w) => ({ id: w.file.file.id, data: w.data }));
	const portaal = content.portaal.data;
	const indelingen = (content.gebieden ?? []).map((g) => ({ id: g.file.file.id, data: g.data }));
	const areas = portalAreas(portaal, wijken, indelingen);
	const indelingNames = new Map(indelingen.map((i) => [i.id, i.data.naam]));
	const byName = new Map<string, Area[]>();
	const add = (name: string, area: Area) => {
		const key = normalName(name);
		const list = byName.get(key);
		if (!list) byName.set(key, [area]);
		else if (!list.includes(area)) list.push(area);
	};
	for (const area of areas.byCode.values()) {
		add(area.naam, area);
		// An own area can also be named with its indeling, when names clash: "Subwijken Oost".
		if (area.level === 'eigen' && area.indeling) {
			add(`${area.indeling} ${area.naam}`, area);
			const indelingName = indelingNames.get(area.indeling);
			if (indelingName) add(`${indelingName} ${area.naam}`, area);
		}
	}
	return {
		portal: {
			contentDir,
			portaal,
			wijken,
			definitions: loaded.data,
			indicators: new Map(loaded.data.indicatoren.map((i) => [i.id, i])),
			definitionsFile: shown(definitionsPath),
			areas,
			byName,
			gemeenteDigits: new Set(portaal.gemeenten.map((g) => g.code.slice(2))),
			maxYear: buildTime().getFullYear(),
			shown,
		},
		problems: [],
	};
}
