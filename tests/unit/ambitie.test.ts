/** The goals tree of a wijk, the work per goal, and the distance to an indicator's target. */
import { describe, expect, it } from 'vitest';

import { formatTarget, targetProgress } from '#lib/ambitie/targets.ts';
import { allGoals, goalsForIndicator, goalsTree, type WorkItem } from '#lib/ambitie/tree.ts';
import type { Measurement } from '#lib/wijkkompas/measurement.ts';
import { type Doel, doelSchema } from '#schemas/ambitie.ts';

const THEMAS = ['basis op orde', 'vertrouwen', 'sociaal leefbaar', 'toekomstbestendig'];
const doel = (d: Record<string, unknown>): Doel => doelSchema.parse(d);
const DOELEN = [
	doel({
		code: 'veilig',
		naam: 'Veilig',
		thema: 'basis op orde',
		indicatoren: [{ indicator: 'overlast', streefwaarde: 12 }],
	}),
	doel({ code: 'licht', naam: 'Licht', onder: 'veilig' }),
	doel({ code: 'lampen', naam: 'Lampen', onder: 'licht' }),
	doel({ code: 'stoep', naam: 'Stoep', onder: 'veilig' }),
	doel({ code: 'samen', naam: 'Samen', thema: 'sociaal leefbaar', indicatoren: [{ indicator: 'overlast' }] }),
];
const item = (id: string, doelen: string[], linked: WorkItem['linked'] = []): WorkItem => ({
	id: `noord/${id}`,
	titel: id,
	status: 'gepland',
	doelen,
	linked,
});

describe('goalsTree', () => {
	const items = [
		item('lantaarns', ['lampen'], [{ soort: 'initiatieven', id: 'lichtjes', titel: 'Lichtjes' }]),
		item('wandeling', ['licht', 'samen'], [{ soort: 'verhalen', id: 'avond', titel: 'Avond' }]),
		item('ander', ['bestaat-niet']),
	];
	const tree = goalsTree(DOELEN, THEMAS, { vertrouwen: 'Samen werken.' }, items);

	it('has every thema in the order of portaal.yaml, with its explanation, also without goals', () => {
		expect(tree.map((s) => s.thema)).toEqual(THEMAS);
		expect(tree[1]).toMatchObject({ uitleg: 'Samen werken.', goals: [], allItems: [] });
	});

	it('hangs goals under thema’s and sub goals under goals, at their depth', () => {
		const veilig = tree[0]!.goals[0]!;
		expect(veilig.doel.code).toBe('veilig');
		expect(veilig.children.map((c) => c.doel.code)).toEqual(['licht', 'stoep']);
		expect(veilig.children[0]!.children.map((c) => [c.doel.code, c.depth])).toEqual([['lampen', 3]]);
		expect(allGoals(tree).map((g) => g.doel.code)).toEqual(['veilig', 'licht', 'lampen', 'stoep', 'samen']);
	});

	it('counts an item of a sub goal for every goal above it, and marks goals without work', () => {
		const [veilig] = tree[0]!.goals;
		const [licht, stoep] = veilig!.children;
		expect(veilig!.items).toEqual([]);
		expect(veilig!.allItems.map((i) => i.titel)).toEqual(['wandeling', 'lantaarns']);
		expect(veilig!.withoutWork).toBe(false);
		expect(licht!.items.map((i) => i.titel)).toEqual(['wandeling']);
		expect(licht!.allItems.map((i) => i.titel)).toEqual(['wandeling', 'lantaarns']);
		expect(stoep!.withoutWork).toBe(true);
		expect(tree[0]!.allItems).toHaveLength(2);
	});

	it('brings the initiatives and stories linked to a goal’s own items', () => {
		const lampen = tree[0]!.goals[0]!.children[0]!.children[0]!;
		expect(lampen.linked).toEqual([{ soort: 'initiatieven', id: 'lichtjes', titel: 'Lichtjes' }]);
		expect(tree[2]!.goals[0]!.linked).toEqual([{ soort: 'verhalen', id: 'avond', titel: 'Avond' }]);
	});

	it('finds the goals and agenda items that aim at an indicator', () => {
		const { goals, items: found } = goalsForIndicator(tree, 'overlast');
		expect(goals.map((g) => g.doel.code)).toEqual(['veilig', 'samen']);
		expect(found.map((i) => i.titel)).toEqual(['wandeling', 'lantaarns']);
		expect(goalsForIndicator(tree, 'groen')).toEqual({ goals: [], items: [] });
	});
});

describe('targetProgress', () => {
	const shown = (jaar: number, waarde: number): Measurement => ({ jaar, status: 'getoond', waarde });
	const procentLager = { eenheid: 'procent', decimalen: 0, richting: 'lager is beter' } as const;
	const cijferHoger = { eenheid: 'cijfer', decimalen: 1, richting: 'hoger is beter' } as const;

	it('says how far a lower-is-better percentage still has to go, in procentpunt', () => {
		const p = targetProgress({ ...procentLager, decimalen: 1 }, { indicator: 'x', streefwaarde: 20 }, [
			shown(2024, 27),
			shown(2025, 24.3),
		]);
		expect(p.state).toBe('nog-niet-gehaald');
		expect(p.difference).toBe(-4.3);
		expect(p.text).toBe('Nog 4,3 procentpunt te gaan: het cijfer moet omlaag, van 24,3% (2025) naar 20,0%.');
	});

	it('says a target is reached in the indicator’s direction', () => {
		expect(targetProgress(procentLager, { indicator: 'x', streefwaarde: 20 }, [shown(2025, 18)]).text).toBe(
			'Doel gehaald: in 2025 was het cijfer 18%.',
		);
		expect(targetProgress(cijferHoger, { indicator: 'x', streefwaarde: 7.5 }, [shown(2025, 7.5)]).state).toBe(
			'gehaald',
		);
		const up = targetProgress(cijferHoger, { indicator: 'x', streefwaarde: 7 }, [shown(2025, 6.6)]);
		expect(up.text).toBe('Nog 0,4 punt te gaan: het cijfer moet omhoog, van 6,6 (2025) naar 7,0.');
	});

	it('never uses a suppressed figure: the latest shown one counts, or none', () => {
		const series: Measurement[] = [shown(2021, 35), { jaar: 2022, status: 'te-weinig-antwoorden', n: 23 }];
		const p = targetProgress(
			{ ...cijferHoger, eenheid: 'procent', decimalen: 0 },
			{ indicator: 'x', streefwaarde: 40 },
			series,
		);
		expect(p.latest?.jaar).toBe(2021);
		expect(p.text).toContain('van 35% (2021) naar 40%');
		const none = targetProgress(cijferHoger, { indicator: 'x', streefwaarde: 7 }, [
			{ jaar: 2025, status: 'klein-aantal' },
		]);
		expect(none.state).toBe('geen-cijfer');
		expect(none.latest).toBeUndefined();
		expect(none.text).not.toMatch(/\d/);
	});

	it('without a target value only follows the figure', () => {
		expect(targetProgress(cijferHoger, { indicator: 'x' }, [shown(2025, 7)]).state).toBe('zonder-streefwaarde');
	});

	it('formats a target with its unit and year, keeping its own decimals', () => {
		expect(formatTarget({ ...cijferHoger, decimalen: 0 }, { indicator: 'x', streefwaarde: 7.5, jaar: 2028 })).toBe(
			'7,5 in 2028',
		);
		expect(formatTarget(procentLager, { indicator: 'x', streefwaarde: 12 })).toBe('12%');
	});
});
