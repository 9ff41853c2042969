/**
 * Publishes the pictures that content refers to (wijk logos, news images, photos of initiatives
 * and stories) under /beelden/: each at its own address without metadata (SVG as it is), and
 * photos also in responsive variants (…-640w.avif, …-640w.webp, …-640w.jpg).
 */
import { join } from 'node:path';

import type { APIRoute, GetStaticPaths } from 'astro';

import { getInitiatieven } from '#data/initiatieven.ts';
import { getNewsRenderings } from '#data/nieuws.ts';
import { getNieuws, getWijken } from '#data/portal.ts';
import { getVerhalen } from '#data/verhalen.ts';
import { contentDir } from '#lib/content/content-dir.ts';
import { ContentError } from '#lib/content/problem.ts';
import { contentPathShower } from '#lib/content/safe-path.ts';
import { originalMime } from '#lib/images/markup.ts';
import { type Variant, VARIANT_MIME, variantPath } from '#lib/images/plan.ts';
import { sitePictures } from '#lib/images/site.ts';
import { mayShowPhoto } from '#schemas/verhaal.ts';

/** Every picture content refers to, as a path in the content folder; a story's photo only when its consent allows it. */
async function referencedPictures(): Promise<string[]> {
	const paths: string[] = [];
	for (const wijk of await getWijken()) if (wijk.data.logo) paths.push(`wijken/${wijk.id}/${wijk.data.logo.bestand}`);
	for (const item of await getNieuws()) if (item.data.afbeelding) paths.push(`nieuws/${item.data.afbeelding.bestand}`);
	for (const rendering of (await getNewsRenderings()).values())
		paths.push(...rendering.images.map((image) => `nieuws/${image}`));
	for (const item of await getInitiatieven())
		paths.push(...item.data.fotos.map((foto) => `initiatieven/${foto.bestand}`));
	for (const story of await getVerhalen())
		if (story.data.foto && mayShowPhoto(story.data.toestemming.publiceren))
			paths.push(`verhalen/${story.data.foto.bestand}`);
	return [...new Set(paths)];
}

type Props = {
	source: string;
	variant?: Variant;
};

export const getStaticPaths = (async () => {
	const store = sitePictures();
	const routes = new Map<string, Props>();
	const sources = await referencedPictures();
	for (const source of sources) routes.set(source, { source });
	for (const source of sources) {
		for (const variant of (await store.picture(source)).plan?.variants ?? []) {
			const pad = variantPath(source, variant);
			const other = routes.get(pad);
			if (other) {
				throw new ContentError([
					{
						file: contentPathShower(contentDir())(join(contentDir(), other.source)),
						message: `de naam van dit bestand botst met een verkleinde versie die de site maakt van '${source}'. Geef een van de twee afbeeldingen een andere naam.`,
					},
				]);
			}
			routes.set(pad, { source, variant });
		}
	}
	return [...routes].map(([pad, props]) => ({ params: { pad }, props }));
}) satisfies GetStaticPaths;

/** Each picture is checked again right before it is read: a link or a wrong file stops the build (ContentError). */
export const GET: APIRoute<Props> = async ({ props }) => {
	const store = sitePictures();
	const { source, variant } = props;
	const bytes = variant ? await store.variant(source, variant) : await store.original(source);
	const type = variant ? VARIANT_MIME[variant.format] : originalMime(await store.picture(source));
	return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': type } });
};
