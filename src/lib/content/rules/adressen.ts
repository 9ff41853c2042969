/**
 * The address file, content/adressen/adressen.csv (optional): its own format (read.ts in
 * src/lib/adressen), and every buurt code in it must be a buurt of a wijk.md of this portal.
 */
import { readAdressen } from '#lib/adressen/read.ts';

import type { Problem } from '../problem.ts';
import type { RuleContext } from './context.ts';

export function checkAdressen(contentDir: string, context: RuleContext, problems: Problem[]): void {
	const read = readAdressen(contentDir);
	if (!read) return;
	problems.push(...read.problems);
	// Codes are compared only when every wijk.md could be read: a wijk with mistakes has unknown buurten.
	if (read.problems.length || context.wijkBySlug.size !== context.wijkFolders.length) return;
	const known = new Set([...context.wijkBySlug.values()].flatMap((w) => w.data.buurten.map((b) => b.code)));
	const unknown = new Map<string, { row: number; count: number }>();
	read.reeksen.forEach((reeks, i) => {
		if (known.has(reeks.buurt)) return;
		const seen = unknown.get(reeks.buurt);
		if (seen) seen.count++;
		else unknown.set(reeks.buurt, { row: read.rijen[i]!, count: 1 });
	});
	for (const [code, { row, count }] of unknown) {
		const also = count > 1 ? ` (ook in ${count - 1} ${count === 2 ? 'andere rij' : 'andere rijen'})` : '';
		problems.push({
			file: read.shownPath,
			item: { word: 'rij', number: row },
			column: 'buurt',
			message: `${code} is geen buurt van dit portaal${also}. Staat de buurt in een wijk.md? Voeg hem daar toe, of maak het adressenbestand opnieuw met npm run import:adressen.`,
		});
	}
}
