import { z } from 'astro/zod';

import { TALEN } from '#lib/i18n/talen.ts';

import { datum, email, gemeenteCode, jaNee, keuze, shown, tekst, webadres } from './fields.ts';
import { redactieSchema } from './redactie.ts';

/** The four strategic goals every wijk works on, unless a gemeente sets its own. */
export const STANDAARD_THEMAS = ['basis op orde', 'vertrouwen', 'sociaal leefbaar', 'toekomstbestendig'];

export const TOEGANKELIJKHEID_STATUSSEN = [
	'voldoet volledig',
	'voldoet gedeeltelijk',
	'eerste maatregelen genomen',
	'voldoet niet',
] as const;

export const gemeenteSchema = z.strictObject({
	naam: tekst().meta({ title: 'Naam', description: 'De naam van de gemeente, bijvoorbeeld Brinkwoude.' }),
	code: gemeenteCode().meta({
		title: 'CBS-code',
		description: 'De code van de gemeente bij het CBS: GM en 4 cijfers, bijvoorbeeld GM0141.',
	}),
	stadsdelen: z.array(tekst()).default([]).meta({
		title: 'Stadsdelen',
		description: 'De namen van de stadsdelen, als de gemeente die heeft. Bijvoorbeeld Stad en Buitengebied.',
	}),
	/** The gemeente's strategic goals: every wijkagenda item and every goal of a wijkambitie serves one. */
	themas: z.array(tekst()).min(1).default(STANDAARD_THEMAS).meta({
		title: "Thema's",
		description:
			"De strategische doelen van de gemeente. Laat u dit leeg, dan gelden de vier standaardthema's, zoals basis op orde.",
	}),
	/** A short explanation per thema, shown on the ambitie pages: `basis op orde: Schoon, heel en veilig.` */
	themaUitleg: z.record(z.string(), tekst()).default({}).meta({
		title: 'Uitleg per thema',
		description:
			'Per thema een korte uitleg voor de ambitiepagina van elke wijk. Bijvoorbeeld bij basis op orde: De wijk is schoon, heel en veilig.',
	}),
	/** Baseline (0-meting) year of the wijkkompas; without it the first year with figures. */
	nulmeting: z.int().min(1900).max(2999).optional().meta({
		title: 'Jaar nulmeting',
		description:
			'Het jaar waarmee het wijkkompas latere jaren vergelijkt, bijvoorbeeld 2021. Leeg: het eerste jaar met cijfers.',
	}),
});

/** How the wijkkompas shows figures; every rule is explained on the pages. */
export const wijkkompasSchema = z.strictObject({
	/** Counts from 1 up to this number (exclusive) are shown as "minder dan N". 0 turns it off. */
	kleineAantallen: z.int().min(0).default(5).meta({
		title: 'Kleine aantallen',
		description:
			'Aantallen van 1 tot dit getal toont de site als "minder dan" dit getal, zodat niemand herkenbaar is. Standaard 5; 0 zet dit uit.',
	}),
	/** An indicator is an aandachtspunt when the area is this many percent worse than its gemeente. */
	aandachtspuntBij: z.number().min(1).max(100).default(10).meta({
		title: 'Aandachtspunt vanaf',
		description:
			'Een cijfer is een aandachtspunt als het gebied zoveel procent ongunstiger is dan de gemeente. Een getal van 1 tot 100, standaard 10.',
	}),
	/** Index values within 100 ± this are "rond het gemiddelde". */
	bandRondGemiddelde: z.number().min(1).max(50).default(10).meta({
		title: 'Rond het gemiddelde',
		description:
			'Een thema-index tussen 100 min en 100 plus dit getal heet "rond het gemiddelde". Een getal van 1 tot 50, standaard 10.',
	}),
});

/** The wijkkompas settings of a portal that sets none: each field's own default. */
export const WIJKKOMPAS_STANDAARD: z.output<typeof wijkkompasSchema> = wijkkompasSchema.parse({});

/** The sociale kaart: how old an entry may get before `npm run check` asks to check it again. */
export const socialeKaartSchema = z.strictObject({
	/** Months after `gecontroleerd` that an entry counts as old (a warning, never an error). */
	controleerNa: z.int().min(1).max(120).default(12).meta({
		title: 'Controleren na',
		description:
			'Na zoveel maanden vraagt de controle om een organisatie op de sociale kaart opnieuw na te kijken. Een heel getal van 1 tot 120, standaard 12.',
	}),
});
export const SOCIALE_KAART_STANDAARD: z.output<typeof socialeKaartSchema> = socialeKaartSchema.parse({});

/** The NL Design System theme a portal gets when portaal.yaml names none. */
export const STANDAARD_TOKENS = '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

export const uiterlijkSchema = z.strictObject({
	themaklasse: tekst().default('voorbeeld-theme').meta({
		title: 'Themaklasse',
		description:
			'De naam van het thema van NL Design System, bijvoorbeeld voorbeeld-theme. Laat dit aan de technische beheerder over.',
	}),
	tokens: tekst().default(STANDAARD_TOKENS).meta({
		title: 'Huisstijlbestand',
		description:
			'Het CSS-bestand met de huisstijl, uit een geïnstalleerd npm-pakket. Laat dit aan de technische beheerder over.',
	}),
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
		.optional()
		.meta({
			title: 'Basiskaart',
			description:
				'Een eigen ondergrond voor de kaart: een PMTiles-bestand in content/geo/, bijvoorbeeld basiskaart.pmtiles. Leeg: alleen de gebieden.',
		}),
});

/** The portal's public address, e.g. https://wijken.gemeente.nl: for the sitemap, feeds and share data. */
export const portaalWebadres = () =>
	webadres().refine((url) => /^https:\/\/[^/?#]+\/?$/.test(url), {
		error: (iss) =>
			`${shown(iss.input)} is geen goed webadres voor het portaal. Schrijf alleen https:// en de domeinnaam, zonder pad erachter, bijvoorbeeld https://wijken.gemeente.nl.`,
	});

export const portaalSchema = z.strictObject({
	naam: tekst().meta({ title: 'Naam', description: 'De titel van de site, bijvoorbeeld Wijkportaal Brinkwoude.' }),
	/** Where the portal is published; without it there is no sitemap, no feeds and no share links. */
	webadres: portaalWebadres()
		.transform((url) => url.replace(/\/$/, ''))
		.optional()
		.meta({
			title: 'Webadres',
			description:
				'Het openbare adres van de site: alleen https:// en de domeinnaam, bijvoorbeeld https://wijken.gemeente.nl. Nodig voor RSS en de sitemap.',
		}),
	/** The languages the portal offers; Dutch always comes first (src/lib/i18n/talen.ts). */
	talen: z
		.array(keuze(TALEN, 'taal'))
		.min(1)
		.default(['nl'])
		.superRefine((talen, ctx) => {
			if (talen[0] !== 'nl')
				ctx.addIssue({
					code: 'custom',
					path: [0],
					message: 'De eerste taal moet nl (Nederlands) zijn: alle inhoud is in het Nederlands geschreven.',
				});
			const twice = talen.find((taal, i) => talen.indexOf(taal) !== i);
			if (twice)
				ctx.addIssue({ code: 'custom', message: `De taal ${twice} staat er twee keer in. Noem elke taal één keer.` });
		})
		.meta({
			title: 'Talen',
			description:
				'De talen van de site, met nl eerst. Kies uit nl (Nederlands), en (Engels), pl (Pools), tr (Turks) en ar (Arabisch). Standaard alleen nl.',
		}),
	fictief: jaNee().default(false).meta({
		title: 'Voorbeeldsite',
		description: 'Kies ja bij een site met verzonnen inhoud; elke pagina zegt dat dan. Een echte gemeente kiest nee.',
	}),
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
		})
		.meta({
			title: 'Gemeenten',
			description: 'De gemeenten in dit portaal, minstens één. Elke gemeente staat er één keer in.',
		}),
	contact: z
		.strictObject({
			organisatie: tekst().meta({
				title: 'Organisatie',
				description: 'De naam van de organisatie achter de site, bijvoorbeeld Gemeente Brinkwoude.',
			}),
			telefoon: tekst().optional().meta({
				title: 'Telefoon',
				description: 'Het telefoonnummer van de organisatie, bijvoorbeeld 14 0999. Nooit een privénummer.',
			}),
			email: email().optional().meta({
				title: 'E-mailadres',
				description: 'Het e-mailadres van de organisatie, bijvoorbeeld wijken@gemeente.nl.',
			}),
			adres: tekst().optional().meta({
				title: 'Bezoekadres',
				description: 'Straat, huisnummer, postcode en plaats, bijvoorbeeld Raadhuisplein 1, 9999 AA Brinkwoude.',
			}),
			website: webadres().optional().meta({
				title: 'Website',
				description: 'De website van de organisatie, beginnend met https://, bijvoorbeeld https://www.gemeente.nl.',
			}),
		})
		.meta({ title: 'Contact', description: 'De algemene contactgegevens. Die staan onderaan elke pagina.' }),
	uiterlijk: uiterlijkSchema.default(UITERLIJK_STANDAARD).meta({
		title: 'Uiterlijk',
		description: 'De huisstijl van de site. Laat dit aan de technische beheerder over.',
	}),
	toegankelijkheid: z
		.strictObject({
			status: keuze(TOEGANKELIJKHEID_STATUSSEN, 'status').meta({
				title: 'Status',
				description: 'Hoe toegankelijk de site is, volgens het laatste onderzoek.',
			}),
			datum: datum().meta({
				title: 'Datum',
				description: 'De datum van de verklaring, bijvoorbeeld 2026-11-01.',
			}),
			onderzoek: tekst().meta({
				title: 'Onderzoek',
				description:
					'Hoe de site is getest, in één of twee zinnen. Bijvoorbeeld: met een toetsenbord en een schermlezer.',
				invoer: 'alinea',
			}),
			problemen: z.array(tekst()).default([]).meta({
				title: 'Bekende problemen',
				description: 'De problemen die u kent, elk in een eigen regel, met wat u eraan doet.',
			}),
			contact: email().meta({
				title: 'E-mail voor klachten',
				description:
					'Het e-mailadres voor vragen en klachten over toegankelijkheid, bijvoorbeeld toegankelijkheid@gemeente.nl.',
			}),
		})
		.meta({
			title: 'Toegankelijkheid',
			description: 'De gegevens voor de toegankelijkheidsverklaring van de site.',
		}),
	privacy: z
		.strictObject({
			contact: email().meta({
				title: 'E-mail privacy',
				description:
					'Het e-mailadres voor vragen over privacy, bijvoorbeeld van de functionaris gegevensbescherming (FG).',
			}),
		})
		.optional()
		.meta({
			title: 'Privacy',
			description: 'Het contact voor vragen over privacy. Leeg: de privacypagina noemt het algemene e-mailadres.',
		}),
	wijkkompas: wijkkompasSchema.default(WIJKKOMPAS_STANDAARD).meta({
		title: 'Wijkkompas',
		description: 'Regels voor de cijfers van het wijkkompas. De standaardwaarden zijn meestal goed.',
	}),
	kaart: kaartSchema.default({}).meta({
		title: 'Kaart',
		description: 'Instellingen voor de interactieve kaart.',
	}),
	socialeKaart: socialeKaartSchema.default(SOCIALE_KAART_STANDAARD).meta({
		title: 'Sociale kaart',
		description: 'Instellingen voor de controle van de sociale kaart.',
	}),
	/** The editor at /admin/: the forge and how editors sign in. Without it the site has no /admin/. */
	redactie: redactieSchema.optional().meta({
		title: 'Redactieomgeving',
		description: 'Waar de bestanden staan en hoe redacteuren inloggen in de redactieomgeving op /admin/.',
	}),
});

export type Portaal = z.output<typeof portaalSchema>;
export type Gemeente = z.output<typeof gemeenteSchema>;
export type KaartInstellingen = z.output<typeof kaartSchema>;
export type WijkkompasInstellingen = z.output<typeof wijkkompasSchema>;
