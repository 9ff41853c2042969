/**
 * `npm run check` and the build warn about entries of the sociale kaart that have not been
 * checked for longer than portaal.yaml allows (socialeKaart.controleerNa, 12 months by
 * default): a warning with file, line and field, and the exit code stays 0.
 */
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { layOut, TMP } from '#tests/support/fixtures.ts';
import { runCliAsync } from '#tests/support/run.ts';

const root = join(TMP, 'sociale-kaart-check');
const NOW = '2026-11-20T10:00:00+01:00';

function entry(naam: string, gecontroleerd: string): string {
	return [
		'---',
		`naam: ${naam}`,
		'categorie: sport',
		'aanbod: Sporten in de buurt.',
		'voorWie: Iedereen',
		'contact:',
		'  telefoon: 0999 123 456',
		`gecontroleerd: ${gecontroleerd}`,
		'---',
		'',
	].join('\n');
}

function portal(name: string, controleerNa?: number): string {
	const dir = join(root, name);
	layOut(join(root, 'leeg'), dir);
	const folder = join(dir, 'content', 'wijken', 'noord', 'sociale-kaart');
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'oude-club.md'), entry('Oude Club', '2025-11-19'));
	writeFileSync(join(folder, 'nieuwe-club.md'), entry('Nieuwe Club', '2026-08-01'));
	if (controleerNa !== undefined)
		appendFileSync(join(dir, 'content', 'portaal.yaml'), `\nsocialeKaart:\n  controleerNa: ${controleerNa}\n`);
	return dir;
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('old entries of the sociale kaart', () => {
	mkdirSync(join(root, 'leeg'), { recursive: true });

	it('are a warning in npm run check, naming file, line and field; the check still passes', async () => {
		const dir = portal('standaard');
		const result = await runCliAsync('check', [], { cwd: dir, env: { WIJKPORTAAL_NU: NOW } });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const lines = result.stdout.trim().split('\n');
		expect(lines).toEqual([
			'Let op, 1 organisatie op de sociale kaart is lang niet gecontroleerd:',
			'- content/wijken/noord/sociale-kaart/oude-club.md, regel 8, veld gecontroleerd: Oude Club is voor het laatst gecontroleerd op 19 november 2025, meer dan 12 maanden geleden. Vraag de organisatie of de gegevens nog kloppen, pas ze zo nodig aan en zet de datum van de controle bij gecontroleerd.',
			expect.stringMatching(/^De inhoud in .* is in orde \(\d+ bestanden gecontroleerd\)\.$/),
		]);
	});

	it('follow socialeKaart.controleerNa in portaal.yaml', async () => {
		const dir = portal('drie-maanden', 3);
		const result = await runCliAsync('check', [], { cwd: dir, env: { WIJKPORTAAL_NU: NOW } });
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Let op, 2 organisaties op de sociale kaart zijn lang niet gecontroleerd:');
		expect(result.stdout).toContain(
			'nieuwe-club.md, regel 8, veld gecontroleerd: Nieuwe Club is voor het laatst gecontroleerd op 1 augustus 2026, meer dan 3 maanden geleden.',
		);
	});

	it('are no warning within the set time', async () => {
		const dir = portal('vroeg');
		const result = await runCliAsync('check', [], { cwd: dir, env: { WIJKPORTAAL_NU: '2026-08-02T10:00:00+02:00' } });
		expect(result.status).toBe(0);
		expect(result.stdout).not.toContain('sociale kaart');
	});
});
