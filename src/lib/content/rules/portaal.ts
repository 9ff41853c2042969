/**
 * portaal.yaml against the installed project and itself: its theme must be an installed package;
 * every themaUitleg explains a thema of its own gemeente.
 */
import { isPackageCss, resolveTokens } from '#lib/site/theme.ts';
import { STANDAARD_TOKENS } from '#schemas/portaal.ts';

import { quoted } from '../quote.ts';
import { suggestion } from './ambitie.ts';
import type { Report, RuleContext } from './context.ts';

export function checkPortaal({ portaal }: RuleContext, report: Report): void {
	if (!portaal) return;
	portaal.data.gemeenten.forEach((gemeente, i) => {
		for (const thema of Object.keys(gemeente.themaUitleg)) {
			if (gemeente.themas.includes(thema)) continue;
			report(
				portaal.file,
				['gemeenten', i, 'themaUitleg', thema],
				`${quoted(thema)} is geen thema van ${gemeente.naam}.${suggestion(thema, gemeente.themas)} Schrijf bij themaUitleg alleen thema's die onder themas staan: ${gemeente.themas.join(', ')}.`,
			);
		}
	});
	const { tokens } = portaal.data.uiterlijk;
	try {
		resolveTokens(tokens);
	} catch {
		report(
			portaal.file,
			['uiterlijk', 'tokens'],
			!isPackageCss(tokens)
				? `${quoted(tokens)} is geen CSS-bestand uit een npm-pakket. Het thema komt altijd uit een geïnstalleerd pakket met design tokens, bijvoorbeeld "${STANDAARD_TOKENS}"; een pad naar een ander bestand op de computer is niet toegestaan.`
				: `het thema ${quoted(tokens)} is niet gevonden. Installeer het npm-pakket met de design tokens (npm install <pakket>), of verbeter de naam of het pad van het CSS-bestand.`,
		);
	}
}
