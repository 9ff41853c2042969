/**
 * Where the optional basemap (`kaart.basiskaart` in portaal.yaml) is published: a file name
 * in content/geo/ is served by the site itself at /kaart/<name>; a path on the portal's own
 * site is used as it is. Pure: used at build time by the map component and the route that
 * publishes the file.
 */

/** `kaart.basiskaart` is a file name in content/geo/ ("basiskaart.pmtiles"): that file, else undefined. */
export function basiskaartFile(value: string | undefined): string | undefined {
	return value && !value.startsWith('/') ? value : undefined;
}

/** Where the site serves a file from content/geo/: /kaart/<name>. */
export const basiskaartRoute = (file: string) => `/kaart/${file}`;

/** The basemap's address on the portal's own site (the schema allows no other website). */
export function basiskaartUrl(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const file = basiskaartFile(value);
	return file ? basiskaartRoute(file) : value;
}
