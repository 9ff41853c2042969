/**
 * A working copy of a portal in which places get new values. Each `apply` first puts back
 * what the previous one changed, so one copy serves thousands of checks without copying
 * the portal again. Values are spliced into the original text where the place already
 * exists (fast, and the rest of the file stays byte for byte the same); a field that does
 * not exist yet is added through the YAML or JSON document.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { isScalar, LineCounter, parseDocument } from 'yaml';

import { jsonLeafRanges } from './json-ranges.ts';
import { type Path, type Place, splitFrontMatter } from './places.ts';

export interface Edit {
	place: Place;
	/** The new value of the field, or the whole new body. */
	value: string;
}

/** Where an edited place ended up: the file line of its value, or of the first body line. */
export interface Located {
	readonly line?: number;
	readonly bodyLine?: number;
}

/** A YAML double-quoted scalar holding exactly `value`, on one line (so no later line moves). */
export function yamlQuote(value: string): string {
	let out = '"';
	for (const ch of value) {
		const cp = ch.codePointAt(0)!;
		if (ch === '"' || ch === '\\') out += `\\${ch}`;
		else if (cp >= 0x20 && cp < 0x7f) out += ch;
		else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
		else out += `\\U${cp.toString(16).padStart(8, '0')}`;
	}
	return `${out}"`;
}

function setJson(root: unknown, path: Path, value: unknown): void {
	let current = root as Record<string | number, unknown>;
	path.forEach((step, i) => {
		if (i === path.length - 1) current[step] = value;
		else {
			if (current[step] === null || typeof current[step] !== 'object')
				current[step] = typeof path[i + 1] === 'number' ? [] : {};
			current = current[step] as Record<string | number, unknown>;
		}
	});
}

function renderYaml(yaml: string, edits: Edit[]): string {
	const doc = parseDocument(yaml);
	for (const { place, value } of edits) {
		if (place.body) continue;
		for (const f of place.fillers) if (!doc.hasIn(f.path)) doc.setIn(f.path, f.value);
		doc.setIn(place.path, value);
	}
	return doc.toString({ lineWidth: 0 });
}

/** The new text of a file with the edits applied through the document (for fields that do not exist yet). */
export function render(text: string, format: Place['format'], edits: Edit[]): string {
	if (format === 'json') {
		const data = JSON.parse(text) as unknown;
		for (const { place, value } of edits) {
			for (const f of place.fillers) setJson(data, f.path, f.value);
			setJson(data, place.path, value);
		}
		return JSON.stringify(data, null, text.includes('\n') ? 2 : undefined);
	}
	if (format === 'yaml') return renderYaml(text, edits);
	const { yaml, body } = splitFrontMatter(text);
	const bodyEdit = edits.find((e) => e.place.body);
	return `---\n${renderYaml(yaml, edits)}---\n${bodyEdit ? bodyEdit.value : body}`;
}

/** Character ranges of existing field values, and where the body starts. */
interface FileMap {
	ranges: Map<string, [number, number]>;
	bodyStart?: number;
}

const pathKey = (path: Path) => path.join('\u0000');

function mapFile(text: string, format: Place['format'], places: Place[]): FileMap {
	const paths = new Set(places.filter((p) => !p.body).map((p) => pathKey(p.path)));
	if (format === 'json') return { ranges: jsonLeafRanges(text, paths) };
	let yaml = text;
	let start = 0;
	let bodyStart: number | undefined;
	if (format === 'front-matter') {
		const lines = text.split('\n');
		const end = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
		start = lines[0]!.length + 1;
		const yamlEnd = lines.slice(0, end).join('\n').length + 1;
		yaml = text.slice(start, yamlEnd);
		bodyStart = yamlEnd + lines[end]!.length + 1;
	}
	const doc = parseDocument(yaml);
	const ranges = new Map<string, [number, number]>();
	for (const place of places) {
		if (place.body) continue;
		const node = doc.getIn(place.path, true);
		if (isScalar(node) && node.range) ranges.set(pathKey(place.path), [start + node.range[0], start + node.range[1]]);
	}
	return { ranges, bodyStart };
}

/** Where each edited place ended up; field lines are found only when asked for. */
function locate(text: string, format: Place['format'], places: Place[]): Map<string, Located> {
	const found = new Map<string, Located>();
	if (format === 'json') return found;
	const bodyLine = format === 'yaml' ? undefined : splitFrontMatter(text).bodyLine;
	let lineOf: ((path: Path) => number | undefined) | undefined;
	const fieldLine = (path: Path) => {
		if (!lineOf) {
			const yaml = format === 'yaml' ? text : splitFrontMatter(text).yaml;
			const offset = format === 'yaml' ? 0 : 1;
			const lineCounter = new LineCounter();
			const doc = parseDocument(yaml, { lineCounter });
			lineOf = (p) => {
				const node = doc.getIn(p, true);
				return isScalar(node) && node.range ? lineCounter.linePos(node.range[0]).line + offset : undefined;
			};
		}
		return lineOf(path);
	};
	for (const place of places) {
		if (place.body) found.set(place.id, { bodyLine });
		else
			found.set(place.id, {
				get line() {
					return fieldLine(place.path);
				},
			});
	}
	return found;
}

export class PortalCopy {
	readonly contentDir: string;
	/** Files changed since the last restore: their original bytes, or undefined for a file that was created. */
	#touched = new Map<string, Buffer | undefined>();
	#texts = new Map<string, string>();
	#maps = new Map<string, FileMap>();
	#places: Place[];

	/** @param places every place that will be edited (their positions are found once). */
	constructor(sourceDir: string, dir: string, places: Place[] = []) {
		rmSync(dir, { recursive: true, force: true });
		this.contentDir = join(dir, 'content');
		cpSync(sourceDir, this.contentDir, { recursive: true });
		this.#places = places;
	}

	#original(file: string): string | undefined {
		if (!this.#texts.has(file)) {
			const path = join(this.contentDir, file);
			if (existsSync(path)) this.#texts.set(file, readFileSync(path, 'utf8'));
		}
		return this.#texts.get(file);
	}

	#map(file: string, text: string, format: Place['format']): FileMap {
		let map = this.#maps.get(file);
		if (!map) {
			map = mapFile(text, format, [...this.#places.filter((p) => p.file === file)]);
			this.#maps.set(file, map);
		}
		return map;
	}

	#write(file: string, content: string | Uint8Array): void {
		const path = join(this.contentDir, file);
		if (!this.#touched.has(file)) this.#touched.set(file, existsSync(path) ? readFileSync(path) : undefined);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, content);
	}

	/** Puts back every file changed since the last restore. */
	restore(): void {
		for (const [file, bytes] of this.#touched) {
			const path = join(this.contentDir, file);
			if (bytes === undefined) rmSync(path, { force: true });
			else writeFileSync(path, bytes);
		}
		this.#touched.clear();
	}

	/** Writes the edits (after undoing earlier ones); returns where each place ended up. */
	apply(edits: Edit[]): Map<string, Located> {
		this.restore();
		const byFile = new Map<string, Edit[]>();
		for (const edit of edits) byFile.set(edit.place.file, [...(byFile.get(edit.place.file) ?? []), edit]);
		const located = new Map<string, Located>();
		for (const [file, fileEdits] of byFile) {
			const copyOf = fileEdits[0]!.place.copyOf;
			const source = this.#original(file) ?? (copyOf ? this.#original(copyOf) : undefined);
			if (source === undefined) throw new Error(`no file ${file} to edit`);
			const format = fileEdits[0]!.place.format;
			const map = this.#map(copyOf && !this.#original(file) ? copyOf : file, source, format);
			const spliceable = fileEdits.every((e) =>
				e.place.body ? map.bodyStart !== undefined : map.ranges.has(pathKey(e.place.path)),
			);
			let text = source;
			if (spliceable) {
				const body = fileEdits.find((e) => e.place.body);
				if (body) text = text.slice(0, map.bodyStart) + body.value;
				const fields = fileEdits
					.filter((e) => !e.place.body)
					.map((e) => ({
						range: map.ranges.get(pathKey(e.place.path))!,
						value: format === 'json' ? JSON.stringify(e.value) : yamlQuote(e.value),
					}))
					.sort((a, b) => b.range[0] - a.range[0]);
				for (const { range, value } of fields) text = text.slice(0, range[0]) + value + text.slice(range[1]);
			} else text = render(source, format, fileEdits);
			this.#write(file, text);
			for (const [id, where] of locate(
				text,
				format,
				fileEdits.map((e) => e.place),
			))
				located.set(id, where);
		}
		return located;
	}

	/** Writes a file as it is (for file slots); undone by the next apply or restore. */
	put(file: string, content: string | Uint8Array): void {
		this.#write(file, content);
	}
}
