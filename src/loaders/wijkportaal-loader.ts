/**
 * Astro content loader for the files wijkplatforms and editors keep (portaal.yaml,
 * wijk.md, agenda and activiteiten). It reads them exactly as `npm run check` does, and
 * stores the Markdown body already rendered through the sanitizing pipeline, so raw HTML
 * from these files can never reach a page. News bodies are stored unrendered (see
 * src/lib/nieuws/render.ts): nothing in a content file is ever compiled or run.
 *
 * Translations (`speeltuin.en.md` beside `speeltuin.md`) are no entries of their own: each is
 * kept on its original, beside the rendered body (src/lib/content/translation-store.ts), its
 * fields parsed by the same schema and its body rendered by the same safe renderer.
 */
import type { Loader } from 'astro/loaders';

import { contentDir } from '#lib/content/content-dir.ts';
import { loadKind } from '#lib/content/load.ts';
import { formatProblem } from '#lib/content/problem.ts';
import { type StoredTranslations, TRANSLATIONS_KEY } from '#lib/content/translation-store.ts';
import { renderSafeMarkdown } from '#lib/markdown/render-safe.ts';
import type { ContentKind } from '#schemas/index.ts';

export function wijkportaalLoader(kind: ContentKind): Loader {
	return {
		name: `wijkportaal-${kind}`,
		load: async (context) => {
			const { store } = context;
			const { items, problems } = loadKind(contentDir(), kind);
			// The build runs `npm run check` first; this only guards `astro dev`.
			if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
			store.clear();
			for (const { file, vertalingen = [] } of items) {
				const id = file.file.id;
				const data = await context.parseData({ id, data: file.data });
				if (kind === 'nieuws') {
					// News is rendered by the page (src/data/nieuws.ts), because its components refer to
					// other content. The body keeps its file lines: it is padded with the front matter's.
					const body = '\n'.repeat(file.bodyLine - 1) + file.body;
					store.set({
						id,
						data,
						body,
						filePath: file.file.shownPath,
						digest: context.generateDigest({ path: file.file.path, body }),
					});
					continue;
				}
				const translations: StoredTranslations = {};
				for (const translation of vertalingen) {
					translations[translation.taal] = {
						data: await context.parseData({ id, data: translation.raw }),
						html: translation.body.trim() ? renderSafeMarkdown(translation.body) : '',
						body: translation.body.trim() ? translation.body : '',
						velden: translation.fields,
					};
				}
				store.set({
					id,
					data,
					body: file.body,
					digest: context.generateDigest({
						data: file.data,
						body: file.body,
						...(vertalingen.length && {
							vertalingen: vertalingen.map((t) => ({ taal: t.taal, data: t.raw, body: t.body })),
						}),
					}),
					rendered: {
						html: renderSafeMarkdown(file.body),
						...(vertalingen.length && { metadata: { [TRANSLATIONS_KEY]: translations } }),
					},
				});
			}
		},
	};
}
