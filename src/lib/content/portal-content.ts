/** The content of a portal as loaded and schema-checked: each item with the file it came from. */
import type { Activiteit } from '#schemas/activiteit.ts';
import type { AgendaItem } from '#schemas/agenda.ts';
import type { Ambitie } from '#schemas/ambitie.ts';
import type { Budget } from '#schemas/budget.ts';
import type { EigenGebieden } from '#schemas/eigen-gebieden.ts';
import type { Initiatief } from '#schemas/initiatief.ts';
import type { Nieuws } from '#schemas/nieuws.ts';
import type { Organisatie } from '#schemas/organisatie.ts';
import type { Gemeente, Portaal } from '#schemas/portaal.ts';
import type { Verhaal } from '#schemas/verhaal.ts';
import type { Wijk } from '#schemas/wijk.ts';

import type { ParsedFile } from './parse-file.ts';
import type { LoadedTranslation } from './translations.ts';

export interface Loaded<T> {
	file: ParsedFile;
	data: T;
	/** Its translations (`<naam>.<taal>.md` beside the file), by language; none for most entries. */
	vertalingen?: LoadedTranslation<T>[];
}

export interface PortalContent {
	portaal: Loaded<Portaal>;
	wijken: Loaded<Wijk>[];
	agenda: Loaded<AgendaItem>[];
	activiteiten: Loaded<Activiteit>[];
	nieuws: Loaded<Nieuws>[];
	initiatieven: Loaded<Initiatief>[];
	verhalen: Loaded<Verhaal>[];
	/** budget.yaml of the wijken that have one (file id: the wijk folder). */
	budgetten: Loaded<Budget>[];
	/** ambitie.md of the wijken that have one (file id: the wijk folder). */
	ambities: Loaded<Ambitie>[];
	/** The sociale kaart of every wijk (file id: "<wijk>/<name>"). */
	socialeKaart: Loaded<Organisatie>[];
	/** The municipality's own areas, one file per indeling (file id: the indeling's slug). */
	gebieden?: Loaded<EigenGebieden>[];
}

/** The gemeente whose CBS digits start a wijk code (WK999901 → GM9999). */
export function gemeenteOfWijk(gemeenten: readonly Gemeente[], wijkCode: string): Gemeente | undefined {
	return gemeenten.find((g) => wijkCode.slice(2, 6) === g.code.slice(2));
}
