/**
 * Dutch order for names everywhere the portal lists them (wijken, buurten, streets, filter
 * values): accents and case do not count ("Émile" beside "Emma"), numbers by their value
 * ("2e Dwarsstraat" before "10e").
 */
export const dutchCollator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });
