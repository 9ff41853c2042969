/**
 * `npm run check` renders every news body exactly as the build does (same parser, same
 * components, same sanitiser) and reports what the renderer refuses.
 */
import { join } from 'node:path';
import type { PortalContent } from '../content/rules.ts';
import type { Problem } from '../content/problem.ts';
import { createNewsContext, type NewsContext } from './context.ts';
import { newsFormat, renderNews } from './render.ts';

export function newsContextOf(contentDir: string, content: Pick<PortalContent, 'wijken' | 'agenda'>): NewsContext {
	return createNewsContext({
		newsDir: join(contentDir, 'nieuws'),
		wijken: content.wijken.map((w) => ({ id: w.file.file.id, data: w.data })),
		agenda: content.agenda.map((a) => ({ id: a.file.file.id, data: a.data })),
	});
}

export function checkNewsBodies(contentDir: string, content: Pick<PortalContent, 'wijken' | 'agenda' | 'nieuws'>): Problem[] {
	const context = newsContextOf(contentDir, content);
	return content.nieuws.flatMap(({ file }) =>
		renderNews(file.body, newsFormat(file.file.path), context, file.bodyLine).findings.map((f) => ({
			file: file.file.shownPath,
			line: f.line,
			message: f.message,
		})),
	);
}
