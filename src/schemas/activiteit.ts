import { z } from 'astro/zod';

import { buurtCode, datumTijd, keuze, locatie, tekst } from './fields.ts';

export const ACTIVITEIT_SOORTEN = ['wijkplatform', 'spreekuur', 'bijeenkomst', 'wijkschouw', 'anders'] as const;
export type ActiviteitSoort = (typeof ACTIVITEIT_SOORTEN)[number];

export const activiteitSchema = z
	.strictObject({
		titel: tekst(),
		soort: keuze(ACTIVITEIT_SOORTEN, 'soort'),
		start: datumTijd(),
		eind: datumTijd(),
		plaats: z.strictObject({
			naam: tekst(),
			adres: tekst(),
			/** Where the meeting place is, for the maps: "52.0907, 5.1214". */
			locatie: locatie().optional(),
		}),
		organisator: tekst(),
		buurt: buurtCode().optional(),
	})
	.superRefine((activiteit, ctx) => {
		if (activiteit.eind <= activiteit.start) {
			ctx.addIssue({
				code: 'custom',
				path: ['eind'],
				message: `het einde (${activiteit.eind.replace('T', ' ')}) ligt niet na het begin (${activiteit.start.replace('T', ' ')}). Verbeter de datum of de tijd.`,
			});
		}
	});

export type Activiteit = z.output<typeof activiteitSchema>;
