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
	naam: gebiedsnaam(),
	code: buurtCode(),
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
		rol: keuze(CONTACT_ROLLEN, 'rol'),
		titel: tekst().optional(),
		organisatie: tekst(),
		naam: tekst().optional(),
		toestemming: jaNee().optional(),
		waarvoor: tekst(),
		telefoon: tekst().optional(),
		email: email().optional(),
		website: webadres().optional(),
		spreekuur: tekst().optional(),
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
		naam: gebiedsnaam(),
		code: wijkCode(),
		soort: keuze(['wijk', 'dorp'] as const, 'soort').default('wijk'),
		stadsdeel: tekst().optional(),
		accentkleur: accentkleur().optional(),
		logo: afbeelding().optional(),
		buurten: z.array(buurtSchema).min(1),
		wijkplatform: z
			.strictObject({
				naam: tekst(),
				meedoen: tekst(),
				vergadert: tekst(),
				email: email().optional(),
				website: webadres().optional(),
			})
			.optional(),
		contacten: z.array(contactSchema).default([]),
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

export type Wijk = z.output<typeof wijkSchema>;
export type Buurt = z.output<typeof buurtSchema>;
export type Contact = z.output<typeof contactSchema>;
