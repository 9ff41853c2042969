/**
 * The moment the site is built, which decides what is "upcoming". `WIJKPORTAAL_NU`
 * (an ISO date-time) fixes it, for reproducible builds and tests.
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
	const fixed = env.WIJKPORTAAL_NU;
	if (fixed) {
		const date = new Date(fixed);
		if (Number.isNaN(date.getTime())) throw new Error(`WIJKPORTAAL_NU '${fixed}' is geen geldige datum en tijd.`);
		return date;
	}
	return new Date();
}
