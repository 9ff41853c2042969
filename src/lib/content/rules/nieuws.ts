/** A news item against the portal: wijken that exist, a picture that exists. */
import type { Nieuws } from '#schemas/nieuws.ts';

import type { Loaded } from '../portal-content.ts';
import { quoted } from '../quote.ts';
import type { Report, RuleContext } from './context.ts';
import { checkImage } from './image.ts';

export function checkNieuws(nieuws: readonly Loaded<Nieuws>[], { wijkFolders }: RuleContext, report: Report): void {
	for (const { file, data } of nieuws) {
		data.wijken.forEach((slug, i) => {
			if (!wijkFolders.includes(slug)) {
				report(
					file,
					['wijken', i],
					`${quoted(slug)} is geen wijk van dit portaal. Gebruik de mapnaam van een wijk: ${wijkFolders.join(', ')}.`,
				);
			}
		});
		if (data.afbeelding)
			checkImage(
				report,
				file,
				['afbeelding', 'bestand'],
				data.afbeelding.bestand,
				file.file.shownPath.replace(/[^/\\]+$/, ''),
			);
	}
}
