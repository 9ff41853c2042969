/**
 * The chain: every slug named under `verbanden` exists (agenda items as wijk/slug), with a
 * suggestion when it is close to one that does.
 */
import { VERBAND_SOORTEN, type Verbanden, type VerbandSoort } from '#schemas/verbanden.ts';

import type { Loaded, PortalContent } from '../portal-content.ts';
import { quoted } from '../quote.ts';
import { closest } from '../schema-problems.ts';
import type { Report } from './context.ts';

const HOW: Record<VerbandSoort, string> = {
	agenda: 'de mapnaam van de wijk en de bestandsnaam zonder .md, bijvoorbeeld noordveld/speeltuin-merelplein',
	initiatieven: 'de bestandsnaam in content/initiatieven zonder .md',
	verhalen: 'de bestandsnaam in content/verhalen zonder .md',
	nieuws: 'de bestandsnaam in content/nieuws zonder .md of .mdx',
};

type Chained = Pick<PortalContent, 'agenda' | 'initiatieven' | 'verhalen' | 'nieuws'>;

export function checkVerbanden(content: Chained, report: Report): void {
	const ids: Record<VerbandSoort, string[]> = {
		agenda: content.agenda.map((i) => i.file.file.id),
		initiatieven: content.initiatieven.map((i) => i.file.file.id),
		verhalen: content.verhalen.map((i) => i.file.file.id),
		nieuws: content.nieuws.map((i) => i.file.file.id),
	};
	const items: [VerbandSoort, Loaded<{ verbanden: Verbanden }>][] = [
		...content.agenda.map((i) => ['agenda', i] as [VerbandSoort, typeof i]),
		...content.initiatieven.map((i) => ['initiatieven', i] as [VerbandSoort, typeof i]),
		...content.verhalen.map((i) => ['verhalen', i] as [VerbandSoort, typeof i]),
		...content.nieuws.map((i) => ['nieuws', i] as [VerbandSoort, typeof i]),
	];
	for (const [own, item] of items) {
		for (const soort of VERBAND_SOORTEN) {
			item.data.verbanden[soort].forEach((name, i) => {
				const path = ['verbanden', soort, i];
				if (own === soort && name === item.file.file.id) {
					report(item.file, path, 'een bestand kan niet naar zichzelf verwijzen. Haal deze naam weg.');
					return;
				}
				if (ids[soort].includes(name)) return;
				const hint = closest(name, ids[soort]);
				report(
					item.file,
					path,
					`${quoted(name)} bestaat niet onder ${soort}.${hint ? ` Bedoelt u '${hint}'?` : ''} Schrijf ${HOW[soort]}.`,
				);
			});
		}
	}
}
