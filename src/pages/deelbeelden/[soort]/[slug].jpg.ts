/**
 * /deelbeelden/<soort>/<slug>.jpg: an article's own picture cut to 1200×630, without its
 * metadata (no EXIF location). The picture is checked again right before it is read.
 */
import { join } from 'node:path';

import type { APIRoute, GetStaticPaths } from 'astro';

import { getPortaal } from '#data/portal.ts';
import { getShareCards } from '#data/share.ts';
import { contentDir } from '#lib/content/content-dir.ts';
import { readImageForSite } from '#lib/content/image-file.ts';
import type { ShareCard } from '#lib/share/cards.ts';
import { pictureJpeg } from '#lib/share/render.ts';

// Only pages of a portal with a webadres refer to share images (they need absolute addresses).
export const getStaticPaths = (async () =>
	!(await getPortaal()).webadres
		? []
		: (await getShareCards())
				.filter((card) => card.picture)
				.map((card) => ({ params: { soort: card.soort, slug: card.slug }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { card } = props as { card: ShareCard };
	const root = contentDir();
	const { bytes } = readImageForSite(root, join(root, card.picture!.contentPath));
	return new Response(new Uint8Array(await pictureJpeg(bytes)), { headers: { 'Content-Type': 'image/jpeg' } });
};
