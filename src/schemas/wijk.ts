import { z } from 'astro/zod';

import { contrastRatio, MIN_CONTRAST } from '#lib/site/contrast.ts';
import { slugify } from '#lib/site/slug.ts';

import {
	afbeelding,
	buurtCode,
	email,
	gebiedsnaam,
	jaNee,
	keuze,
	kleur,
	shown,
	tekst,
	webadres,
	wijkCode,
} from './fields.ts';

export const CONTACT_ROLLEN = [
	'wijkregisseur',
	'wijkwethouder',
	'wijkcontactraadslid',
	'wijkagent',
	'wijkconcierge',
	'opbouwwerker',
	'wijkteam',
	'anders',
] as const;
export type ContactRol = (typeof CONTACT_ROLLEN)[number];

export const buurtSchema = z.strictObject({
	naam: gebiedsnaam().meta({
		title: 'Naam',
		description: 'De naam van de buurt, zoals bewoners hem kennen. De naam wordt ook een deel van het webadres.',
	}),
	code: buurtCode().meta({
		title: 'Buurtcode',
		description:
			'De CBS-buurtcode: BU, de zes cijfers van de wijk en twee cijfers voor de buurt. Bijvoorbeeld: BU01410101.',
	}),
});

const ratio = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** An accent colour carries white text: it needs enough contrast with white (WCAG AA). */
export const accentkleur = () =>
	kleur().superRefine((value, ctx) => {
		const r = contrastRatio(value, '#ffffff');
		if (r < MIN_CONTRAST) {
			ctx.addIssue({
				code: 'custom',
				message: `de kleur "${value}" heeft te weinig contrast met wit (${ratio.format(r)}:1; minimaal ${ratio.format(MIN_CONTRAST)}:1 nodig), waardoor tekst slecht leesbaar wordt. Kies een donkerdere kleur, bijvoorbeeld "#1d5b79".`,
			});
		}
	});

export const contactSchema = z
	.strictObject({
		rol: keuze(CONTACT_ROLLEN, 'rol').meta({
			title: 'Rol',
			description:
				'Wat doet deze persoon of organisatie voor de wijk? Kies anders als geen rol past, en vul dan een titel in.',
		}),
		titel: tekst().optional().meta({
			title: 'Titel',
			description:
				'De titel die de gemeente zelf gebruikt, als die anders is dan de rol. Die staat dan boven het contact. Bijvoorbeeld: Wijkmanager.',
		}),
		organisatie: tekst().meta({
			title: 'Organisatie',
			description: 'Bij welke organisatie hoort dit contact? Bijvoorbeeld: Gemeente Brinkwoude, team Openbare ruimte.',
		}),
		naam: tekst().optional().meta({
			title: 'Naam',
			description:
				'De naam van de persoon. Vul die alleen in als de persoon toestemming gaf om op de site te staan, en zet dan toestemming op ja.',
		}),
		toestemming: jaNee().optional().meta({
			title: 'Toestemming',
			description:
				'Gaf de persoon toestemming om de naam op de site te zetten? Alleen met ja staat de naam op de site.',
		}),
		waarvoor: tekst().meta({
			title: 'Waarvoor',
			description:
				'Waarvoor kunnen bewoners hier terecht? Bijvoorbeeld: Zorgen over veiligheid, inbraak of overlast in de wijk.',
			invoer: 'alinea',
		}),
		telefoon: tekst().optional().meta({
			title: 'Telefoon',
			description: 'Het telefoonnummer van de organisatie, geen privénummer. Bijvoorbeeld: 14 0999.',
		}),
		email: email().optional().meta({
			title: 'E-mail',
			description:
				'Het e-mailadres van de organisatie of de functie, geen privéadres. Bijvoorbeeld: wijkteam@gemeente.nl.',
		}),
		website: webadres().optional().meta({
			title: 'Website',
			description: 'Een pagina met meer over dit contact, het volledige adres beginnend met https://.',
		}),
		spreekuur: tekst().optional().meta({
			title: 'Spreekuur',
			description:
				'Wanneer en waar kunnen bewoners langskomen? Bijvoorbeeld: Elke tweede dinsdag van de maand van 16.00 tot 17.00 uur in buurthuis De Kade.',
		}),
	})
	.superRefine((c, ctx) => {
		if (c.naam !== undefined && c.toestemming !== true) {
			ctx.addIssue({
				code: 'custom',
				path: ['naam'],
				message:
					'een naam van een persoon mag alleen op de site met toestemming van die persoon. Zet toestemming: ja als de persoon toestemming gaf, of haal de naam weg en noem alleen de rol en de organisatie.',
			});
		}
		if (!c.telefoon && !c.email && !c.website) {
			ctx.addIssue({
				code: 'custom',
				message:
					'bij dit contact staat geen telefoonnummer, e-mailadres of website. Vul er minstens één in (alleen gegevens van de organisatie, geen privégegevens).',
			});
		}
	});

export const wijkSchema = z
	.strictObject({
		naam: gebiedsnaam().meta({
			title: 'Naam',
			description: 'De naam van de wijk, zoals bewoners hem kennen. De naam wordt ook een deel van het webadres.',
		}),
		code: wijkCode().meta({
			title: 'Wijkcode',
			description: 'De CBS-wijkcode: WK en zes cijfers. Bijvoorbeeld: WK014101.',
		}),
		soort: keuze(['wijk', 'dorp'] as const, 'soort')
			.default('wijk')
			.meta({
				title: 'Soort',
				description: 'Is dit een wijk of een dorp? De site noemt het gebied zo.',
			}),
		stadsdeel: tekst().optional().meta({
			title: 'Stadsdeel',
			description:
				'Het stadsdeel waarin de wijk ligt, zoals het in portaal.yaml staat. Laat dit leeg als de gemeente geen stadsdelen heeft.',
		}),
		accentkleur: accentkleur().optional().meta({
			title: 'Accentkleur',
			description:
				'De eigen kleur van de wijk op de site, als kleurcode. Kies een donkere kleur, want er staat witte tekst op. Bijvoorbeeld: #1d5b79.',
		}),
		logo: afbeelding().optional().meta({
			title: 'Logo',
			description: 'Een logo van de wijk, dat bij de naam van de wijk staat. Zet het bestand in de map van de wijk.',
		}),
		buurten: z.array(buurtSchema).min(1).meta({
			title: 'Buurten',
			description: 'De buurten van de wijk, zoals het CBS ze indeelt. Minstens één buurt.',
		}),
		wijkplatform: z
			.strictObject({
				naam: tekst().meta({
					title: 'Naam',
					description: 'De naam van het wijkplatform of de bewonersgroep. Bijvoorbeeld: Wijkplatform Havenkwartier.',
				}),
				meedoen: tekst().meta({
					title: 'Meedoen',
					description:
						'Wie kan meedoen, en hoe? Bijvoorbeeld: Iedereen die in de wijk woont of werkt. Stuur een mail of kom naar een vergadering.',
					invoer: 'alinea',
				}),
				vergadert: tekst().meta({
					title: 'Vergaderingen',
					description:
						'Hoe vaak en waar vergadert het platform? Bijvoorbeeld: Vier keer per jaar op dinsdagavond in buurthuis De Kade.',
				}),
				email: email().optional().meta({
					title: 'E-mail',
					description: 'Het e-mailadres van het wijkplatform. Bijvoorbeeld: wijkplatform@havenkwartier.nl.',
				}),
				website: webadres().optional().meta({
					title: 'Website',
					description: 'De website van het wijkplatform, het volledige adres beginnend met https://.',
				}),
			})
			.optional()
			.meta({
				title: 'Wijkplatform',
				description: 'De groep bewoners die de wijkagenda bijhoudt en de gemeente advies geeft, als de wijk die heeft.',
			}),
		contacten: z.array(contactSchema).default([]).meta({
			title: 'Contacten',
			description:
				'Bij wie kunnen bewoners terecht met een vraag over de wijk? Deze contacten staan op de wijkpagina onder Waarvoor bij wie.',
		}),
	})
	.superRefine((wijk, ctx) => {
		// Every buurt code starts with the wijk's digits; every buurt name gives its own web address.
		const digits = wijk.code.slice(2);
		const slugs = new Map<string, string>();
		wijk.buurten.forEach((buurt, i) => {
			if (!buurt.code.startsWith(`BU${digits}`)) {
				ctx.addIssue({
					code: 'custom',
					path: ['buurten', i, 'code'],
					message: `de code ${buurt.code} hoort niet bij deze wijk (${wijk.code}). Een buurtcode begint met BU en de zes cijfers van de wijk: BU${digits}.., bijvoorbeeld BU${digits}01.`,
				});
			}
			const slug = slugify(buurt.naam);
			const same = slugs.get(slug);
			if (same) {
				ctx.addIssue({
					code: 'custom',
					path: ['buurten', i, 'naam'],
					message: `de naam ${shown(buurt.naam)} lijkt te veel op ${shown(same)} in deze wijk: ze krijgen hetzelfde webadres. Geef elke buurt een eigen naam.`,
				});
			} else slugs.set(slug, buurt.naam);
		});
	});

/**
 * The fields a translation of wijk.md (`wijk.en.md`) may hold, besides the text under the front matter
 * (src/schemas/vertaling.ts). Names (of the wijk, its buurten, the platform) stay as they are.
 */
export const wijkVertaalbaar = ['wijkplatform.meedoen', 'wijkplatform.vergadert'] as const;

export type Wijk = z.output<typeof wijkSchema>;
export type Buurt = z.output<typeof buurtSchema>;
export type Contact = z.output<typeof contactSchema>;
