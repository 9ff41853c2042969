/**
 * Where the time of a build goes: Astro logs every generated file with its time
 * ("├─ /wijken/noord/index.html (+12ms)"). This groups those lines by kind of page.
 */

export interface RouteTime {
	/** Kind of page, e.g. "/wijken/[wijk]/buurten/[buurt]/index.html". */
	route: string;
	aantal: number;
	seconden: number;
	/** Average per file, in milliseconds. */
	msPerStuk: number;
	/** Slowest single file, in milliseconds. */
	maxMs: number;
}

/** Segments after these words are names (of a wijk, buurt, item or file), not part of the kind. */
const NAMED = new Map([
	['wijken', '[wijk]'],
	['buurten', '[buurt]'],
	['agenda', '[item]'],
	['activiteiten', '[item]'],
	['nieuws', '[item]'],
	['open-data', '[bestand]'],
	['pagina', '[nummer]'],
]);

export function routeKind(path: string): string {
	const parts = path.split('/');
	for (let i = 1; i < parts.length; i++) {
		const name = NAMED.get(parts[i - 1]!);
		const part = parts[i]!;
		if (name && part && part !== 'index.html') parts[i] = name;
	}
	return parts.join('/');
}

export function routeTimes(log: string): RouteTime[] {
	const groups = new Map<string, RouteTime>();
	const add = (path: string, amount: string, unit: string) => {
		const ms = unit === 's' ? Number(amount) * 1000 : Number(amount);
		const route = routeKind(path);
		const g = groups.get(route) ?? { route, aantal: 0, seconden: 0, msPerStuk: 0, maxMs: 0 };
		g.aantal++;
		g.seconden += ms / 1000;
		g.maxMs = Math.max(g.maxMs, ms);
		groups.set(route, g);
	};
	// A warning can be printed between a file name and its time; the time then starts a later line.
	let pending: string | undefined;
	for (const line of log.split('\n')) {
		const file = /[├└]─ (\/\S*?)(?=\s|\d\d:\d\d:\d\d|$)(?:.*?\(\+([\d.]+)(ms|s)\))?/.exec(line);
		if (file) {
			if (file[2] && file[3]) add(file[1]!, file[2], file[3]);
			else pending = file[1];
			continue;
		}
		const time = /^\s*\(\+([\d.]+)(ms|s)\)/.exec(line);
		if (time && pending) {
			add(pending, time[1]!, time[2]!);
			pending = undefined;
		}
	}
	return [...groups.values()]
		.map((g) => ({
			...g,
			seconden: Math.round(g.seconden * 100) / 100,
			msPerStuk: Math.round((g.seconden * 10000) / g.aantal) / 10,
		}))
		.sort((a, b) => b.seconden - a.seconden);
}
