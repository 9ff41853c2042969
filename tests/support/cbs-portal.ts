/**
 * Builds a test portal (a content folder) for real gemeenten from a list of CBS areas:
 * portaal.yaml, one wijk.md per wijk with its buurten, and indicatoren.yaml. Used by the
 * importer tests and by other tests and benchmarks that need a large, real portal.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { slugify } from '#lib/site/slug.ts';

export interface CbsArea {
	/** WK…… or BU……; gemeente codes (GM) in the list are ignored. */
	code: string;
	naam: string;
}

export interface CbsPortalSpec {
	naam?: string;
	gemeenten: { code: string; naam: string }[];
	/** The wijken and buurten. Every wijk needs at least one buurt; a buurt's wijk must be in the list. */
	areas: CbsArea[];
	/** Contents of indicatoren/indicatoren.yaml (e.g. a template from templates/indicatoren). */
	indicatoren?: string;
}

export interface CbsPortal {
	contentDir: string;
	/** Wijk code → wijk folder. */
	wijkFolders: Map<string, string>;
	/** Area code → the name written into the portal (made unique where needed). */
	names: Map<string, string>;
}

const q = (text: string) => JSON.stringify(text);

/** Writes `<dir>/content` (replacing what was there) and returns where everything went. */
export function writeCbsPortal(dir: string, spec: CbsPortalSpec): CbsPortal {
	const contentDir = join(dir, 'content');
	rmSync(contentDir, { recursive: true, force: true });
	mkdirSync(join(contentDir, 'wijken'), { recursive: true });
	const names = new Map<string, string>();

	const gemeenteDigits = new Set(spec.gemeenten.map((g) => g.code.slice(2)));
	const gemeenteSlug = new Map(spec.gemeenten.map((g) => [g.code.slice(2), slugify(g.naam)]));
	const wijken = spec.areas.filter((a) => a.code.startsWith('WK')).sort((a, b) => a.code.localeCompare(b.code));
	const buurten = new Map<string, CbsArea[]>();
	for (const b of spec.areas.filter((a) => a.code.startsWith('BU')).sort((a, b) => a.code.localeCompare(b.code))) {
		const wijk = `WK${b.code.slice(2, 8)}`;
		const list = buurten.get(wijk);
		if (list) list.push(b);
		else buurten.set(wijk, [b]);
	}
	for (const code of buurten.keys()) {
		if (!wijken.some((w) => w.code === code))
			throw new Error(`writeCbsPortal: buurten of ${code}, but no wijk ${code} in the list`);
	}

	const wijkFolders = new Map<string, string>();
	const usedFolders = new Set<string>();
	for (const wijk of wijken) {
		const digits = wijk.code.slice(2, 6);
		if (!gemeenteDigits.has(digits)) throw new Error(`writeCbsPortal: ${wijk.code} is not in one of the gemeenten`);
		const own = buurten.get(wijk.code);
		if (!own?.length)
			throw new Error(`writeCbsPortal: wijk ${wijk.code} (${wijk.naam}) has no buurten; a wijk.md needs at least one`);
		const base = slugify(wijk.naam) || 'wijk';
		let folder = base;
		if (usedFolders.has(folder)) folder = `${base}-${gemeenteSlug.get(digits)}`;
		if (usedFolders.has(folder)) folder = `${base}-${wijk.code.toLowerCase()}`;
		usedFolders.add(folder);
		wijkFolders.set(wijk.code, folder);
		names.set(wijk.code, wijk.naam);

		const slugs = new Set<string>();
		const lines = own.map((b) => {
			let naam = b.naam.trim() || b.code;
			if (!slugify(naam) || slugs.has(slugify(naam))) naam = `${naam} (${b.code})`;
			slugs.add(slugify(naam));
			names.set(b.code, naam);
			return `  - naam: ${q(naam)}\n    code: ${b.code}`;
		});
		mkdirSync(join(contentDir, 'wijken', folder), { recursive: true });
		writeFileSync(
			join(contentDir, 'wijken', folder, 'wijk.md'),
			`---\nnaam: ${q(wijk.naam)}\ncode: ${wijk.code}\nbuurten:\n${lines.join('\n')}\n---\n${wijk.naam} is een wijk van ${spec.gemeenten.find((g) => g.code.slice(2) === digits)!.naam}.\n`,
		);
	}

	for (const g of spec.gemeenten) names.set(g.code, g.naam);
	const gemeenten = spec.gemeenten.map((g) => `  - naam: ${q(g.naam)}\n    code: ${g.code}`).join('\n');
	writeFileSync(
		join(contentDir, 'portaal.yaml'),
		`naam: ${q(spec.naam ?? `Wijkportaal ${spec.gemeenten.map((g) => g.naam).join(', ')}`)}\ngemeenten:\n${gemeenten}\ncontact:\n  organisatie: Gemeente\n  email: info@gemeente.example\ntoegankelijkheid:\n  status: voldoet gedeeltelijk\n  datum: 2026-01-01\n  onderzoek: Automatische toets.\n  contact: toegankelijkheid@gemeente.example\n`,
	);
	if (spec.indicatoren !== undefined) {
		mkdirSync(join(contentDir, 'indicatoren'), { recursive: true });
		writeFileSync(join(contentDir, 'indicatoren', 'indicatoren.yaml'), spec.indicatoren);
	}
	return { contentDir, wijkFolders, names };
}

/** Official names (statnaam) by CBS code from CBS area maps in TopoJSON (e.g. ../shared/data/cbs-gebieden-2014). */
export function cbsAreaNames(topojsonFiles: string[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const file of topojsonFiles) {
		const topo = JSON.parse(readFileSync(file, 'utf8')) as {
			objects: Record<string, { geometries: { properties?: { statcode?: string; statnaam?: string } }[] }>;
		};
		for (const object of Object.values(topo.objects)) {
			for (const g of object.geometries) {
				const { statcode, statnaam } = g.properties ?? {};
				if (statcode && statnaam) names.set(statcode, statnaam);
			}
		}
	}
	return names;
}
