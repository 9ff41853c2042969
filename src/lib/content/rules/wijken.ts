/**
 * wijk.md against the rest of the portal: its code belongs to a gemeente of portaal.yaml,
 * its stadsdeel is one of that gemeente, no other wijk or buurt has the same code, and its
 * logo exists. Rules within one wijk.md are part of its schema (src/schemas/wijk.ts).
 */
import type { Wijk } from '#schemas/wijk.ts';

import type { ParsedFile } from '../parse-file.ts';
import { gemeenteOfWijk, type Loaded } from '../portal-content.ts';
import { quoted } from '../quote.ts';
import type { Report, RuleContext } from './context.ts';
import { checkImage } from './image.ts';

export function checkWijken(wijken: readonly Loaded<Wijk>[], context: RuleContext, report: Report): void {
	const { gemeenten } = context;
	const wijkCodes = new Map<string, ParsedFile>();
	const buurtCodes = new Map<string, ParsedFile>();
	for (const { file, data } of wijken) {
		const gemeente = gemeenteOfWijk(gemeenten, data.code);
		if (context.portaal && !gemeente) {
			const known = gemeenten.map((g) => `${g.code.slice(2)} (${g.naam})`).join(', ');
			report(
				file,
				['code'],
				`de code ${data.code} hoort niet bij een gemeente van dit portaal. Een wijkcode begint met WK en de vier cijfers van de gemeente: ${known}. Verbeter de code.`,
			);
		}
		const other = wijkCodes.get(data.code);
		if (other)
			report(
				file,
				['code'],
				`de code ${data.code} wordt ook gebruikt in ${other.file.shownPath}. Elke wijk heeft een eigen code.`,
			);
		else wijkCodes.set(data.code, file);

		if (gemeente && data.stadsdeel !== undefined && !gemeente.stadsdelen.includes(data.stadsdeel)) {
			report(
				file,
				['stadsdeel'],
				gemeente.stadsdelen.length
					? `${quoted(data.stadsdeel)} is geen stadsdeel van ${gemeente.naam}. Kies uit: ${gemeente.stadsdelen.join(', ')}.`
					: `${gemeente.naam} heeft geen stadsdelen in portaal.yaml. Haal dit veld weg, of zet het stadsdeel eerst bij de gemeente in portaal.yaml.`,
			);
		}

		data.buurten.forEach((buurt, i) => {
			const otherFile = buurtCodes.get(buurt.code);
			if (otherFile)
				report(
					file,
					['buurten', i, 'code'],
					`de code ${buurt.code} wordt ook gebruikt${otherFile === file ? ' door een andere buurt in dit bestand' : ` in ${otherFile.file.shownPath}`}. Elke buurt heeft een eigen code.`,
				);
			else buurtCodes.set(buurt.code, file);
		});

		if (data.logo)
			checkImage(report, file, ['logo', 'bestand'], data.logo.bestand, file.file.shownPath.replace(/wijk\.md$/, ''));
	}
}
