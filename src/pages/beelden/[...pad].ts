/** Publishes the pictures that content refers to (wijk logos, news images) under /beelden/. */
import { join } from 'node:path';

import type { APIRoute, GetStaticPaths } from 'astro';

import { getNewsRenderings } from '#data/nieuws.ts';
import { getNieuws, getWijken } from '#data/portal.ts';
import { contentDir } from '#lib/content/content-dir.ts';
import { readImageForSite } from '#lib/content/image-file.ts';

export const getStaticPaths = (async () => {
	const paths: string[] = [];
	for (const wijk of await getWijken()) if (wijk.data.logo) paths.push(`wijken/${wijk.id}/${wijk.data.logo.bestand}`);
	for (const item of await getNieuws()) if (item.data.afbeelding) paths.push(`nieuws/${item.data.afbeelding.bestand}`);
	for (const rendering of (await getNewsRenderings()).values())
		paths.push(...rendering.images.map((image) => `nieuws/${image}`));
	return [...new Set(paths)].map((pad) => ({ params: { pad } }));
}) satisfies GetStaticPaths;

/** Each picture is checked again right before it is read: a link or a wrong file stops the build (ContentError). */
export const GET: APIRoute = ({ params }) => {
	const root = contentDir();
	const { bytes, type } = readImageForSite(root, join(root, String(params.pad)));
	return new Response(bytes, { headers: { 'Content-Type': type } });
};
