/**
 * Places where content can carry a payload, derived from a real portal rather than listed
 * by hand: every scalar leaf of the YAML of every content kind (front matter and .yaml
 * files), every string leaf of the value files and of the geometry file, every Markdown
 * body, and the fields a schema allows that the portal happens not to use. In the JSON files
 * the format's own keywords and keys ("type", "id") are left out: they are not text. Leaves that
 * differ only in a list position ("buurten.1.naam", "buurten.2.naam") are one place, taken
 * from the first file that has it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { parseDocument } from 'yaml';

import { discover } from '#lib/content/discover.ts';
import { fieldName } from '#lib/content/problem.ts';
import { schemas } from '#schemas/index.ts';
import { datasetSchema } from '#schemas/waarden.ts';

export type Path = (string | number)[];
export type PlaceKind = keyof typeof schemas | 'waarden' | 'geo';
export type FileFormat = 'front-matter' | 'yaml' | 'json';

export interface Place {
	/** Stable name, e.g. "wijk:buurten.*.naam" or "nieuws:(tekst)". */
	id: string;
	kind: PlaceKind;
	/** File relative to the content folder, with forward slashes. */
	file: string;
	format: FileFormat;
	/** Concrete path of the leaf; [] for a body. */
	path: Path;
	body: boolean;
	/** The value in the portal; undefined for a field the portal does not use. */
	original: unknown;
	/** Required neighbours to create along with a field the portal does not use. */
	fillers: { path: Path; value: unknown }[];
	/** A file that does not exist yet and is made as a copy of this one (e.g. a news item as .md). */
	copyOf?: string;
	/** The field as problems name it ("buurten.1.naam"). */
	field?: string;
	/**
	 * The same field elsewhere (other list positions, other files of the kind), where a
	 * build can spread many payloads so that no value grows too long.
	 */
	siblings: Place[];
}

const FENCE = /^---[ \t]*$/;
const MAX_SIBLINGS = 40;

/** Front matter text, body text and the file line the body starts on. */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
	if (!FENCE.test(lines[0] ?? '') || end < 0) return { yaml: '', body: text, bodyLine: 1 };
	return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

const normalized = (path: Path) => path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');

function leaves(value: unknown, path: Path, stringsOnly: boolean, out: { path: Path; value: unknown }[]): void {
	if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], stringsOnly, out));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], stringsOnly, out);
	else if (typeof value === 'string' || (!stringsOnly && (typeof value === 'number' || typeof value === 'boolean')))
		out.push({ path, value });
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The schema under optional/default/preprocess wrappers, and whether the field may be left out. */
function unwrap(schema: unknown): { def?: Def; optional: boolean } {
	let current = schema;
	let optional = false;
	for (let i = 0; i < 10; i++) {
		const def = defOf(current);
		if (!def) return { optional };
		if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable') {
			optional = true;
			current = def.innerType;
		} else if (def.type === 'pipe') current = defOf(def.in)?.type === 'transform' ? def.out : def.in;
		else return { def, optional };
	}
	return { optional };
}

/** A harmless valid-looking value for a required neighbour of a new field. */
function filler(def: Def | undefined): unknown {
	if (!def) return 'Tekst';
	if (def.type === 'enum') return Object.values(def.entries as Record<string, string>)[0];
	if (def.type === 'boolean') return true;
	if (def.type === 'number' || def.type === 'int') return 1;
	if (def.format === 'url') return 'https://www.brinkwoude.example/';
	if (def.format === 'email') return 'info@brinkwoude.example';
	return 'Tekst';
}

/** Every leaf a schema allows, with list positions as 0, and the fillers each leaf's objects need. */
function schemaLeaves(
	schema: unknown,
	path: Path,
	out: { path: Path; fillers: { path: Path; value: unknown }[] }[],
	fillers: { path: Path; value: unknown }[] = [],
): void {
	const { def } = unwrap(schema);
	if (!def) return;
	if (def.type === 'object') {
		const shape = def.shape as Record<string, unknown>;
		for (const [key, child] of Object.entries(shape)) {
			const siblings = Object.entries(shape)
				.filter(
					([k, s]) =>
						k !== key &&
						!unwrap(s).optional &&
						['string', 'enum', 'boolean', 'number', 'int'].includes(unwrap(s).def?.type ?? ''),
				)
				.map(([k, s]) => ({ path: [...path, k], value: filler(unwrap(s).def) }));
			schemaLeaves(child, [...path, key], out, [...fillers, ...siblings]);
		}
	} else if (def.type === 'array') schemaLeaves(def.element, [...path, 0], out, fillers);
	else out.push({ path, fillers });
}

function has(data: unknown, path: Path): boolean {
	let current = data;
	for (const step of path) {
		if (current === null || typeof current !== 'object') return false;
		if (!(step in current)) return false;
		current = (current as Record<string | number, unknown>)[step];
	}
	return true;
}

function valueAt(data: unknown, path: Path): unknown {
	let current = data;
	for (const step of path) current = (current as Record<string | number, unknown>)[step];
	return current;
}

const SCHEMAS: Partial<Record<PlaceKind, unknown>> = { ...schemas, waarden: datasetSchema };

/** Derives all places from the portal in `contentDir`. */
export function derivePlaces(contentDir: string): Place[] {
	const rel = (path: string) => relative(contentDir, path).split(sep).join('/');
	const files: { kind: PlaceKind; file: string; format: FileFormat; data: unknown; body?: string }[] = [];

	for (const f of discover(contentDir, contentDir).files) {
		const text = readFileSync(f.path, 'utf8');
		if (f.path.endsWith('.yaml'))
			files.push({ kind: f.kind, file: rel(f.path), format: 'yaml', data: parseDocument(text).toJS() });
		else {
			const { yaml, body } = splitFrontMatter(text);
			files.push({ kind: f.kind, file: rel(f.path), format: 'front-matter', data: parseDocument(yaml).toJS(), body });
		}
	}
	const waarden = join(contentDir, 'indicatoren', 'waarden');
	if (existsSync(waarden)) {
		for (const name of readdirSync(waarden)
			.filter((n) => n.endsWith('.json'))
			.sort()) {
			files.push({
				kind: 'waarden',
				file: `indicatoren/waarden/${name}`,
				format: 'json',
				data: JSON.parse(readFileSync(join(waarden, name), 'utf8')),
			});
		}
	}
	const geo = join(contentDir, 'geo', 'gebieden.topojson');
	if (existsSync(geo))
		files.push({
			kind: 'geo',
			file: 'geo/gebieden.topojson',
			format: 'json',
			data: JSON.parse(readFileSync(geo, 'utf8')),
		});

	const places = new Map<string, Place>();
	const complete = (place: Omit<Place, 'field' | 'siblings'>): Place => ({
		...place,
		field: place.body ? undefined : fieldName(place.path),
		siblings: [],
	});
	const add = (place: Omit<Place, 'field' | 'siblings'>, others: Omit<Place, 'field' | 'siblings'>[] = []) => {
		if (places.has(place.id)) return;
		const siblings = others
			.filter((o) => o !== place)
			.slice(0, MAX_SIBLINGS)
			.map((o, i) => ({ ...complete(o), id: `${o.id}#${i + 1}` }));
		places.set(place.id, { ...complete(place), siblings });
	};
	// Every occurrence of each place; then each place is taken from a different file of its kind where possible,
	// so that a check that stops at the first problem in a file still judges many places per run.
	const candidates = new Map<string, Omit<Place, 'field' | 'siblings'>[]>();
	const offer = (place: Omit<Place, 'field' | 'siblings'>) =>
		candidates.set(place.id, [...(candidates.get(place.id) ?? []), place]);
	for (const f of files) {
		const found: { path: Path; value: unknown }[] = [];
		leaves(f.data, [], f.format === 'json', found);
		for (const { path, value } of found) {
			// In data files "type" and "id" are format keywords and keys, not text: a payload there only breaks the file.
			if (f.format === 'json' && (path.at(-1) === 'type' || path.at(-1) === 'id')) continue;
			offer({
				id: `${f.kind}:${normalized(path)}`,
				kind: f.kind,
				file: f.file,
				format: f.format,
				path,
				body: false,
				original: value,
				fillers: [],
			});
		}
		if (f.body !== undefined && f.body.trim()) {
			offer({
				id: `${f.kind}:(tekst)`,
				kind: f.kind,
				file: f.file,
				format: f.format,
				path: [],
				body: true,
				original: f.body,
				fillers: [],
			});
		}
	}
	const load = new Map<string, number>();
	for (const options of candidates.values()) {
		// One occurrence per file (the first list position), then the least used file.
		const perFile = options.filter((o, i) => options.findIndex((p) => p.file === o.file) === i);
		const chosen = perFile.reduce((a, b) => ((load.get(b.file) ?? 0) < (load.get(a.file) ?? 0) ? b : a));
		load.set(chosen.file, (load.get(chosen.file) ?? 0) + 1);
		add(chosen, options);
	}

	// News may also be plain Markdown (.md): the same body as a .md file of its own.
	const news = places.get('nieuws:(tekst)');
	if (news && !files.some((f) => f.kind === 'nieuws' && f.file.endsWith('.md'))) {
		const file = news.file.replace(/\.mdx$/, '-als-markdown.md');
		add({ ...news, id: 'nieuws:(tekst als .md)', file, copyOf: news.file });
	}

	// Fields the schemas allow that this portal does not use.
	for (const [kind, schema] of Object.entries(SCHEMAS) as [PlaceKind, unknown][]) {
		const ofKind = files.filter((f) => f.kind === kind);
		if (!ofKind.length) continue;
		const allowed: { path: Path; fillers: { path: Path; value: unknown }[] }[] = [];
		schemaLeaves(schema, [], allowed);
		for (const leaf of allowed) {
			const id = `${kind}:${normalized(leaf.path)}`;
			if (places.has(id)) continue;
			// The file that already has the most of the leaf's parents, so few neighbours need inventing.
			const depth = (f: (typeof files)[number]) => {
				let d = 0;
				while (d < leaf.path.length && has(f.data, leaf.path.slice(0, d + 1))) d++;
				return d;
			};
			const best = ofKind.reduce((a, b) => (depth(b) > depth(a) ? b : a));
			const existing = depth(best);
			const fillers = leaf.fillers.filter((f) => f.path.length - 1 > existing);
			const original = has(best.data, leaf.path) ? valueAt(best.data, leaf.path) : undefined;
			add({ id, kind, file: best.file, format: best.format, path: leaf.path, body: false, original, fillers });
		}
	}
	return [...places.values()];
}
