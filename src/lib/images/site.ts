/**
 * The one picture store of a build, shared by the /beelden/ route and <Foto>: it reads from the
 * portal's content folder and caches variants beside Astro's cache folders, in
 * node_modules/.astro/beelden/. Variants are keyed by the picture's content hash, so every portal
 * built from this project shares them (a test run builds many portals with the same photos).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { cacheDir } from 'astro:config/server';

import { contentDir } from '#lib/content/content-dir.ts';

import { type PictureStore, pictureStore } from './store.ts';

let store: PictureStore | undefined;

export function sitePictures(): PictureStore {
	return (store ??= pictureStore(contentDir(), join(fileURLToPath(cacheDir), '..', 'beelden')));
}
