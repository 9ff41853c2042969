/** Where an initiative stands in the four steps, for its progress list. */
import { i18n, type MessageKey } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { EINDSTAPPEN, HOOFDSTAPPEN, type Initiatief, type Stap } from '#schemas/initiatief.ts';

export type StepState = 'gedaan' | 'nu' | 'nog niet' | 'niet bereikt';

export interface StepView {
	stap: Stap;
	state: StepState;
	/** The day the step was reached. */
	datum?: string;
}

/** Residents' words for each step. */
export const STAP_LABELS: Record<Stap, string> = {
	'idee opgehaald': 'Idee opgehaald',
	'plan uitgewerkt': 'Plan uitgewerkt',
	'budget toegekend': 'Budget toegekend',
	uitgevoerd: 'Uitgevoerd',
	afgewezen: 'Afgewezen',
	gestopt: 'Gestopt',
};

const STAP_KEYS: Record<Stap, MessageKey> = {
	'idee opgehaald': 'initiatieven.stap.ideeOpgehaald',
	'plan uitgewerkt': 'initiatieven.stap.planUitgewerkt',
	'budget toegekend': 'initiatieven.stap.budgetToegekend',
	uitgevoerd: 'initiatieven.stap.uitgevoerd',
	afgewezen: 'initiatieven.stap.afgewezen',
	gestopt: 'initiatieven.stap.gestopt',
};

/** "Idee opgehaald", "Idea collected": a step as residents read it, in a language. */
export const stapLabel = (stap: Stap, taal: Taal = 'nl'): string => i18n(taal).t(STAP_KEYS[stap]);

const STATE_KEYS: Record<StepState, MessageKey> = {
	gedaan: 'initiatieven.stand.gedaan',
	nu: 'initiatieven.stand.nu',
	'nog niet': 'initiatieven.stand.nogNiet',
	'niet bereikt': 'initiatieven.stand.nietBereikt',
};

/** "gedaan", "hier is het initiatief nu": the state of a step in the progress list. */
export const stateText = (state: StepState, taal: Taal = 'nl'): string => i18n(taal).t(STATE_KEYS[state]);

export const isEnded = (stap: Stap) => (EINDSTAPPEN as readonly Stap[]).includes(stap);

/**
 * The four steps with their state; an initiative that was refused or stopped ends with that
 * step instead of the ones it did not reach.
 */
export function stepsOf(item: Pick<Initiatief, 'stap' | 'datums'>): StepView[] {
	const { stap, datums } = item;
	if (isEnded(stap)) {
		const reached = HOOFDSTAPPEN.filter((s) => datums[s]);
		return [
			...reached.map((s) => ({ stap: s, state: 'gedaan' as const, datum: datums[s] })),
			{ stap, state: 'nu', datum: datums[stap] },
			...HOOFDSTAPPEN.filter((s) => !datums[s]).map((s) => ({ stap: s, state: 'niet bereikt' as const })),
		];
	}
	const current = HOOFDSTAPPEN.indexOf(stap as (typeof HOOFDSTAPPEN)[number]);
	return HOOFDSTAPPEN.map((s, i) => ({
		stap: s,
		state: i < current ? 'gedaan' : i === current ? 'nu' : 'nog niet',
		datum: datums[s],
	}));
}

/** The day the initiative reached its current step: for sorting, newest first. */
export const currentStepDate = (item: Pick<Initiatief, 'stap' | 'datums'>): string =>
	item.datums[item.stap] ?? item.datums['idee opgehaald'];
