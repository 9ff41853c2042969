/**
 * Translations of content files (`speeltuin.en.md` beside `speeltuin.md`): found beside their
 * original and never an entry of their own, only translatable fields laid over the original,
 * every mistake a Dutch problem with file, line, field and fix; `inTaal` on an entry as the loader
 * stores it; the editor's i18n configuration; and the warning for a translation older than its
 * original (Git commit times, file times outside Git).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { inTaal } from '#data/vertaling.ts';
import { CONTENT_KINDS } from '#lib/cms/content-kinds.ts';
import { type DecapCollection, decapConfig, type DecapField } from '#lib/cms/decap-config.ts';
import { discover } from '#lib/content/discover.ts';
import { loadContent, loadKind } from '#lib/content/load.ts';
import { formatProblem } from '#lib/content/problem.ts';
import { outdatedMessage, outdatedTranslation } from '#lib/content/translation-age.ts';
import { storedTranslation, TRANSLATIONS_KEY } from '#lib/content/translation-store.ts';
import { fieldTree, overlayTranslation } from '#lib/content/translations.ts';
import { schemas } from '#schemas/index.ts';
import { VERTAALBAAR } from '#schemas/vertaling.ts';
import { layOut, TMP } from '#tests/support/fixtures.ts';

import { oldTranslationWarnings } from '../../scripts/cli/old-translations.ts';

const root = join(TMP, 'unit-vertalingen');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The minimal portal in `name`, offering `talen`, with `files` (relative to content/) added. */
function portal(name: string, files: Record<string, string>, talen = '[nl, en, ar]'): string {
	const dir = join(root, name);
	mkdirSync(join(root, 'leeg'), { recursive: true });
	layOut(join(root, 'leeg'), dir);
	const content = join(dir, 'content');
	appendFileSync(join(content, 'portaal.yaml'), `\ntalen: ${talen}\n`);
	for (const [rel, text] of Object.entries(files)) {
		mkdirSync(join(content, rel, '..'), { recursive: true });
		writeFileSync(join(content, rel), text);
	}
	return content;
}

const problemsOf = (content: string) =>
	loadContent(content).problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*?content\//, 'content/') }));

const AGENDA = 'wijken/noord/agenda';

describe('every translatable field exists in its schema', () => {
	for (const [kind, paths] of Object.entries(VERTAALBAAR)) {
		it(`${kind}: ${paths.join(', ')}`, () => {
			const schema = schemas[kind as keyof typeof VERTAALBAAR];
			for (const path of paths) {
				// A field that does not exist would be refused as "bestaat niet" by the overlay.
				const original = path.split('.').reduceRight<unknown>((value, key) => ({ [key]: value }), 'x');
				const result = overlayTranslation(
					original as Record<string, unknown>,
					original as Record<string, unknown>,
					paths,
					schema,
					'x.md',
				);
				expect(result.problems, path).toEqual([]);
				expect(result.fields).toContain(path);
			}
		});
	}
});

describe('overlay', () => {
	const original = { titel: 'Speeltuin', status: 'gepland', volgendeStap: { wat: 'Plan maken', wanneer: 'voorjaar' } };
	const paths = VERTAALBAAR.agenda;

	it('lays translated fields over the original and keeps the rest', () => {
		const result = overlayTranslation(
			original,
			{ titel: 'Playground', volgendeStap: { wat: 'Make a plan' } },
			paths,
			schemas.agenda,
			'speeltuin.md',
		);
		expect(result.problems).toEqual([]);
		expect(result.merged).toEqual({
			titel: 'Playground',
			status: 'gepland',
			volgendeStap: { wat: 'Make a plan', wanneer: 'voorjaar' },
		});
		expect(result.fields).toEqual(['titel', 'volgendeStap.wat']);
		// The original itself is never changed.
		expect(original.titel).toBe('Speeltuin');
	});

	it('refuses a field that is not translated, one that does not exist, and one the original lacks', () => {
		const result = overlayTranslation(
			{ titel: 'Speeltuin' },
			{ status: 'klaar', titl: 'x', volgendeStap: { wat: 'y' } },
			paths,
			schemas.agenda,
			'speeltuin.md',
		);
		expect(result.problems.map((p) => [p.path.join('.'), p.message.split('.')[0]])).toEqual([
			['status', "dit veld wordt niet vertaald: het komt altijd uit 'speeltuin"],
			['titl', 'dit veld bestaat niet'],
			['volgendeStap', "dit veld staat niet in 'speeltuin"],
		]);
		expect(result.problems[1]!.message).toContain("Bedoelt u 'titel'?");
	});

	it('builds a field tree from dotted paths', () => {
		expect(fieldTree(['titel', 'volgendeStap.wat', 'volgendeStap.wanneer'])).toEqual({
			titel: true,
			volgendeStap: { wat: true, wanneer: true },
		});
	});
});

describe('discovery and loading', () => {
	it('attaches a translation to its original: same ids, no entry of its own', () => {
		const content = portal('goed', {
			[`${AGENDA}/speeltuin.en.md`]:
				'---\ntitel: New playground\nvolgendeStap:\n  wanneer: at the next meeting\n---\nA new playground is coming.\n',
			[`${AGENDA}/speeltuin.ar.md`]: 'فقط النص.\n',
		});
		const found = discover(content);
		expect(found.problems).toEqual([]);
		expect(found.files.filter((f) => f.kind === 'agenda').map((f) => f.id)).toEqual(['noord/speeltuin']);
		expect(found.translations.map((t) => [t.id, t.taal, t.kind])).toEqual([
			['noord/speeltuin', 'ar', 'agenda'],
			['noord/speeltuin', 'en', 'agenda'],
		]);
		const { problems, content: loaded } = loadContent(content);
		expect(problems.map(formatProblem)).toEqual([]);
		const [item] = loaded.agenda;
		expect(item!.data.titel).toBe('Nieuwe speeltuin');
		const en = item!.vertalingen!.find((t) => t.taal === 'en')!;
		expect(en.data).toMatchObject({
			titel: 'New playground',
			status: 'gepland',
			volgendeStap: { wat: 'Het wijkplatform bespreekt dit punt.', wanneer: 'at the next meeting' },
		});
		expect(en.fields).toEqual(['titel', 'volgendeStap.wanneer']);
		expect(en.body.trim()).toBe('A new playground is coming.');
		// A translation of only the text: no fields, the body is the file.
		const ar = item!.vertalingen!.find((t) => t.taal === 'ar')!;
		expect(ar.fields).toEqual([]);
		expect(ar.body.trim()).toBe('فقط النص.');
		// The Astro loader's reader has them too.
		expect((loadKind(content, 'agenda').items[0]!.vertalingen ?? []).map((t) => t.taal)).toEqual(['ar', 'en']);
	});

	it('reports every mistake in Dutch with file, line, field and fix', () => {
		const content = portal('fout', {
			[`${AGENDA}/speeltuin.en.md`]: '---\ntitel: Playground\nstatus: klaar\n---\n',
			[`${AGENDA}/speeltuin.de.md`]: '---\ntitel: Spielplatz\n---\n',
			[`${AGENDA}/speeltuin.pl.md`]: '---\ntitel: Plac zabaw\n---\n',
			[`${AGENDA}/speeltuin.nl.md`]: '---\ntitel: Speeltuin\n---\n',
			[`${AGENDA}/bestaat-niet.en.md`]: '---\ntitel: Nothing\n---\n',
			[`${AGENDA}/speeltuin.ar.md`]: '---\nsamenvatting: "سطر\\nسطر"\n---\n<b>نص</b>\n',
			'nieuws/bericht.en.mdx': '---\ntitel: News\n---\n',
		});
		expect(problemsOf(content)).toEqual([
			"content/nieuws/bericht.en.mdx: nieuwsberichten worden niet vertaald: ze staan in elke taal van de site in het Nederlands. Zet de tekst in 'bericht.mdx', en haal dit bestand weg.",
			"content/wijken/noord/agenda/bestaat-niet.en.md: naast deze vertaling staat geen origineel: 'bestaat-niet.md' ontbreekt in deze map. Een vertaling hoort naast het Nederlandse bestand met dezelfde naam. Verbeter de naam van de vertaling, zet het origineel erbij, of haal de vertaling weg.",
			'content/wijken/noord/agenda/speeltuin.ar.md, regel 2, veld samenvatting: een samenvatting is één zin op één regel. Zet de rest in de beschrijving onder de streepjes.',
			"content/wijken/noord/agenda/speeltuin.ar.md, regel 4: de tekst bevat HTML-code (<b>). HTML is hier niet toegestaan. Schrijf gewone tekst; gebruik Markdown voor opmaak, zoals **vet** of een lijst met '- '.",
			"content/wijken/noord/agenda/speeltuin.de.md: 'de' in de naam van dit bestand is geen taalcode die het portaal kent. Een vertaling heet zoals het origineel, met de taalcode voor .md, bijvoorbeeld 'speeltuin.en.md'. Kies uit en (Engels), pl (Pools), tr (Turks) of ar (Arabisch). Verbeter de naam, of haal het bestand weg.",
			"content/wijken/noord/agenda/speeltuin.en.md, regel 3, veld status: dit veld wordt niet vertaald: het komt altijd uit 'speeltuin.md'. Haal het weg uit de vertaling. Een vertaling van dit soort bestand kan bevatten: titel, samenvatting, volgendeStap.wat, volgendeStap.wanneer.",
			"content/wijken/noord/agenda/speeltuin.nl.md: Nederlands is de brontaal: de Nederlandse tekst staat in 'speeltuin.md' zelf, niet in een vertaling. Zet de tekst in 'speeltuin.md' en haal dit bestand weg.",
			'content/wijken/noord/agenda/speeltuin.pl.md: deze vertaling is in het Pools (pl), maar die taal staat niet bij talen in portaal.yaml. Zo komt de vertaling niet op de site. Zet pl bij talen in portaal.yaml, of haal de vertaling weg.',
		]);
	});

	it('reads a translation with the limits of an original (a control character)', () => {
		const content = portal('stuurteken', { [`${AGENDA}/speeltuin.en.md`]: '---\ntitel: "Play\u0007ground"\n---\n' });
		expect(problemsOf(content)[0]).toMatch(
			/^content\/wijken\/noord\/agenda\/speeltuin\.en\.md, regel 2: op deze regel staat een onzichtbaar stuurteken/,
		);
	});
});

describe('inTaal and the stored translations', () => {
	const entry = {
		data: { titel: 'Speeltuin', status: 'gepland' },
		rendered: {
			html: '<p>Nederlands</p>',
			metadata: {
				[TRANSLATIONS_KEY]: {
					en: { data: { titel: 'Playground', status: 'gepland' }, html: '<p>English</p>', velden: ['titel'] },
				},
			},
		},
	};

	it('gives the translated data in a language that has a translation', () => {
		expect(inTaal(entry, 'en')).toEqual({
			data: { titel: 'Playground', status: 'gepland' },
			taal: 'en',
			vertaald: true,
			velden: ['titel'],
		});
		expect(storedTranslation(entry, 'en')?.html).toBe('<p>English</p>');
	});

	it('gives the Dutch data, marked as Dutch, without one', () => {
		expect(inTaal(entry, 'ar')).toEqual({ data: entry.data, taal: 'nl', vertaald: false, velden: [] });
		expect(inTaal(entry, 'nl')).toEqual({ data: entry.data, taal: 'nl', vertaald: false, velden: [] });
		expect(inTaal({ data: { titel: 'x' } }, 'en').taal).toBe('nl');
	});
});

describe('the editor edits translations beside the original', () => {
	const input = {
		contentPath: 'content',
		wijken: [{ folder: 'noord', naam: 'Noord' }],
		themas: ['basis op orde'],
		redactie: { platform: 'github', repository: 'gemeente/portaal', branch: 'main' } as const,
	};
	const paths = (fields: readonly DecapField[], prefix = ''): string[] =>
		fields.flatMap((f) => {
			const path = prefix ? `${prefix}.${f.name}` : f.name;
			return [...(f.i18n === true ? [path] : []), ...paths((f.fields as DecapField[] | undefined) ?? [], path)];
		});

	it('without more languages: no i18n at all', () => {
		expect(JSON.stringify(decapConfig({ ...input, talen: ['nl'] }))).not.toContain('i18n');
		expect(JSON.stringify(decapConfig(input))).not.toContain('i18n');
	});

	it('with more languages: multiple_files in the portal languages, translatable fields and the body marked', () => {
		const config = decapConfig({ ...input, talen: ['nl', 'en', 'ar'] });
		expect(config.i18n).toEqual({ structure: 'multiple_files', locales: ['nl', 'en', 'ar'], default_locale: 'nl' });
		const collections = config.collections as DecapCollection[];
		const agenda = collections.find((c) => c.name === 'agenda-noord')!;
		expect(agenda.i18n).toBe(true);
		expect(paths(agenda.fields as DecapField[])).toEqual([
			'titel',
			'samenvatting',
			'volgendeStap',
			'volgendeStap.wat',
			'volgendeStap.wanneer',
			'body',
		]);
		for (const info of CONTENT_KINDS) {
			const translatable = (VERTAALBAAR as Record<string, readonly string[]>)[info.kind];
			for (const c of collections.filter((c) => c.name === info.kind || c.name.startsWith(`${info.kind}-`))) {
				// Decap allows multiple_files only for folder collections: wijk.md and ambitie.md are edited as files.
				const expected = translatable && c.folder ? [...translatable, 'body'] : [];
				const marked = paths((c.fields as DecapField[] | undefined) ?? []);
				// A group is marked too when a field in it is translated; its other fields are not.
				const leaves = marked.filter((p) => !marked.some((q) => q.startsWith(`${p}.`)));
				expect(leaves, c.name).toEqual(expected);
				expect(c.i18n ?? false, c.name).toBe(expected.length > 0);
			}
		}
	});
});

describe('translations older than their original', () => {
	const git = (cwd: string, args: string[], date?: string) =>
		execFileSync('git', args, {
			cwd,
			stdio: 'ignore',
			env: {
				...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
				GIT_AUTHOR_NAME: 'Test',
				GIT_AUTHOR_EMAIL: 'test@example.invalid',
				GIT_COMMITTER_NAME: 'Test',
				GIT_COMMITTER_EMAIL: 'test@example.invalid',
				...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
			},
		});

	it('compares the last commits of both files in Git', () => {
		const content = portal('git', { [`${AGENDA}/speeltuin.en.md`]: '---\ntitel: Playground\n---\n' });
		const repo = join(content, '..');
		git(repo, ['init', '-q']);
		git(repo, ['add', '.']);
		git(repo, ['commit', '-q', '-m', 'Alles'], '2026-03-01T10:00:00+01:00');
		const original = join(content, AGENDA, 'speeltuin.md');
		const translation = join(content, AGENDA, 'speeltuin.en.md');
		// Committed together: not older. The files' own times do not count in Git.
		utimesSync(translation, new Date('2020-01-01'), new Date('2020-01-01'));
		expect(outdatedTranslation(original, translation)).toBeUndefined();
		expect(oldTranslationWarnings(loadContent(content).content)).toEqual([]);

		appendFileSync(original, 'Nog een zin.\n');
		git(repo, ['commit', '-q', '-am', 'Origineel bijgewerkt'], '2026-04-15T10:00:00+02:00');
		const age = outdatedTranslation(original, translation);
		expect(age?.source).toBe('git');
		const warnings = oldTranslationWarnings(loadContent(content).content);
		expect(warnings.map((w) => [w.file.replace(/^.*?content\//, 'content/'), w.title])).toEqual([
			['content/wijken/noord/agenda/speeltuin.en.md', 'Vertaling ouder dan het origineel'],
		]);
		expect(warnings[0]!.message).toMatch(
			/^deze vertaling is ouder dan het origineel .*content\/wijken\/noord\/agenda\/speeltuin\.md: het origineel is veranderd op 15 april 2026, de vertaling op 1 maart 2026\. Kijk wat er in het origineel is veranderd en pas de vertaling daarop aan\./,
		);

		appendFileSync(translation, 'One more sentence.\n');
		git(repo, ['commit', '-q', '-am', 'Vertaling bijgewerkt'], '2026-04-16T10:00:00+02:00');
		expect(outdatedTranslation(original, translation)).toBeUndefined();
	});

	it('compares the files’ modification times outside Git', () => {
		const content = portal('zonder-git', { [`${AGENDA}/speeltuin.en.md`]: '---\ntitel: Playground\n---\n' });
		const original = join(content, AGENDA, 'speeltuin.md');
		const translation = join(content, AGENDA, 'speeltuin.en.md');
		utimesSync(original, new Date('2026-05-02T12:00:00Z'), new Date('2026-05-02T12:00:00Z'));
		utimesSync(translation, new Date('2026-05-01T12:00:00Z'), new Date('2026-05-01T12:00:00Z'));
		const age = outdatedTranslation(original, translation);
		expect(age?.source).toBe('bestand');
		expect(outdatedMessage('content/x.md', age!)).toContain(
			'het origineel is veranderd op 2 mei 2026, de vertaling op 1 mei 2026',
		);
		utimesSync(translation, new Date('2026-05-03T12:00:00Z'), new Date('2026-05-03T12:00:00Z'));
		expect(outdatedTranslation(original, translation)).toBeUndefined();
	});
});
