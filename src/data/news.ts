/**
 * News bodies rendered once per build, by the same renderer `npm run check` uses. A body the
 * renderer refuses stops the build with the Dutch problems (ContentError), never with code
 * from the file.
 */
import { join } from 'node:path';
import { contentDir } from '../lib/content/content-dir.ts';
import { ContentError, type Problem } from '../lib/content/problem.ts';
import { createNewsContext } from '../lib/news/context.ts';
import { newsFormat, renderNews, type NewsRendering } from '../lib/news/render.ts';
import { getAgenda, getNieuws, getWijken, once, type NieuwsEntry } from './portal.ts';

export const getNewsRenderings = once(async (): Promise<Map<string, NewsRendering>> => {
	const [nieuws, wijken, agenda] = await Promise.all([getNieuws(), getWijken(), getAgenda()]);
	const context = createNewsContext({ newsDir: join(contentDir(), 'nieuws'), wijken, agenda });
	const renderings = new Map<string, NewsRendering>();
	const problems: Problem[] = [];
	for (const item of nieuws) {
		const rendering = renderNews(item.body ?? '', newsFormat(item.filePath ?? ''), context);
		problems.push(...rendering.findings.map((f) => ({ file: item.filePath ?? item.id, line: f.line, message: f.message })));
		renderings.set(item.id, rendering);
	}
	if (problems.length) throw new ContentError(problems);
	return renderings;
});

export async function newsHtml(item: NieuwsEntry): Promise<string> {
	return (await getNewsRenderings()).get(item.id)!.html;
}
