/** Each dataset of the wijkkompas as open data (disclosure control applied). */
import type { APIRoute } from 'astro';

import { getKompasContext } from '#data/wijkkompas.ts';

export async function getStaticPaths() {
	const context = await getKompasContext();
	return (context?.kompas.input.files ?? []).map((f) => ({ params: { dataset: f.id } }));
}

export const GET: APIRoute = async ({ params }) => {
	const { kompas } = (await getKompasContext())!;
	const codes = [...kompas.input.areas.byCode.keys()];
	return new Response(kompas.exportCsv(codes, params.dataset), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
