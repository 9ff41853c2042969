/** Every content type of the portal and its schema, keyed by kind. */
import { activiteitSchema } from './activiteit.ts';
import { agendaSchema } from './agenda.ts';
import { ambitieSchema } from './ambitie.ts';
import { budgetSchema } from './budget.ts';
import { eigenGebiedenSchema } from './eigen-gebieden.ts';
import { indicatorenSchema } from './indicatoren.ts';
import { initiatiefSchema } from './initiatief.ts';
import { nieuwsSchema } from './nieuws.ts';
import { organisatieSchema } from './organisatie.ts';
import { portaalSchema } from './portaal.ts';
import { verhaalSchema } from './verhaal.ts';
import { wijkSchema } from './wijk.ts';

export const schemas = {
	portaal: portaalSchema,
	wijk: wijkSchema,
	agenda: agendaSchema,
	activiteit: activiteitSchema,
	nieuws: nieuwsSchema,
	indicatoren: indicatorenSchema,
	initiatief: initiatiefSchema,
	verhaal: verhaalSchema,
	budget: budgetSchema,
	ambitie: ambitieSchema,
	organisatie: organisatieSchema,
	indeling: eigenGebiedenSchema,
} as const;

export type ContentKind = keyof typeof schemas;
