import { z } from 'astro/zod';

import { afbeelding, buurtCode, email, gebiedsnaam,jaNee, keuze, kleur, tekst, webadres, wijkCode } from './fields.ts';

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

export const contactSchema = z.strictObject({
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
});

export const wijkSchema = z.strictObject({
	naam: gebiedsnaam(),
	code: wijkCode(),
	soort: keuze(['wijk', 'dorp'] as const, 'soort').default('wijk'),
	stadsdeel: tekst().optional(),
	accentkleur: kleur().optional(),
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
});

export type Wijk = z.output<typeof wijkSchema>;
export type Buurt = z.output<typeof buurtSchema>;
export type Contact = z.output<typeof contactSchema>;
