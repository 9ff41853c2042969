/**
 * When an entry of the sociale kaart counts as old: its `gecontroleerd` date lies more than
 * `controleerNa` months before the day of the build or check. Old entries stay on the site,
 * marked for readers, and `npm run check` and the build print a warning (never an error).
 */
import { formatDate } from '#lib/site/dates.ts';

/** The day `months` months before `today` (both YYYY-MM-DD); the 31st becomes the month's last day. */
export function monthsBefore(today: string, months: number): string {
	const [y, m, d] = today.split('-').map(Number) as [number, number, number];
	const total = y * 12 + (m - 1) - months;
	const year = Math.floor(total / 12);
	const month = (total % 12) + 1;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Checked more than `months` months before `today`. */
export function isStale(gecontroleerd: string, today: string, months: number): boolean {
	return gecontroleerd < monthsBefore(today, months);
}

/** A checked date after the day of the build cannot be right. */
export const isInFuture = (gecontroleerd: string, today: string) => gecontroleerd > today;

const monthsText = (months: number) => (months === 1 ? '1 maand' : `${months} maanden`);

/** The warning text for one old entry (the place in the file is put before it). */
export function staleMessage(naam: string, gecontroleerd: string, months: number): string {
	return `${naam} is voor het laatst gecontroleerd op ${formatDate(gecontroleerd)}, meer dan ${monthsText(months)} geleden. Vraag de organisatie of de gegevens nog kloppen, pas ze zo nodig aan en zet de datum van de controle bij gecontroleerd.`;
}

/** The error text for a checked date in the future. */
export function futureMessage(gecontroleerd: string): string {
	return `de datum ${gecontroleerd} ligt in de toekomst. Vul de dag in waarop iemand de gegevens echt heeft gecontroleerd.`;
}
