import { z } from 'astro/zod';

import { datum, email, gemeenteCode, jaNee, keuze, shown, tekst, webadres } from './fields.ts';

/** The four strategic goals every wijk works on, unless a gemeente sets its own. */
export const STANDAARD_THEMAS = ['basis op orde', 'vertrouwen', 'sociaal leefbaar', 'toekomstbestendig'];

export const TOEGANKELIJKHEID_STATUSSEN = [
	'voldoet volledig',
	'voldoet gedeeltelijk',
	'eerste maatregelen genomen',
	'voldoet niet',
] as const;

export const gemeenteSchema = z.strictObject({
	naam: tekst(),
	code: gemeenteCode(),
	stadsdelen: z.array(tekst()).default([]),
	/** The gemeente's strategic goals: every wijkagenda item and every goal of a wijkambitie serves one. */
	themas: z.array(tekst()).min(1).default(STANDAARD_THEMAS),
	/** A short explanation per thema, shown on the ambitie pages: `basis op orde: Schoon, heel en veilig.` */
	themaUitleg: z.record(z.string(), tekst()).default({}),
	/** Baseline (0-meting) year of the wijkkompas; without it the first year with figures. */
	nulmeting: z.int().min(1900).max(2999).optional(),
});

/** How the wijkkompas shows figures; every rule is explained on the pages. */
export const wijkkompasSchema = z.strictObject({
	/** Counts from 1 up to this number (exclusive) are shown as "minder dan N". 0 turns it off. */
	kleineAantallen: z.int().min(0).default(5),
	/** An indicator is an aandachtspunt when the area is this many percent worse than its gemeente. */
	aandachtspuntBij: z.number().min(1).max(100).default(10),
	/** Index values within 100 ± this are "rond het gemiddelde". */
	bandRondGemiddelde: z.number().min(1).max(50).default(10),
});

/** The wijkkompas settings of a portal that sets none: each field's own default. */
export const WIJKKOMPAS_STANDAARD: z.output<typeof wijkkompasSchema> = wijkkompasSchema.parse({});

/** The sociale kaart: how old an entry may get before `npm run check` asks to check it again. */
export const socialeKaartSchema = z.strictObject({
	/** Months after `gecontroleerd` that an entry counts as old (a warning, never an error). */
	controleerNa: z.int().min(1).max(120).default(12),
});
export const SOCIALE_KAART_STANDAARD: z.output<typeof socialeKaartSchema> = socialeKaartSchema.parse({});

/** The NL Design System theme a portal gets when portaal.yaml names none. */
export const STANDAARD_TOKENS = '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

export const uiterlijkSchema = z.strictObject({
	themaklasse: tekst().default('voorbeeld-theme'),
	tokens: tekst().default(STANDAARD_TOKENS),
});

/** The look of a portal that sets none: each field's own default. */
export const UITERLIJK_STANDAARD: z.output<typeof uiterlijkSchema> = uiterlijkSchema.parse({});

const BASISKAART_HINT =
	'Zet het PMTiles-bestand in content/geo/ en schrijf hier de bestandsnaam (bijvoorbeeld basiskaart.pmtiles), of schrijf het pad op uw eigen website (bijvoorbeeld /tegels/basiskaart.pmtiles).';

/** The interactive map. Without a basiskaart it shows only the portal's own areas (no tile server). */
export const kaartSchema = z.strictObject({
	/**
	 * A self-hosted vector basemap in PMTiles format (Protomaps layer names: earth, water,
	 * landuse, roads, buildings): a file in content/geo/, or a path on the portal's own site.
	 * Never another website: no request may leave the portal's own origin.
	 */
	basiskaart: z
		.string({ error: (iss) => (iss.input === undefined ? undefined : `dit is geen bestandsnaam. ${BASISKAART_HINT}`) })
		.trim()
		.refine((v) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(v), {
			abort: true,
			error: `een basiskaart van een andere website is niet toegestaan: dan gaat elke bezoeker langs die website. ${BASISKAART_HINT}`,
		})
		.refine((v) => /^(?:\/[\w./-]+|[\w-]+)\.pmtiles$/.test(v) && !v.includes('..'), {
			error: `dit is geen PMTiles-bestand. ${BASISKAART_HINT}`,
		})
		.optional(),
});

/** The portal's public address, e.g. https://wijken.gemeente.nl: for the sitemap, feeds and share data. */
export const portaalWebadres = () =>
	webadres().refine((url) => /^https:\/\/[^/?#]+\/?$/.test(url), {
		error: (iss) =>
			`${shown(iss.input)} is geen goed webadres voor het portaal. Schrijf alleen https:// en de domeinnaam, zonder pad erachter, bijvoorbeeld https://wijken.gemeente.nl.`,
	});

export const portaalSchema = z.strictObject({
	naam: tekst(),
	/** Where the portal is published; without it there is no sitemap, no feeds and no share links. */
	webadres: portaalWebadres()
		.transform((url) => url.replace(/\/$/, ''))
		.optional(),
	fictief: jaNee().default(false),
	gemeenten: z
		.array(gemeenteSchema)
		.min(1)
		.superRefine((gemeenten, ctx) => {
			const seen = new Set<string>();
			gemeenten.forEach((g, i) => {
				if (seen.has(g.code)) {
					ctx.addIssue({
						code: 'custom',
						path: [i, 'code'],
						message: `de code ${g.code} staat twee keer in de lijst van gemeenten. Elke gemeente staat er één keer in.`,
					});
				}
				seen.add(g.code);
			});
		}),
	contact: z.strictObject({
		organisatie: tekst(),
		telefoon: tekst().optional(),
		email: email().optional(),
		adres: tekst().optional(),
		website: webadres().optional(),
	}),
	uiterlijk: uiterlijkSchema.default(UITERLIJK_STANDAARD),
	toegankelijkheid: z.strictObject({
		status: keuze(TOEGANKELIJKHEID_STATUSSEN, 'status'),
		datum: datum(),
		onderzoek: tekst(),
		problemen: z.array(tekst()).default([]),
		contact: email(),
	}),
	privacy: z.strictObject({ contact: email() }).optional(),
	wijkkompas: wijkkompasSchema.default(WIJKKOMPAS_STANDAARD),
	kaart: kaartSchema.default({}),
	socialeKaart: socialeKaartSchema.default(SOCIALE_KAART_STANDAARD),
});

export type Portaal = z.output<typeof portaalSchema>;
export type Gemeente = z.output<typeof gemeenteSchema>;
export type KaartInstellingen = z.output<typeof kaartSchema>;
export type WijkkompasInstellingen = z.output<typeof wijkkompasSchema>;
