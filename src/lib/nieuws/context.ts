/**
 * What news components may refer to: pictures beside the news files and wijkagenda items.
 * Built from the loaded content, the same way for `npm run check` and for the build.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';

import { STATUS_LABELS } from '#lib/agenda/agenda.ts';
import { IMAGE_EXTENSION_LIST, imageFormatOfName } from '#lib/content/image-file.ts';
import { quoted } from '#lib/content/quote.ts';
import { urls } from '#lib/site/urls.ts';
import type { AgendaStatus } from '#schemas/agenda.ts';

export type Resolved<T> = T | { problem: string };

export interface LinkedAgendaItem {
	titel: string;
	status: string;
	href: string;
	wijkNaam: string;
}

export interface NewsContext {
	/** The portal path of a picture in content/nieuws/, e.g. "beelden/foto.png" → "/beelden/nieuws/beelden/foto.png". */
	image(bestand: string): Resolved<{ src: string }>;
	/** A wijkagenda item by wijk folder and file name. */
	agendaItem(wijk: string, punt: string): Resolved<LinkedAgendaItem>;
	/** The trend chart of an indicator for a wijk (HTML made by the portal, not by the editor). */
	chart(indicator: string, wijk: string): Resolved<{ html: string }>;
}

export interface NewsContextInput {
	/** content/nieuws as an absolute path. */
	newsDir: string;
	wijken: readonly { id: string; data: { naam: string } }[];
	agenda: readonly { id: string; data: { titel: string; status: AgendaStatus } }[];
	/** Extra checks of a picture file (its bytes, links): a Dutch problem or undefined. */
	checkImageFile?: (path: string, bestand: string) => string | undefined;
	/** The wijkkompas's indicators, when the portal has one. */
	indicators?: readonly { id: string; naam: string; wijken?: readonly string[] }[];
	/** The chart's HTML (the build); without it, only the references are checked (`npm run check`). */
	chartHtml?: (indicator: string, wijk: string) => string;
}

/** A path below content/nieuws/; which extensions are pictures is decided by image-file.ts. */
const IMAGE_NAME = /^(?![./])(?:[a-z0-9._-]+\/)*[a-z0-9_-][a-z0-9._-]*\.[a-z0-9]+$/i;

export function createNewsContext(input: NewsContextInput): NewsContext {
	const wijkNames = new Map(input.wijken.map((w) => [w.id, w.data.naam]));
	const agenda = new Map(input.agenda.map((a) => [a.id, a.data]));
	return {
		image(bestand) {
			if (!IMAGE_NAME.test(bestand) || !imageFormatOfName(bestand) || bestand.split('/').includes('..')) {
				return {
					problem: `${quoted(bestand)} is geen afbeelding die het portaal kan tonen. Zet de afbeelding in de map content/nieuws/ (of een map daarin) en schrijf de naam zonder / of .. vooraan, bijvoorbeeld beelden/foto.jpg. Toegestaan: ${IMAGE_EXTENSION_LIST}.`,
				};
			}
			const path = join(input.newsDir, bestand);
			if (!existsSync(path) || !lstatSync(path).isFile()) {
				return {
					problem: `het bestand ${quoted(bestand)} bestaat niet in content/nieuws/. Zet de afbeelding in die map, of verbeter de naam.`,
				};
			}
			const problem = input.checkImageFile?.(path, bestand);
			return problem ? { problem } : { src: urls.beeld(`nieuws/${bestand}`) };
		},
		agendaItem(wijk, punt) {
			const wijkNaam = wijkNames.get(wijk);
			if (!wijkNaam) {
				return {
					problem: `${quoted(wijk)} is geen wijk van dit portaal. Gebruik de mapnaam van een wijk: ${[...wijkNames.keys()].join(', ')}.`,
				};
			}
			const id = `${wijk}/${punt}`;
			const item = agenda.get(id);
			if (!item) {
				return {
					problem: `de wijkagenda van ${wijkNaam} heeft geen punt ${quoted(punt)}. Gebruik de bestandsnaam van het punt zonder .md, zoals die in content/wijken/${wijk}/agenda/ staat.`,
				};
			}
			return { titel: item.titel, status: STATUS_LABELS[item.status], href: urls.agendaItem(id), wijkNaam };
		},
		chart(indicatorId, wijk) {
			const indicator = input.indicators?.find((i) => i.id === indicatorId);
			if (!indicator) {
				return {
					problem: input.indicators?.length
						? `${quoted(indicatorId)} is geen indicator van het wijkkompas. Gebruik een id uit content/indicatoren/indicatoren.yaml, zoals ${input.indicators[0]!.id}.`
						: 'dit portaal heeft geen wijkkompas (content/indicatoren/), dus er zijn geen grafieken. Haal <Grafiek> weg.',
				};
			}
			const wijkNaam = wijkNames.get(wijk);
			if (!wijkNaam)
				return {
					problem: `${quoted(wijk)} is geen wijk van dit portaal. Gebruik de mapnaam van een wijk: ${[...wijkNames.keys()].join(', ')}.`,
				};
			if (indicator.wijken && !indicator.wijken.includes(wijk)) {
				return {
					problem: `de indicator ${quoted(indicatorId)} hoort niet bij ${wijkNaam}, alleen bij: ${indicator.wijken.join(', ')}. Kies een andere wijk of indicator.`,
				};
			}
			return { html: input.chartHtml?.(indicatorId, wijk) ?? '' };
		},
	};
}
