/** /adressen/<pc4>.json: the address runs of one 4-digit postcode area (only with address data). */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getPostcodeChunks } from '#data/adressen.ts';

export const getStaticPaths = (async () =>
	[...(await getPostcodeChunks()).keys()].map((pc4) => ({ params: { pc4 } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify((await getPostcodeChunks()).get(params.pc4!)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
