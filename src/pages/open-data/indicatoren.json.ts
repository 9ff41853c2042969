/** The indicator definitions of the wijkkompas, as open data. */
import type { APIRoute } from 'astro';

import { getKompasContext } from '#data/wijkkompas.ts';

export const GET: APIRoute = async () => {
	const context = await getKompasContext();
	const body = context ? context.kompas.input.definitions : { themas: [], indicatoren: [] };
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
};
