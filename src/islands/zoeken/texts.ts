/** Every Dutch text of the search and address lookup island, in one place. */
import { showPostcode } from '#lib/adressen/query.ts';

export const TEXTS = {
	kopLabel: 'Zoeken op deze site',
	kopKnop: 'Zoek',
	buurtTitel: 'Zoek uw buurt',
	buurtLabel: 'Uw postcode en huisnummer, of uw straat',
	buurtHint: 'Bijvoorbeeld 9991 AB 12, of Kadestraat.',
	buurtKnop: 'Zoek uw buurt',
	paginaLabel: 'Waar zoekt u naar?',
	paginaHint: 'Een woord, een buurt, een straat, of uw postcode en huisnummer.',
	paginaKnop: 'Zoeken',
	allResultaten: (q: string) => `Alle resultaten voor ‘${q}’`,
	bezig: 'Even zoeken…',
	meer: 'Meer resultaten tonen',
	filtersTitel: 'Resultaten verfijnen',
	filtersWissen: 'Alle filters uit',
	filterNamen: { soort: 'Soort pagina', wijk: 'Wijk', thema: 'Thema', status: 'Status' } as Record<string, string>,
	geenIndex: 'Zoeken lukt nu niet. Probeer het later nog eens, of kies hieronder uw wijk.',
	geenAdresData: 'Adressen opzoeken lukt nu niet. Kies hieronder uw wijk of zoek uw straat in de lijst.',
	straatIn: (buurten: string) => `Straat in ${buurten}`,
	adresIn: 'Uw adres ligt in',
} as const;

/** The announcement after a search: how many results, for which words. */
export function resultCount(count: number, query: string): string {
	if (count === 0) return `Geen resultaten voor ‘${query}’. Probeer een ander woord, of kies hieronder uw wijk.`;
	return count === 1 ? `1 resultaat voor ‘${query}’.` : `${count} resultaten voor ‘${query}’.`;
}

export const addressTexts = {
	geenPostcode: (tekst: string) =>
		`‘${tekst}’ is geen postcode. Een postcode heeft 4 cijfers en 2 letters, zoals 9991 AB. Typ daarna uw huisnummer.`,
	onbekendePostcode: (pc: string, gemeente: string) =>
		`Postcode ${pc} ligt niet in ${gemeente}, of wij kennen hem niet. Kijk of u de postcode goed heeft getypt, of zoek uw straat.`,
	onbekendNummer: (pc6: string, nummer: number, van: number, tot: number) =>
		`Huisnummer ${nummer} kennen wij niet bij postcode ${showPostcode(pc6)}. Bij deze postcode horen de nummers ${van} tot en met ${tot}.`,
	meerBuurten: (pc6: string) =>
		`De adressen van postcode ${showPostcode(pc6)} liggen in meer dan één buurt. Typ ook uw huisnummer.`,
	vierCijfers: (pc4: string) =>
		`Postcode ${pc4} hoort bij deze buurten. Typ de hele postcode en uw huisnummer voor uw eigen buurt.`,
	geenStraat: (straat: string) =>
		`Wij vinden geen straat ‘${straat}’. Kijk of u de naam goed heeft getypt, of zoek met uw postcode en huisnummer.`,
	kortStraat: 'Typ minstens 3 letters van uw straat.',
	straatInMeer: (straat: string) =>
		`${straat} loopt door meer dan één buurt. Met uw postcode en huisnummer ziet u in welke buurt u woont.`,
	nummerNietInStraat: (straat: string, nummer: number) =>
		`Huisnummer ${nummer} kennen wij niet aan de ${straat}. De straat ligt in de buurten hieronder. Met uw postcode en huisnummer ziet u in welke u woont.`,
	kiesStraat: (straat: string) => `Deze straten passen bij ‘${straat}’. Kies uw straat:`,
	ligtIn: (adres: string, buurt: string, wijk: string) => `${adres} ligt in buurt ${buurt}, in wijk ${wijk}.`,
};
