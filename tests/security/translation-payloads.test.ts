/**
 * Translations (`speeltuin.en.md` beside `speeltuin.md`) go through exactly the text safety of
 * originals: every payload of payloads.ts (script, HTML, javascript: links, formulas, control and
 * direction characters, overlong text, …) put in a translated field and in the translated body is
 * refused with the same Dutch messages as in the original, and what is accepted renders through
 * the same sanitiser to inert HTML. In-process (loadContent and the loader's renderer), no build.
 */
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { loadContent } from '#lib/content/load.ts';
import type { Problem } from '#lib/content/problem.ts';
import { renderSafeMarkdown } from '#lib/markdown/render-safe.ts';
import { layOut, TMP } from '#tests/support/fixtures.ts';

import { PAYLOADS } from './payloads.ts';

const root = join(TMP, 'security-vertalingen');
const AGENDA = join('wijken', 'noord', 'agenda');
/** The minimal fixture's agenda item, without its title (which each case writes on line 2). */
const ORIGINAL_REST = [
	'samenvatting: Een korte zin over waar dit punt over gaat.',
	'status: gepland',
	'volgendeStap:',
	'  wat: Het wijkplatform bespreekt dit punt.',
	'  wanneer: in de volgende vergadering',
	'probleemeigenaar: Gemeente Teststad',
	'thema: basis op orde',
	'toegevoegd: 2026-03-14',
	'gewijzigd: 2026-09-02',
].join('\n');

afterAll(() => rmSync(root, { recursive: true, force: true }));

function content(name: string): string {
	const dir = join(root, name);
	mkdirSync(join(root, 'leeg'), { recursive: true });
	layOut(join(root, 'leeg'), dir);
	appendFileSync(join(dir, 'content', 'portaal.yaml'), '\ntalen: [nl, en]\n');
	return join(dir, 'content');
}

/** A problem without its place in the file: what was refused, and why. */
const what = (p: Problem) => `${p.field ?? ''}: ${p.message}`;

const DANGEROUS = [/<script/i, /\son\w+\s*=/i, /javascript:/i, /<iframe/i, /<object/i, /<embed/i, /srcdoc/i, /<style/i];

describe('translation files are held to the rules of originals', () => {
	it.each(PAYLOADS.map((p) => [p.id, p] as const))('%s', (id, payload) => {
		const title = JSON.stringify(payload.text);
		const name = id.replace(/[^a-z0-9]+/gi, '-');

		// The payload in the original itself …
		const asOriginal = content(`${name}-origineel`);
		writeFileSync(
			join(asOriginal, AGENDA, 'speeltuin.md'),
			`---\ntitel: ${title}\n${ORIGINAL_REST}\n---\n${payload.text}\n`,
		);
		const original = loadContent(asOriginal);

		// … and in a translation beside a clean original.
		const asTranslation = content(`${name}-vertaling`);
		writeFileSync(join(asTranslation, AGENDA, 'speeltuin.en.md'), `---\ntitel: ${title}\n---\n${payload.text}\n`);
		const translated = loadContent(asTranslation);

		const fromOriginal = original.problems.filter((p) => p.file.endsWith('speeltuin.md')).map(what);
		const fromTranslation = translated.problems.filter((p) => p.file.endsWith('speeltuin.en.md')).map(what);
		expect(fromTranslation).toEqual(fromOriginal);
		expect(translated.problems.filter((p) => !p.file.endsWith('speeltuin.en.md'))).toEqual([]);

		if (fromTranslation.length) {
			// Refused: nothing of the translation reaches the entry.
			expect(translated.content.agenda[0]?.vertalingen ?? []).toEqual([]);
			return;
		}
		// Accepted: the title is kept as text (pages escape it), the body renders as the original's does.
		const [translation] = translated.content.agenda[0]!.vertalingen!;
		expect((translation!.data as { titel: string }).titel).toBe(payload.text.trim());
		const html = renderSafeMarkdown(translation!.body);
		expect(html).toBe(renderSafeMarkdown(original.content.agenda[0]!.file.body));
		// Only the tags matter: text between them is escaped and inert however it reads.
		const tags = (html.match(/<[^>]*>/g) ?? []).join(' ');
		// Attribute values are quoted and escaped: only their names, and the links' schemes, can do harm.
		const names = tags.replace(/="[^"]*"/g, '=""');
		for (const pattern of DANGEROUS) expect(names, String(pattern)).not.toMatch(pattern);
		for (const [, value] of tags.matchAll(/\s(?:href|src|action)="([^"]*)"/g))
			expect(value, 'link').toMatch(/^(?:https?:|mailto:|tel:|\/|#)/);
	});
});
