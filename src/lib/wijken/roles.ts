/** The people residents can turn to ("waarvoor bij wie"), with plain-Dutch role names. */
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

/** The title shown for a contact: the municipality's own title where it has one. */
export function contactTitle(contact: Pick<Contact, 'rol' | 'titel'>): string {
	return contact.titel ?? ROL_LABELS[contact.rol];
}

/** A person's name is shown only with recorded consent. */
export function publishableName(contact: Pick<Contact, 'naam' | 'toestemming'>): string | undefined {
	return contact.toestemming === true ? contact.naam : undefined;
}
