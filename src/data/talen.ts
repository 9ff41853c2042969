/**
 * The languages of this portal (`talen` in portaal.yaml) and the routes' paths in each of them.
 * Every page route lives in src/pages/[...taal]/ and wraps its getStaticPaths in `perTaal`, so
 * each page exists once per language: `/wijken/` for Dutch, `/en/wijken/` for English.
 */
import { taalParam } from '#lib/i18n/paths.ts';
import type { Taal } from '#lib/i18n/talen.ts';

import { getPortaal } from './portal.ts';

export const getTalen = async (): Promise<Taal[]> => (await getPortaal()).talen;

export interface StaticPath {
	params: Record<string, string | number | undefined>;
	props?: Record<string, unknown>;
}

/**
 * The route's paths once per language. Languages can be limited for a quick build with
 * WIJKPORTAAL_TALEN=nl (a comma list), e.g. while editing or in tests that are not about languages.
 */
export function perTaal<P extends StaticPath>(paths: () => P[] | Promise<P[]>) {
	return async () => {
		const talen = await buildTalen();
		const base = await paths();
		return talen.flatMap((taal) =>
			base.map((path) => ({ ...path, params: { ...path.params, taal: taalParam(taal) } })),
		);
	};
}

/** The page's own path, for a route without parameters of its own. */
export const eenPagina = () => [{ params: {} }];

/** The languages this build makes: the portal's, or fewer with WIJKPORTAAL_TALEN. Links and alternates use these. */
export async function buildTalen(): Promise<Taal[]> {
	const talen = await getTalen();
	const limit = process.env.WIJKPORTAAL_TALEN?.split(',').map((taal) => taal.trim());
	return limit ? talen.filter((taal) => limit.includes(taal)) : talen;
}
