/** Every content type of the portal and its schema, keyed by kind. */
import { activiteitSchema } from './activiteit.ts';
import { agendaSchema } from './agenda.ts';
import { indicatorenSchema } from './indicatoren.ts';
import { nieuwsSchema } from './nieuws.ts';
import { portaalSchema } from './portaal.ts';
import { wijkSchema } from './wijk.ts';

export const schemas = {
	portaal: portaalSchema,
	wijk: wijkSchema,
	agenda: agendaSchema,
	activiteit: activiteitSchema,
	nieuws: nieuwsSchema,
	indicatoren: indicatorenSchema,
} as const;

export type ContentKind = keyof typeof schemas;
