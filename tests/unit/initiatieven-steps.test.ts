import { describe, expect, it } from 'vitest';

import { currentStepDate, isEnded, STAP_LABELS, stepsOf } from '#lib/initiatieven/steps.ts';
import { STAPPEN } from '#schemas/initiatief.ts';

const states = (steps: ReturnType<typeof stepsOf>) => steps.map((s) => [s.stap, s.state, s.datum]);

describe('stepsOf', () => {
	it('marks the steps before the current one done with their date, the current one now, the rest not yet', () => {
		const steps = stepsOf({
			stap: 'plan uitgewerkt',
			datums: { 'idee opgehaald': '2026-01-05', 'plan uitgewerkt': '2026-02-01' },
		});
		expect(states(steps)).toEqual([
			['idee opgehaald', 'gedaan', '2026-01-05'],
			['plan uitgewerkt', 'nu', '2026-02-01'],
			['budget toegekend', 'nog niet', undefined],
			['uitgevoerd', 'nog niet', undefined],
		]);
	});

	it('has the last step as current for a carried out initiative', () => {
		const steps = stepsOf({
			stap: 'uitgevoerd',
			datums: {
				'idee opgehaald': '2025-01-05',
				'plan uitgewerkt': '2025-02-01',
				'budget toegekend': '2025-03-01',
				uitgevoerd: '2025-09-01',
			},
		});
		expect(steps.map((s) => s.state)).toEqual(['gedaan', 'gedaan', 'gedaan', 'nu']);
		expect(steps.filter((s) => s.state === 'nu')).toHaveLength(1);
	});

	it('ends a refused initiative with that step, followed by the steps it never reached', () => {
		const steps = stepsOf({
			stap: 'afgewezen',
			datums: { 'idee opgehaald': '2026-01-05', 'plan uitgewerkt': '2026-02-01', afgewezen: '2026-02-20' },
		});
		expect(states(steps)).toEqual([
			['idee opgehaald', 'gedaan', '2026-01-05'],
			['plan uitgewerkt', 'gedaan', '2026-02-01'],
			['afgewezen', 'nu', '2026-02-20'],
			['budget toegekend', 'niet bereikt', undefined],
			['uitgevoerd', 'niet bereikt', undefined],
		]);
	});

	it('ends a stopped initiative after the grant with gestopt and only uitgevoerd not reached', () => {
		const steps = stepsOf({
			stap: 'gestopt',
			datums: {
				'idee opgehaald': '2025-01-05',
				'plan uitgewerkt': '2025-02-01',
				'budget toegekend': '2025-03-01',
				gestopt: '2025-06-01',
			},
		});
		expect(steps.map((s) => [s.stap, s.state])).toEqual([
			['idee opgehaald', 'gedaan'],
			['plan uitgewerkt', 'gedaan'],
			['budget toegekend', 'gedaan'],
			['gestopt', 'nu'],
			['uitgevoerd', 'niet bereikt'],
		]);
	});
});

describe('isEnded, currentStepDate and STAP_LABELS', () => {
	it('knows which steps end an initiative', () => {
		expect(STAPPEN.filter(isEnded)).toEqual(['afgewezen', 'gestopt']);
	});
	it('gives the date of the current step', () => {
		expect(
			currentStepDate({ stap: 'afgewezen', datums: { 'idee opgehaald': '2026-01-05', afgewezen: '2026-03-01' } }),
		).toBe('2026-03-01');
		expect(currentStepDate({ stap: 'idee opgehaald', datums: { 'idee opgehaald': '2026-01-05' } })).toBe('2026-01-05');
	});
	it('has a label for every step', () => {
		expect(STAPPEN.map((s) => STAP_LABELS[s])).toEqual([
			'Idee opgehaald',
			'Plan uitgewerkt',
			'Budget toegekend',
			'Uitgevoerd',
			'Afgewezen',
			'Gestopt',
		]);
	});
});
