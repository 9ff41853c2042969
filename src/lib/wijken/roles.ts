/** The people residents can turn to ("waarvoor bij wie"), with plain role names in the reader's language. */
import { i18n, type MessageKey } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import type { Contact, ContactRol } from '#schemas/wijk.ts';

export const ROL_LABELS: Record<ContactRol, string> = {
	wijkregisseur: 'Wijkregisseur',
	wijkwethouder: 'Wijkwethouder',
	wijkcontactraadslid: 'Wijkcontactraadslid',
	wijkagent: 'Wijkagent',
	wijkconcierge: 'Wijkconciërge',
	opbouwwerker: 'Opbouwwerker',
	wijkteam: 'Wijkteam',
	anders: 'Contact',
};

const ROL_KEYS: Record<ContactRol, MessageKey> = {
	wijkregisseur: 'wijken.rol.wijkregisseur',
	wijkwethouder: 'wijken.rol.wijkwethouder',
	wijkcontactraadslid: 'wijken.rol.wijkcontactraadslid',
	wijkagent: 'wijken.rol.wijkagent',
	wijkconcierge: 'wijken.rol.wijkconcierge',
	opbouwwerker: 'wijken.rol.opbouwwerker',
	wijkteam: 'wijken.rol.wijkteam',
	anders: 'wijken.rol.anders',
};

/** A role's name in a language: "Wijkagent", "Community police officer". */
export const rolLabel = (rol: ContactRol, taal: Taal = 'nl'): string =>
	taal === 'nl' ? ROL_LABELS[rol] : i18n(taal).t(ROL_KEYS[rol]);

/**
 * The title shown for a contact: the municipality's own title where it has one (as written, in
 * Dutch), else the role's name in the reader's language.
 */
export function contactTitle(contact: Pick<Contact, 'rol' | 'titel'>, taal: Taal = 'nl'): string {
	return contact.titel ?? rolLabel(contact.rol, taal);
}

/** A person's name is shown only with recorded consent. */
export function publishableName(contact: Pick<Contact, 'naam' | 'toestemming'>): string | undefined {
	return contact.toestemming === true ? contact.naam : undefined;
}
