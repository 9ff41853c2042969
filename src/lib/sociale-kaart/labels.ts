/**
 * The label of each field of an organisation, the same on every page (one label per field).
 * ORGANISATIE_LABELS are the Dutch words (also the editors' field titles in the schema);
 * pages use `organisatieLabel(field, taal)` and `oudTekst(taal)`.
 */
import { i18n, type MessageKey } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';

export const ORGANISATIE_LABELS = {
	categorie: 'Soort',
	aanbod: 'Wat zij bieden',
	voorWie: 'Voor wie',
	telefoon: 'Telefoon',
	email: 'E-mail',
	website: 'Website',
	adres: 'Adres',
	openingstijden: 'Openingstijden',
	buurt: 'Buurt',
	wijk: 'Wijk',
	gecontroleerd: 'Laatst gecontroleerd',
} as const;

export type OrganisatieVeld = keyof typeof ORGANISATIE_LABELS;

const LABEL_KEYS: Record<OrganisatieVeld, MessageKey> = {
	categorie: 'socialekaart.veld.categorie',
	aanbod: 'socialekaart.veld.aanbod',
	voorWie: 'socialekaart.veld.voorWie',
	telefoon: 'socialekaart.veld.telefoon',
	email: 'socialekaart.veld.email',
	website: 'socialekaart.veld.website',
	adres: 'socialekaart.veld.adres',
	openingstijden: 'socialekaart.veld.openingstijden',
	buurt: 'socialekaart.veld.buurt',
	wijk: 'socialekaart.veld.wijk',
	gecontroleerd: 'socialekaart.veld.gecontroleerd',
};

/** The label of a field in a language. */
export const organisatieLabel = (field: OrganisatieVeld, taal: Taal = 'nl'): string => i18n(taal).t(LABEL_KEYS[field]);

/** Shown with an entry that has not been checked for longer than the portal allows. */
export const OUD_TEKST = 'Deze gegevens zijn al lang niet gecontroleerd. Neem contact op voordat u langsgaat.';

/** OUD_TEKST in a language. */
export const oudTekst = (taal: Taal = 'nl'): string => i18n(taal).t('socialekaart.oud');

/** A website as link text: without "https://", "www." and a closing slash. */
export function websiteText(url: string): string {
	return url
		.replace(/^https?:\/\//, '')
		.replace(/^www\./, '')
		.replace(/\/$/, '');
}
