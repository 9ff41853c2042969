/**
 * The wijkambitie against the portal: each goal hangs under a thema of the wijk's gemeente,
 * names indicators the wijkkompas has (for this wijk), and a target that fits the indicator's unit.
 * (Agenda items that name goals are checked in agenda.ts.)
 */
import type { Ambitie } from '#schemas/ambitie.ts';
import type { Eenheid } from '#schemas/indicatoren.ts';

import { VALUE_RANGE } from '../limits.ts';
import { gemeenteOfWijk, type Loaded } from '../portal-content.ts';
import { quoted } from '../quote.ts';
import { closest } from '../schema-problems.ts';
import type { Report, RuleContext } from './context.ts';

const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });

/** The values a target can take: a level, not a change, so a percentage is 0–100. */
export const TARGET_RANGE: Record<Eenheid, readonly [min: number, max: number]> = {
	...VALUE_RANGE,
	procent: [0, 100],
};

/** ", bedoelt u 'x'?" when a word is close to one of the options. */
export const suggestion = (word: string, options: readonly string[]) => {
	const hint = closest(word, options);
	return hint ? ` Bedoelt u '${hint}'?` : '';
};

export function checkAmbities(ambities: readonly Loaded<Ambitie>[], context: RuleContext, report: Report): void {
	const indicators = new Map(context.indicatoren?.indicatoren.map((i) => [i.id, i]) ?? []);
	for (const ambitie of ambities) {
		const slug = ambitie.file.file.id;
		const wijk = context.wijkBySlug.get(slug);
		const gemeente = wijk && gemeenteOfWijk(context.gemeenten, wijk.data.code);
		ambitie.data.doelen.forEach((doel, i) => {
			if (gemeente && doel.thema !== undefined && !gemeente.themas.includes(doel.thema)) {
				report(
					ambitie.file,
					['doelen', i, 'thema'],
					`${quoted(doel.thema)} is geen thema van ${gemeente.naam}.${suggestion(doel.thema, gemeente.themas)} Kies een van de thema's uit portaal.yaml: ${gemeente.themas.join(', ')}.`,
				);
			}
			if (!context.indicatoren) return;
			doel.indicatoren.forEach((target, j) => {
				const path = ['doelen', i, 'indicatoren', j];
				const indicator = indicators.get(target.indicator);
				if (!indicator) {
					report(
						ambitie.file,
						[...path, 'indicator'],
						`${quoted(target.indicator)} is geen indicator van het wijkkompas.${suggestion(target.indicator, [...indicators.keys()])} Gebruik een id uit content/indicatoren/indicatoren.yaml.`,
					);
					return;
				}
				if (indicator.wijken && !indicator.wijken.includes(slug)) {
					report(
						ambitie.file,
						[...path, 'indicator'],
						`de indicator ${indicator.id} geldt niet voor deze wijk, alleen voor ${indicator.wijken.join(', ')}. Kies een andere indicator, of zet deze wijk bij wijken: in indicatoren.yaml.`,
					);
					return;
				}
				if (target.streefwaarde === undefined) return;
				const [min, max] = TARGET_RANGE[indicator.eenheid];
				if (target.streefwaarde < min || target.streefwaarde > max) {
					report(
						ambitie.file,
						[...path, 'streefwaarde'],
						`${nl.format(target.streefwaarde)} past niet bij de indicator ${indicator.id} (eenheid ${indicator.eenheid}): een streefwaarde ligt tussen ${nl.format(min)} en ${nl.format(max)}. Controleer het getal.`,
					);
				}
			});
		});
	}
}
