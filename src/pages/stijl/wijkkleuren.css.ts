/** Each wijk's accent colour as a class, in a stylesheet: no inline styles, so the CSP holds. */
import type { APIRoute } from 'astro';

import { getWijken } from '#data/portal.ts';

export const GET: APIRoute = async () => {
	const rules = (await getWijken())
		.filter((w) => w.data.accentkleur)
		.map((w) => `.wijk-accent--${w.id}{--wp-accent:${w.data.accentkleur}}`);
	return new Response(rules.join('\n') + '\n', { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
