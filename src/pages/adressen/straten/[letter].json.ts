/**
 * /adressen/straten/<letter>.json: the streets whose name starts with one letter. With address
 * data every letter `a`–`z` and `0` has a file (an empty list where no street starts with it), so
 * the lookup never asks for a file that is not there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

import { getStraatChunks } from '#data/adressen.ts';
import type { StraatChunk } from '#lib/adressen/types.ts';

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz0'];
const EMPTY: StraatChunk = { buurten: [], straten: [] };

export const getStaticPaths = (async () =>
	(await getStraatChunks()).size ? LETTERS.map((letter) => ({ params: { letter } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify((await getStraatChunks()).get(params.letter!) ?? EMPTY), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
