/** The portal's gemeenten in one phrase for messages: "Brinkwoude", "Almelo of Twenterand". */
export function gemeentenNaam(gemeenten: readonly { naam: string }[]): string {
	const names = gemeenten.map((g) => g.naam);
	if (names.length <= 1) return names[0] ?? 'deze gemeente';
	return `${names.slice(0, -1).join(', ')} of ${names.at(-1)!}`;
}
