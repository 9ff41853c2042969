/**
 * `npm run nieuw` on a copy of the demo content, for every kind it makes: right after it,
 * `npm run check` names only the new file, and in it only the required fields left empty.
 * Filling those fields gives a valid file. Mistakes on the command line are refused in
 * Dutch, and no file is ever overwritten.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { problemLines, REPO, TMP } from '#tests/support/fixtures.ts';
import { runCliAsync, runNode, type RunResult } from '#tests/support/run.ts';

const root = join(TMP, 'nieuw');
const NOW = '2026-06-15T10:00:00+02:00';
const TODAY = '2026-06-15';
const STACK_TRACE = /^\s+at .+[(:]\d+/m;

interface Case {
	args: string[];
	/** The file it makes, inside content/. */
	file: string;
	/** The fields the check names, in the file's order. */
	empty: string[];
	/** A file to take away first (a wijk has one ambitie). */
	remove?: string;
}

const CASES: Record<string, Case> = {
	agenda: {
		args: ['agenda', 'noordveld', 'Speeltuin: "Merelplein" # nieuw'],
		file: 'wijken/noordveld/agenda/speeltuin-merelplein-nieuw.md',
		empty: ['samenvatting', 'volgendeStap.wat', 'volgendeStap.wanneer', 'probleemeigenaar', 'thema'],
	},
	activiteit: {
		args: ['activiteit', 'de-esch', 'Buurtborrel in De Esch'],
		file: 'wijken/de-esch/activiteiten/buurtborrel-in-de-esch.md',
		empty: ['soort', 'start', 'eind', 'plaats.naam', 'plaats.adres', 'organisator'],
	},
	organisatie: {
		args: ['organisatie', 'centrum', 'Buurthuis De Kade'],
		file: 'wijken/centrum/sociale-kaart/buurthuis-de-kade.md',
		empty: ['categorie', 'aanbod', 'voorWie', 'contact'],
	},
	ambitie: {
		args: ['ambitie', 'ellerhoek', 'Ambitie van Ellerhoek'],
		file: 'wijken/ellerhoek/ambitie.md',
		empty: ['doelen'],
		remove: 'wijken/ellerhoek/ambitie.md',
	},
	nieuws: { args: ['nieuws', 'Nieuw bericht'], file: 'nieuws/nieuw-bericht.mdx', empty: ['samenvatting'] },
	initiatief: {
		// The demo has bankjes-ommetje.md already: the new one gets -2.
		args: ['initiatief', 'Bankjes ommetje'],
		file: 'initiatieven/bankjes-ommetje-2.md',
		empty: ['samenvatting', 'wijk', 'bijdrage'],
	},
	verhaal: {
		args: ['verhaal', 'Mijn eerste jaar'],
		file: 'verhalen/mijn-eerste-jaar.md',
		empty: ['wijk', 'thema', 'verteld', 'toestemming.datum', 'toestemming.publiceren'],
	},
};

/** What a volunteer fills in, by field name. */
const FILLED: Record<string, string> = {
	samenvatting: 'Een korte zin over dit onderwerp.',
	wat: 'De gemeente maakt een plan.',
	wanneer: 'voorjaar 2027',
	probleemeigenaar: 'Gemeente Brinkwoude',
	thema: 'basis op orde',
	soort: 'bijeenkomst',
	start: '2026-07-01 19:30',
	eind: '2026-07-01 21:00',
	naam: 'Buurthuis De Kade',
	adres: 'Kadestraat 12, Brinkwoude',
	organisator: 'Wijkplatform De Esch',
	categorie: 'sport',
	aanbod: 'Sporten in de buurt.',
	voorWie: 'iedereen',
	contact: '\n  telefoon: 0999 123 456',
	wijk: 'noordveld',
	bijdrage: 'verbinding',
	verteld: '2026-06-01',
	datum: '2026-06-01',
	publiceren: 'anoniem',
};

function copyContent(name: string): string {
	const dir = join(root, name);
	rmSync(dir, { recursive: true, force: true });
	cpSync(join(REPO, 'content'), join(dir, 'content'), { recursive: true });
	return dir;
}

const nieuw = (dir: string, args: string[]) =>
	runNode('scripts/nieuw.ts', args, { cwd: dir, env: { WIJKPORTAAL_NU: NOW }, isolate: true });
const check = (dir: string) => runCliAsync('check', [], { cwd: dir, env: { WIJKPORTAAL_NU: NOW }, isolate: true });

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run nieuw, then npm run check', () => {
	const made: Record<string, { dir: string; nieuw: RunResult; check: RunResult }> = {};

	beforeAll(async () => {
		const runs = Object.entries(CASES).map(async ([kind, c]) => {
			const dir = copyContent(kind);
			if (c.remove) rmSync(join(dir, 'content', c.remove));
			const result = nieuw(dir, c.args);
			made[kind] = { dir, nieuw: result, check: await check(dir) };
		});
		await Promise.all(runs);
	});

	describe.each(Object.keys(CASES))('%s', (kind) => {
		const c = CASES[kind]!;

		it('makes the file and says what is still to fill in', () => {
			const { nieuw: result, dir } = made[kind]!;
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			const lines = result.stdout.trim().split('\n');
			expect(lines[0]).toBe(`Nieuw bestand gemaakt: content/${c.file}`);
			expect(lines[1]).toBe(`Vul nog in: ${c.empty.join(', ')}.`);
			expect(lines.at(-1)).toContain('npm run check');
			const text = readFileSync(join(dir, 'content', c.file), 'utf8');
			expect(text.startsWith('---\n# ')).toBe(true);
			expect(text.endsWith('\n---\n')).toBe(true);
		});

		it('is reported by the check only for its empty required fields, on their own lines', () => {
			const { check: result, dir } = made[kind]!;
			expect(result.status).toBe(1);
			expect(result.stderr).not.toMatch(STACK_TRACE);
			const text = readFileSync(join(dir, 'content', c.file), 'utf8').split('\n');
			const problems = problemLines(result.stderr).map((line) => {
				const match = /^(.+?), regel (\d+), veld (\S+): dit veld is leeg\./.exec(line);
				expect(match, line).not.toBeNull();
				const [, file, regel, field] = match!;
				expect(file).toBe(`content/${c.file}`);
				// The line the check names is the empty field itself.
				expect(text[Number(regel) - 1]!.trim()).toBe(`${field!.split('.').at(-1)}:`);
				return field;
			});
			expect(problems).toEqual(c.empty);
		});
	});

	it('gives valid files once the volunteer fills in the named fields', async () => {
		const dir = copyContent('ingevuld');
		const files = Object.entries(CASES)
			.filter(([kind]) => kind !== 'ambitie') // its goals would replace the ones the demo's agenda items name
			.map(([, c]) => {
				expect(nieuw(dir, c.args).status).toBe(0);
				const path = join(dir, 'content', c.file);
				const filled = readFileSync(path, 'utf8').replace(/^( *)(\w+):$/gm, (line, indent: string, name: string) =>
					name in FILLED ? `${indent}${name}: ${FILLED[name]!.replaceAll('\n', `\n${indent}`)}` : line,
				);
				writeFileSync(path, filled);
				return c.file;
			});
		const result = await check(dir);
		expect(result.stderr, files.join(', ')).toBe('');
		expect(result.status).toBe(0);
	});
});

describe('npm run nieuw refuses in Dutch', () => {
	let dir: string;
	const files = () => readdirSync(join(dir, 'content'), { recursive: true }).map(String).sort();
	let before: string[];

	beforeAll(() => {
		dir = copyContent('weigeren');
		before = files();
	});

	function refused(args: string[], message: string | RegExp): void {
		const result = nieuw(dir, args);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		const [first, ...rest] = result.stderr.split('\n');
		if (typeof message === 'string') expect(first).toBe(message);
		else expect(first).toMatch(message);
		expect(rest.join('\n')).toContain('Gebruik:\n  npm run nieuw -- <soort> <wijk> "<titel>"');
		expect(result.stderr).not.toMatch(STACK_TRACE);
		expect(files()).toEqual(before);
	}

	it('an unknown soort, with the closest one', () =>
		refused(
			['agendaa', 'noordveld', 'Speeltuin'],
			"'agendaa' is geen soort die u kunt maken. Bedoelt u agenda? Kies uit: ambitie, agenda, activiteit, organisatie, nieuws, initiatief, verhaal.",
		));

	it('an unknown wijk, with the wijken that exist and the closest name', () =>
		refused(
			['agenda', 'noordveldt', 'Speeltuin'],
			"De wijk 'noordveldt' bestaat niet. Bedoelt u noordveld? Deze wijken zijn er: centrum, de-esch, ellerhoek, havenkwartier, noordveld.",
		));

	it('a wijk outside the content folder', () =>
		refused(['agenda', '../..', 'Speeltuin'], /^De wijk '\.\.\/\.\.' bestaat niet\./));

	it('a second ambitie for a wijk', () => {
		const path = join(dir, 'content', 'wijken', 'centrum', 'ambitie.md');
		const text = readFileSync(path, 'utf8');
		refused(
			['ambitie', 'centrum'],
			'De wijk centrum heeft al een wijkambitie: content/wijken/centrum/ambitie.md. Er is maar één per wijk; pas dat bestand aan.',
		);
		expect(readFileSync(path, 'utf8')).toBe(text);
	});

	it('an empty or missing titel', () => {
		refused(['agenda', 'noordveld', ''], /^De titel is leeg\./);
		refused(['agenda', 'noordveld', '   '], /^De titel is leeg\./);
		refused(['agenda', 'noordveld'], /^De titel ontbreekt\./);
		refused(['organisatie', 'noordveld', ''], /^De naam is leeg\./);
		refused(['nieuws'], /^De titel ontbreekt\./);
	});

	it('a titel that gives no file name', () =>
		refused(['nieuws', '?!'], /^Van de titel '\?!' kan geen bestandsnaam worden gemaakt\./));

	it('a wijk for a kind of the whole portal that has none', () =>
		refused(['nieuws', 'noordveld', 'Bericht'], /^Een nieuwsbericht hoort niet bij één wijk\./));
});

describe('npm run nieuw never overwrites a file', () => {
	it('takes the next free name, and leaves the existing files as they were', () => {
		const dir = copyContent('niet-overschrijven');
		const first = nieuw(dir, ['agenda', 'havenkwartier', 'Meer groen']);
		expect(first.status).toBe(0);
		const path = join(dir, 'content', 'wijken', 'havenkwartier', 'agenda', 'meer-groen.md');
		writeFileSync(path, 'mijn eigen tekst\n');
		const second = nieuw(dir, ['agenda', 'havenkwartier', 'Meer  groen!']);
		expect(second.status).toBe(0);
		expect(second.stdout).toContain('Nieuw bestand gemaakt: content/wijken/havenkwartier/agenda/meer-groen-2.md');
		expect(readFileSync(path, 'utf8')).toBe('mijn eigen tekst\n');
		expect(readFileSync(join(dir, 'content/wijken/havenkwartier/agenda/meer-groen-2.md'), 'utf8')).toContain(
			`toegevoegd: ${TODAY}`,
		);
		expect(existsSync(join(dir, 'content/wijken/havenkwartier/agenda/meer-groen-3.md'))).toBe(false);

		// An initiatief may name its wijk; it is filled in and not asked for.
		const initiatief = nieuw(dir, ['initiatief', 'noordveld', 'Geveltuinen']);
		expect(initiatief.status).toBe(0);
		expect(initiatief.stdout).toContain('Vul nog in: samenvatting, bijdrage.');
		expect(readFileSync(join(dir, 'content/initiatieven/geveltuinen.md'), 'utf8')).toContain('\nwijk: noordveld\n');
	});
});
