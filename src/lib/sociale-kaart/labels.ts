/** The label of each field of an organisation, the same on every page (one label per field). */
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

/** Shown with an entry that has not been checked for longer than the portal allows. */
export const OUD_TEKST = 'Deze gegevens zijn al lang niet gecontroleerd. Neem contact op voordat u langsgaat.';

/** A website as link text: without "https://", "www." and a closing slash. */
export function websiteText(url: string): string {
	return url
		.replace(/^https?:\/\//, '')
		.replace(/^www\./, '')
		.replace(/\/$/, '');
}
