/**
 * Field types shared by every content schema. Each carries its own Dutch error message
 * (what is wrong and how to fix it); generic problems such as a missing field or an
 * unknown field are worded in src/lib/content/schema-problems.ts.
 */
import { z } from 'astro/zod';

import { quoted } from '#lib/content/quote.ts';
import { WEB_SCHEMES } from '#lib/markdown/link-schemes.ts';
import { BUURT_CODE, CODE_FORMS, GEMEENTE_CODE, WIJK_CODE } from '#lib/site/cbs-codes.ts';
import { isRealDate, isRealDateTime } from '#lib/site/dates.ts';

/** Quote a value as an editor typed it, for use inside a message (shortened when long). */
export function shown(value: unknown): string {
	return quoted(value);
}

/** Lets a missing value fall through to the generic "dit veld ontbreekt" message. */
function unlessMissing(message: (input: unknown) => string) {
	return (issue: { input?: unknown }) =>
		issue.input === undefined || issue.input === null ? undefined : message(issue.input);
}

/** A required, non-empty line of text. */
export const tekst = () => z.string().trim().min(1);

/** Longest name of an area: it also becomes a folder of the published site, and file systems limit those. */
export const MAX_NAAM = 100;

/** The name of a wijk or buurt: also part of its web address. */
export const gebiedsnaam = () =>
	tekst().max(MAX_NAAM, {
		error: (iss) =>
			`deze naam is te lang: ${typeof iss.input === 'string' ? iss.input.length : '?'} tekens. Een naam heeft hoogstens ${MAX_NAAM} tekens, want hij wordt ook een deel van het webadres. Maak de naam korter.`,
	});

/** A choice from a fixed list, e.g. the status of a wijkagenda item. */
export function keuze<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
	return z.enum(values, {
		error: unlessMissing((input) => `${shown(input)} is geen geldige ${noun}. Kies uit: ${values.join(', ')}.`),
	});
}

/** `ja`/`nee` (or YAML true/false), stored as a boolean. */
export const jaNee = () =>
	z.preprocess(
		(v) => (v === 'ja' ? true : v === 'nee' ? false : v),
		z.boolean({
			error: unlessMissing((input) => `${shown(input)} is geen geldige waarde. Vul ja of nee in.`),
		}),
	);

const DATE_HINT = 'Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-14.';

/** A calendar date written as JJJJ-MM-DD; stays a string ("2026-03-14"). */
export const datum = () =>
	z
		.preprocess(
			(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
			z
				.string({ error: unlessMissing((input) => `${shown(input)} is geen datum. ${DATE_HINT}`) })
				.regex(/^\d{4}-\d{2}-\d{2}$/, {
					abort: true,
					error: (iss) => `${shown(iss.input)} is geen datum in de juiste vorm. ${DATE_HINT}`,
				})
				.refine(isRealDate, {
					error: (iss) => `${shown(iss.input)} is geen bestaande datum. ${DATE_HINT}`,
				}),
		)
		.meta({ invoer: 'datum' });

const DATETIME_HINT = 'Schrijf datum en tijd als JJJJ-MM-DD UU:MM, bijvoorbeeld 2026-12-08 19:30.';

/** A local (Europe/Amsterdam) date and time, normalised to "2026-12-08T19:30". */
export const datumTijd = () =>
	z
		.string({ error: unlessMissing((input) => `${shown(input)} is geen datum met tijd. ${DATETIME_HINT}`) })
		.regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}$/, {
			abort: true,
			error: (iss) => `${shown(iss.input)} is geen datum met tijd in de juiste vorm. ${DATETIME_HINT}`,
		})
		.refine(isRealDateTime, {
			error: (iss) => `${shown(iss.input)} is geen bestaande datum of tijd. ${DATETIME_HINT}`,
		})
		.transform((v) => v.replace(' ', 'T'))
		.meta({ invoer: 'datumTijd' });

function cbsCode(form: RegExp, forms: string, example: string, what: string) {
	return z
		.string({
			error: unlessMissing(
				(input) => `${shown(input)} is geen geldige CBS-code. Een ${what} heeft een code als ${example}.`,
			),
		})
		.regex(form, {
			error: (iss) => `${shown(iss.input)} is geen geldige CBS-code voor een ${what}. Schrijf ${forms}.`,
		});
}

export const gemeenteCode = () => cbsCode(GEMEENTE_CODE, CODE_FORMS.gemeente, 'GM0141', 'gemeente');
export const wijkCode = () => cbsCode(WIJK_CODE, CODE_FORMS.wijk, 'WK014101', 'wijk');
export const buurtCode = () => cbsCode(BUURT_CODE, CODE_FORMS.buurt, 'BU01410101', 'buurt');

export const email = () =>
	z.email({
		error: unlessMissing((input) => `${shown(input)} is geen geldig e-mailadres. Schrijf het als naam@organisatie.nl.`),
	});

export const webadres = () =>
	z.url({
		protocol: new RegExp(`^(?:${WEB_SCHEMES.join('|')})$`),
		error: unlessMissing(
			(input) => `${shown(input)} is geen geldig webadres. Schrijf het volledige adres, beginnend met https://.`,
		),
	});

export const kleur = () =>
	z
		.string({
			error: unlessMissing(
				(input) =>
					`${shown(input)} is geen kleur. Schrijf een kleurcode tussen aanhalingstekens, bijvoorbeeld "#1d5b79".`,
			),
		})
		.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, {
			error: (iss) =>
				`${shown(iss.input)} is geen geldige kleurcode. Schrijf # met 6 tekens (0-9, a-f) tussen aanhalingstekens, bijvoorbeeld "#1d5b79".`,
		});

/** One value or a list of values; always stored as a list. */
export const eenOfMeer = <T extends z.ZodType>(item: T) =>
	z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(item).min(1));

/** A picture with its required alternative text. */
export const afbeelding = () =>
	z.strictObject({
		bestand: tekst().meta({
			title: 'Bestand',
			description:
				'De naam van het afbeeldingsbestand, vanaf de map waarin dit stuk staat. Bijvoorbeeld beelden/speeltuin.jpg. Het bestand moet bestaan.',
		}),
		alt: tekst().meta({
			title: 'Alt-tekst',
			description:
				'Eén korte zin over wat er te zien is, voor wie de afbeelding niet ziet. Bijvoorbeeld: Kinderen spelen in de nieuwe zandbak.',
		}),
	});

/** "52.0907, 5.1214": latitude and longitude with a comma between (the editor's form checks the same). */
export const LOCATIE_PATTERN = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

const LOCATIE_HINT =
	'Schrijf de breedtegraad en de lengtegraad met een komma ertussen, bijvoorbeeld "52.0907, 5.1214". Die getallen kunt u kopiëren uit een kaartapp (rechtermuisknop op de plek).';

/** Where something happens: "52.0907, 5.1214" (latitude, longitude in WGS84), as map apps copy it. */
export const locatie = () =>
	z
		.string({ error: unlessMissing((input) => `${shown(input)} is geen locatie. ${LOCATIE_HINT}`) })
		.transform((value, ctx) => {
			const match = LOCATIE_PATTERN.exec(value);
			if (!match) {
				ctx.addIssue({ code: 'custom', message: `${shown(value)} is geen locatie in de juiste vorm. ${LOCATIE_HINT}` });
				return z.NEVER;
			}
			const lat = Number(match[1]);
			const lon = Number(match[2]);
			// The Netherlands lies between 50.7 and 53.7 north, 3.3 and 7.3 east.
			if (lat >= 3 && lat <= 7.5 && lon >= 50.5 && lon <= 53.8) {
				ctx.addIssue({
					code: 'custom',
					message: `${shown(value)} lijkt omgedraaid: eerst de breedtegraad (rond 52), dan de lengtegraad (rond 5). Schrijf "${match[2]}, ${match[1]}".`,
				});
				return z.NEVER;
			}
			if (!(lat >= 50.5 && lat <= 53.8 && lon >= 3 && lon <= 7.5)) {
				ctx.addIssue({
					code: 'custom',
					message: `${shown(value)} ligt niet in Nederland. Controleer de getallen. ${LOCATIE_HINT}`,
				});
				return z.NEVER;
			}
			return { lat, lon };
		})
		.meta({ invoer: 'locatie' });

export type Locatie = { lat: number; lon: number };

/** An amount in euros, as a plain number: 2500 or 2499.95 (no € sign, no dots between thousands). */
export const bedrag = () =>
	z
		.number({
			error: unlessMissing(
				(input) =>
					`${shown(input)} is geen bedrag. Schrijf alleen het getal in euro's, zonder € en zonder punten, bijvoorbeeld 2500 of 2499.95.`,
			),
		})
		.nonnegative({ error: (iss) => `${String(iss.input)} is kleiner dan nul. Een bedrag is 0 of meer.` })
		.refine((n) => Number.isFinite(n) && Math.round(n * 100) === n * 100, {
			error: (iss) =>
				`${String(iss.input)} heeft te veel cijfers achter de punt. Schrijf hoogstens twee, voor de centen.`,
		});

/** A calendar year such as 2026. */
export const jaar = () =>
	z
		.number({
			error: unlessMissing(
				(input) => `${shown(input)} is geen jaartal. Schrijf het jaar met vier cijfers, bijvoorbeeld 2026.`,
			),
		})
		.int({
			error: (iss) => `${shown(iss.input)} is geen jaartal. Schrijf het jaar met vier cijfers, bijvoorbeeld 2026.`,
		})
		.min(2000, {
			error: (iss) => `${shown(iss.input)} is geen jaartal. Schrijf het jaar met vier cijfers, bijvoorbeeld 2026.`,
		})
		.max(2100, {
			error: (iss) => `${shown(iss.input)} is geen jaartal. Schrijf het jaar met vier cijfers, bijvoorbeeld 2026.`,
		});
