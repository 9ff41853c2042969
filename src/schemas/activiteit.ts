import { z } from 'astro/zod';

import { buurtCode, datum, datumTijd, keuze, locatie, shown, tekst } from './fields.ts';

export const ACTIVITEIT_SOORTEN = ['wijkplatform', 'spreekuur', 'bijeenkomst', 'wijkschouw', 'anders'] as const;
export type ActiviteitSoort = (typeof ACTIVITEIT_SOORTEN)[number];

/** How often a recurring activity comes back. */
export const HERHAAL_ELKE = ['week', '2 weken', 'maand'] as const;
export type HerhaalElke = (typeof HERHAAL_ELKE)[number];

/**
 * A recurring activity: `start` and `eind` are the first time; it comes back every week, every two
 * weeks or every month (on the same weekday: "elke tweede dinsdag"), until `tot`, with exceptions.
 *
 * herhaling:
 *   elke: maand
 *   weekInMaand: 2            # 1 to 4, or laatste; without it: as on the first date
 *   tot: 2027-06-30
 *   uitzonderingen:
 *     - datum: 2026-12-22     # this time it is cancelled …
 *       reden: Kerstvakantie
 *     - datum: 2027-01-12     # … or moved (same length)
 *       verplaatstNaar: 2027-01-19 16:00
 *       reden: Het buurthuis is dicht.
 */
export const herhalingSchema = z.strictObject({
	elke: keuze(HERHAAL_ELKE, 'herhaling'),
	weekInMaand: z
		.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('laatste')], {
			error: (iss) =>
				iss.input === undefined
					? undefined
					: `${shown(iss.input)} is geen goede week in de maand. Kies 1, 2, 3, 4 of laatste (bijvoorbeeld 2 voor elke tweede dinsdag).`,
		})
		.optional(),
	tot: datum().optional(),
	uitzonderingen: z
		.array(
			z.strictObject({
				/** The date it would have been (JJJJ-MM-DD). */
				datum: datum(),
				/** Without it the activity is cancelled on that date. */
				verplaatstNaar: datumTijd().optional(),
				reden: tekst().optional(),
			}),
		)
		.default([]),
});
export type Herhaling = z.output<typeof herhalingSchema>;

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
		/** Comes back regularly; `start` and `eind` are then the first time. */
		herhaling: herhalingSchema.optional(),
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
