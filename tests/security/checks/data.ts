import { isNode, isScalar, parseAllDocuments, visit } from 'yaml';

/**
 * Downloads: JSON must parse; YAML (the editor's configuration) must be one plain document; CSV cells must not start like a spreadsheet formula (= + - @
 * tab, carriage return) unless they are a plain number, and every row must have as many
 * cells as the header (a quote or separator in a name must not shift or add cells).
 */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*(?:[eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * One YAML document without errors or tags, whose anchors name only lists and maps (the writer
 * shares a repeated form that way): a content value in it stays a plain string and cannot
 * change the structure around it.
 */
export function checkYaml(text: string): string[] {
	const docs = parseAllDocuments(text);
	if (!Array.isArray(docs) || docs.length !== 1) return ['not exactly one YAML document'];
	const doc = docs[0]!;
	const findings = [...doc.errors, ...doc.warnings].map((e) => `not valid YAML: ${e.message.slice(0, 120)}`);
	visit(doc, (_key, node) => {
		if (isNode(node) && node.tag) findings.push(`YAML tag ${node.tag}`);
		if (isScalar(node) && node.anchor) findings.push(`YAML anchor on a value: &${node.anchor}`);
	});
	return findings;
}

export function checkJson(text: string): string[] {
	try {
		JSON.parse(text);
		return [];
	} catch (error) {
		return [`not valid JSON: ${(error as Error).message.slice(0, 120)}`];
	}
}

/** RFC 4180 rows: quoted cells may hold the separator, quotes ("") and line breaks. */
export function parseCsv(text: string, separator: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"' && cell === '') quoted = true;
		else if (c === separator) {
			row.push(cell);
			cell = '';
		} else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
			if (c === '\r') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}

export function checkCsv(text: string): string[] {
	const findings: string[] = [];
	const body = text.replace(/^\uFEFF/, '');
	const header = body.slice(0, body.indexOf('\n') >>> 0);
	const separator = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
	if (CONTROL.test(body)) findings.push('contains a control character');
	const rows = parseCsv(body, separator);
	const width = rows[0]?.length ?? 0;
	rows.forEach((row, r) => {
		if (row.length !== width)
			findings.push(
				`row ${r + 1} has ${row.length} cells, the header ${width}: ${JSON.stringify(row.join(separator).slice(0, 120))}`,
			);
		for (const cell of row) {
			if (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell))
				findings.push(`row ${r + 1}: cell starts like a formula: ${JSON.stringify(cell.slice(0, 80))}`);
		}
	});
	return findings;
}
