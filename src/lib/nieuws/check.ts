/**
 * `npm run check` renders every news body exactly as the build does (same parser, same
 * components, same sanitiser) and reports what the renderer refuses.
 */
import { join } from 'node:path';

import { checkImageFile } from '#lib/content/image-file.ts';
import type { PortalContent } from '#lib/content/portal-content.ts';
import type { Problem } from '#lib/content/problem.ts';
import type { Indicatoren } from '#schemas/indicatoren.ts';

import { createNewsContext, type NewsContext } from './context.ts';
import { newsFormat, renderNews } from './render.ts';

type NewsInput = Pick<PortalContent, 'wijken' | 'agenda' | 'nieuws'>;

export function newsContextOf(contentDir: string, content: NewsInput, indicatoren?: Indicatoren): NewsContext {
	return createNewsContext({
		newsDir: join(contentDir, 'nieuws'),
		wijken: content.wijken.map((w) => ({ id: w.file.file.id, data: w.data })),
		agenda: content.agenda.map((a) => ({ id: a.file.file.id, data: a.data })),
		indicators: indicatoren?.indicatoren,
		checkImageFile: (path, bestand) => checkImageFile(join(contentDir, 'nieuws'), path, bestand),
	});
}

export function checkNewsBodies(contentDir: string, content: NewsInput, indicatoren?: Indicatoren): Problem[] {
	const context = newsContextOf(contentDir, content, indicatoren);
	return content.nieuws.flatMap(({ file }) =>
		renderNews(file.body, newsFormat(file.file.path), context, file.bodyLine).findings.map((f) => ({
			file: file.file.shownPath,
			line: f.line,
			message: f.message,
		})),
	);
}
