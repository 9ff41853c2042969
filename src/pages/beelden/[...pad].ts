/** Publishes the pictures that content refers to (wijk logos, news images) under /beelden/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNewsRenderings } from '../../data/news.ts';
import { getNieuws, getWijken } from '../../data/portal.ts';
import { contentDir } from '../../lib/content/content-dir.ts';

export const getStaticPaths = (async () => {
	const paths: string[] = [];
	for (const wijk of await getWijken()) if (wijk.data.logo) paths.push(`wijken/${wijk.id}/${wijk.data.logo.bestand}`);
	for (const item of await getNieuws()) if (item.data.afbeelding) paths.push(`nieuws/${item.data.afbeelding.bestand}`);
	for (const rendering of (await getNewsRenderings()).values()) paths.push(...rendering.images.map((image) => `nieuws/${image}`));
	return [...new Set(paths)].map((pad) => ({ params: { pad } }));
}) satisfies GetStaticPaths;

const TYPES: Record<string, string> = {
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	avif: 'image/avif',
	gif: 'image/gif',
};

export const GET: APIRoute = ({ params }) => {
	const pad = String(params.pad);
	const type = TYPES[pad.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream';
	return new Response(readFileSync(join(contentDir(), pad)), { headers: { 'Content-Type': type } });
};
