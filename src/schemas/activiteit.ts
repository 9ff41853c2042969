import { z } from 'astro/zod';

import { describeRule, ordinal, weekdayName } from '#lib/activiteiten/describe.ts';
import { effectiveWeek, matchesWeekInMaand, nearestDates, ruleDates } from '#lib/activiteiten/recurrence.ts';
import { formatDate, formatDayOf } from '#lib/site/dates.ts';

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
	elke: keuze(HERHAAL_ELKE, 'herhaling').meta({
		title: 'Hoe vaak',
		description:
			'Komt de activiteit elke week, elke 2 weken of elke maand terug? Dat is steeds op dezelfde weekdag als de eerste keer.',
	}),
	weekInMaand: z
		.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('laatste')], {
			error: (iss) =>
				iss.input === undefined
					? undefined
					: `${shown(iss.input)} is geen goede week in de maand. Kies 1, 2, 3, 4 of laatste (bijvoorbeeld 2 voor elke tweede dinsdag).`,
		})
		.optional()
		.meta({
			title: 'Week in maand',
			description:
				'Alleen bij elke maand: de hoeveelste weekdag van de maand. Kies 2 voor elke tweede dinsdag, of laatste. Leeg: zoals bij de eerste keer.',
		}),
	tot: datum().optional().meta({
		title: 'Tot en met',
		description:
			'De laatste dag waarop de activiteit kan terugkomen, als JJJJ-MM-DD. Laat dit leeg als er geen einde is.',
	}),
	uitzonderingen: z
		.array(
			z.strictObject({
				/** The date it would have been (JJJJ-MM-DD). */
				datum: datum().meta({
					title: 'Datum',
					description:
						'De dag waarop de activiteit volgens de herhaling zou zijn, als JJJJ-MM-DD. Bijvoorbeeld: 2026-12-22.',
				}),
				/** Without it the activity is cancelled on that date. */
				verplaatstNaar: datumTijd().optional().meta({
					title: 'Verplaatst naar',
					description:
						'De nieuwe dag en begintijd, als JJJJ-MM-DD UU:MM. Bijvoorbeeld: 2027-01-19 16:00. Leeg: de activiteit gaat die dag niet door.',
				}),
				reden: tekst().optional().meta({
					title: 'Reden',
					description: 'Waarom gaat het niet door of is het verplaatst? Bijvoorbeeld: Kerstvakantie.',
				}),
			}),
		)
		.default([])
		.meta({
			title: 'Uitzonderingen',
			description: 'Keren dat de activiteit niet doorgaat of op een andere dag of tijd is.',
		}),
});
export type Herhaling = z.output<typeof herhalingSchema>;

export const activiteitSchema = z
	.strictObject({
		titel: tekst().meta({
			title: 'Titel',
			description: 'De naam van de activiteit. Bijvoorbeeld: Spreekuur van de wijkagent.',
		}),
		soort: keuze(ACTIVITEIT_SOORTEN, 'soort').meta({
			title: 'Soort',
			description: 'Wat voor activiteit is dit? Kies anders als geen soort past.',
		}),
		start: datumTijd().meta({
			title: 'Begin',
			description:
				'Wanneer begint de activiteit? Als JJJJ-MM-DD UU:MM, bijvoorbeeld 2026-12-08 19:30. Komt zij terug, dan is dit de eerste keer.',
		}),
		eind: datumTijd().meta({
			title: 'Einde',
			description: 'Wanneer is de activiteit afgelopen? Als JJJJ-MM-DD UU:MM, bijvoorbeeld 2026-12-08 21:00.',
		}),
		plaats: z
			.strictObject({
				naam: tekst().meta({
					title: 'Naam',
					description: 'De naam van de plek. Bijvoorbeeld: Buurthuis De Kade.',
				}),
				adres: tekst().meta({
					title: 'Adres',
					description: 'Straat, huisnummer en plaats. Bijvoorbeeld: Kadestraat 12, Brinkwoude.',
				}),
				/** Where the meeting place is, for the maps: "52.0907, 5.1214". */
				locatie: locatie().optional().meta({
					title: 'Locatie',
					description: 'De plek op de kaart: breedtegraad, lengtegraad. Bijvoorbeeld: 52.0907, 5.1214.',
				}),
			})
			.meta({
				title: 'Plaats',
				description: 'Waar is de activiteit? Vul de naam van de plek en het adres in.',
			}),
		organisator: tekst().meta({
			title: 'Organisator',
			description: 'Wie organiseert de activiteit? Bijvoorbeeld: Wijkplatform Havenkwartier.',
		}),
		buurt: buurtCode().optional().meta({
			title: 'Buurt',
			description:
				'Is de activiteit voor één buurt van de wijk? Vul dan de CBS-buurtcode in, bijvoorbeeld BU01410101. Anders laat u dit leeg.',
		}),
		/** Comes back regularly; `start` and `eind` are then the first time. */
		herhaling: herhalingSchema.optional().meta({
			title: 'Herhaling',
			description:
				'Alleen als de activiteit regelmatig terugkomt. Begin en einde zijn dan de eerste keer, op dezelfde dag.',
		}),
	})
	.superRefine((activiteit, ctx) => {
		if (activiteit.eind <= activiteit.start) {
			ctx.addIssue({
				code: 'custom',
				path: ['eind'],
				message: `het einde (${activiteit.eind.replace('T', ' ')}) ligt niet na het begin (${activiteit.start.replace('T', ' ')}). Verbeter de datum of de tijd.`,
			});
		}
		if (activiteit.herhaling) checkHerhaling(activiteit as Activiteit & { herhaling: Herhaling }, ctx);
	});

/** The fields a translation of an activity may hold, besides its body (src/schemas/vertaling.ts). */
export const activiteitVertaalbaar = ['titel'] as const;

export type Activiteit = z.output<typeof activiteitSchema>;

type Ctx = z.core.$RefinementCtx<unknown>;

/** Rules of a recurring activity that need its start: dates that fit the rule, no contradictions. */
function checkHerhaling(activiteit: Activiteit & { herhaling: Herhaling }, ctx: Ctx) {
	const { herhaling } = activiteit;
	const first = activiteit.start.slice(0, 10);
	const issue = (path: (string | number)[], message: string) =>
		ctx.addIssue({ code: 'custom', path: ['herhaling', ...path], message });
	if (activiteit.eind.slice(0, 10) !== first) {
		ctx.addIssue({
			code: 'custom',
			path: ['eind'],
			message: `een activiteit die terugkomt, begint en eindigt op dezelfde dag. Het einde (${activiteit.eind.replace('T', ' ')}) ligt op een andere dag dan het begin (${activiteit.start.replace('T', ' ')}). Zet bij eind dezelfde datum als bij start.`,
		});
	}
	if (herhaling.tot && herhaling.tot < first) {
		issue(
			['tot'],
			`tot (${formatDate(herhaling.tot)}) ligt voor de eerste keer (${formatDate(first)}). Zet bij tot een latere datum, of haal tot weg als de activiteit blijft terugkomen.`,
		);
	}
	if (herhaling.weekInMaand !== undefined && herhaling.elke !== 'maand') {
		issue(['weekInMaand'], `weekInMaand hoort alleen bij elke: maand. Haal weekInMaand weg, of kies elke: maand.`);
	} else if (herhaling.weekInMaand !== undefined && !matchesWeekInMaand(first, herhaling.weekInMaand)) {
		const echt = effectiveWeek(first, undefined);
		issue(
			['weekInMaand'],
			`de eerste keer (${formatDayOf(activiteit.start)}) is de ${ordinal(echt)} ${weekdayName(first)} van de maand, niet de ${ordinal(herhaling.weekInMaand)}. Zet bij start de eerste datum die past, of verbeter weekInMaand.`,
		);
	}
	// With a wrong weekInMaand every exception would be reported too; the one message is enough.
	const ruleIsWrong =
		herhaling.weekInMaand !== undefined &&
		(herhaling.elke !== 'maand' || !matchesWeekInMaand(first, herhaling.weekInMaand));
	const seen = new Set<string>();
	const dates = new Set(
		ruleDates(
			first,
			herhaling,
			herhaling.uitzonderingen
				.map((u) => u.datum)
				.sort()
				.at(-1) ?? first,
		),
	);
	herhaling.uitzonderingen.forEach((u, i) => {
		if (seen.has(u.datum)) {
			issue(
				['uitzonderingen', i, 'datum'],
				`${formatDate(u.datum)} staat twee keer bij de uitzonderingen. Zet elke datum er maar één keer in.`,
			);
			return;
		}
		seen.add(u.datum);
		if (!ruleIsWrong && !dates.has(u.datum)) {
			const { before, after } = nearestDates(first, herhaling, u.datum);
			const near = [before, after]
				.filter((d): d is string => d !== undefined && d >= first)
				.map((d) => `${d} (${weekdayName(d)})`);
			const rule = describeRule(activiteit) ?? '';
			const why =
				herhaling.tot && u.datum > herhaling.tot
					? `ligt na tot (${formatDate(herhaling.tot)})`
					: u.datum < first
						? `ligt voor de eerste keer (${formatDate(first)})`
						: `is geen dag waarop de activiteit is (${rule})`;
			issue(
				['uitzonderingen', i, 'datum'],
				`${u.datum} ${why}. ${near.length ? `De dichtstbijzijnde data zijn ${near.join(' en ')}. ` : ''}Kies een datum waarop de activiteit echt is.`,
			);
		}
		if (u.verplaatstNaar && u.verplaatstNaar === `${u.datum}${activiteit.start.slice(10)}`) {
			issue(
				['uitzonderingen', i, 'verplaatstNaar'],
				`verplaatstNaar (${u.verplaatstNaar.replace('T', ' ')}) is dezelfde dag en tijd als volgens de herhaling. Kies een andere datum of tijd, of haal deze uitzondering weg.`,
			);
		}
	});
}
