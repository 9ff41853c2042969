/** Downloads: every figure of a wijk and its buurten, as CSV and as JSON. */
import type { APIRoute } from 'astro';

import { getWijken, type WijkEntry } from '#data/portal.ts';
import { getKompasContext } from '#data/wijkkompas.ts';

export async function getStaticPaths() {
	if (!(await getKompasContext())) return [];
	return (await getWijken()).flatMap((wijk) =>
		(['csv', 'json'] as const).map((ext) => ({ params: { wijk: wijk.id, ext }, props: { wijk } })),
	);
}

export const GET: APIRoute = async ({ params, props }) => {
	const { wijk } = props as { wijk: WijkEntry };
	const { kompas } = (await getKompasContext())!;
	const codes = [wijk.data.code, ...wijk.data.buurten.map((b) => b.code)];
	if (params.ext === 'csv') {
		return new Response(kompas.exportCsv(codes), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	}
	const rows = kompas.exportRows(codes);
	const body = { wijk: wijk.data.naam, code: wijk.data.code, waarden: rows };
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
