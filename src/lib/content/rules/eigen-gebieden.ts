/**
 * The municipality's own areas (content/gebieden/*.yaml) against the portal: every buurt of
 * an own area is a buurt of the portal, and an own area lies within one gemeente. Rules within
 * one indeling (no buurt twice, unique names) are part of its schema (src/schemas/eigen-gebieden.ts).
 */
import { gemeenteOfCode } from '#lib/site/cbs-codes.ts';
import type { EigenGebieden } from '#schemas/eigen-gebieden.ts';

import type { Loaded } from '../portal-content.ts';
import { quoted } from '../quote.ts';
import { closest } from '../schema-problems.ts';
import type { Report, RuleContext } from './context.ts';

export function checkEigenGebieden(
	indelingen: readonly Loaded<EigenGebieden>[],
	context: RuleContext,
	report: Report,
): void {
	// A wijk.md with mistakes of its own hides its buurten: its codes are not reported again.
	if (!indelingen.length || context.wijkBySlug.size < context.wijkFolders.length) return;
	const buurten = new Map<string, string>();
	for (const wijk of context.wijkBySlug.values())
		for (const b of wijk.data.buurten) buurten.set(b.code, `${b.naam} in ${wijk.data.naam}`);
	const codes = [...buurten.keys()];
	for (const indeling of indelingen) {
		indeling.data.gebieden.forEach((gebied, i) => {
			const gemeenten = new Set<string>();
			gebied.buurten.forEach((code, j) => {
				if (buurten.has(code)) {
					gemeenten.add(gemeenteOfCode(code));
					return;
				}
				const hint = closest(code, codes);
				report(
					indeling.file,
					['gebieden', i, 'buurten', j],
					`${code} is geen buurt van dit portaal.${hint ? ` Bedoelt u ${hint} (${buurten.get(hint)})?` : ''} Gebruik een buurtcode uit wijk.md van een wijk, of haal de code weg.`,
				);
			});
			if (gemeenten.size > 1)
				report(
					indeling.file,
					['gebieden', i, 'buurten'],
					`het gebied ${quoted(gebied.naam)} ligt in meer dan één gemeente (${[...gemeenten].sort().join(', ')}). Een eigen gebied ligt binnen één gemeente; verdeel het over twee gebieden.`,
				);
		});
	}
}
