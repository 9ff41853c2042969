/** Numbers and lists in the Dutch messages of the geometry import. */
export const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** "1 wijk", "12 wijken". */
export const count = (n: number, one: string, many: string) => `${nl.format(n)} ${n === 1 ? one : many}`;

/** The first few items of a list, then "en nog 12". */
export const few = (items: string[], max = 10) =>
	`${items.slice(0, max).join(', ')}${items.length > max ? ` en nog ${items.length - max}` : ''}`;

/** "45 kB". */
export const kB = (bytes: number) => `${nl.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
