/**
 * An initiative against the portal: its wijk and buurt exist, what it contributes is a known
 * word, its photos exist, and its grant fits in the wijkbudget of its year (budget.yaml).
 */
import { overGrants } from '#lib/initiatieven/budget.ts';
import { formatEuro } from '#lib/initiatieven/money.ts';
import type { Budget } from '#schemas/budget.ts';
import { type Initiatief, STANDAARD_BIJDRAGEN } from '#schemas/initiatief.ts';

import { gemeenteOfWijk, type Loaded } from '../portal-content.ts';
import { quoted } from '../quote.ts';
import { checkBuurtReference, checkWijkReference, type Report, type RuleContext, wijkOf } from './context.ts';
import { checkImage } from './image.ts';

const folderOf = (shownPath: string) => shownPath.replace(/[^/\\]+$/, '');

export function checkInitiatieven(
	initiatieven: readonly Loaded<Initiatief>[],
	budgetten: readonly Loaded<Budget>[],
	context: RuleContext,
	report: Report,
): void {
	for (const item of initiatieven) {
		const { file, data } = item;
		checkWijkReference(context, item, report);
		checkBuurtReference(context, item, report);
		const wijk = wijkOf(context, item);
		const gemeente = wijk && gemeenteOfWijk(context.gemeenten, wijk.data.code);
		if (gemeente) {
			const allowed = [...STANDAARD_BIJDRAGEN, ...gemeente.themas];
			data.bijdrage.forEach((b, i) => {
				if (!allowed.includes(b))
					report(file, ['bijdrage', i], `${quoted(b)} is geen geldige bijdrage. Kies uit: ${allowed.join(', ')}.`);
			});
		}
		data.fotos.forEach((foto, i) =>
			checkImage(report, file, ['fotos', i, 'bestand'], foto.bestand, folderOf(file.file.shownPath)),
		);
	}

	// The wijkbudget: a year the money comes from must be in budget.yaml; grants fit in what remains.
	for (const slug of context.wijkFolders) {
		const mine = initiatieven.filter((i) => i.data.wijk === slug);
		const budget = budgetten.find((b) => b.file.file.id === slug);
		const jaren = budget?.data.jaren ?? [];
		const budgetFile = `content/wijken/${slug}/budget.yaml`;
		for (const item of mine) {
			const year = item.data.budgetjaar;
			if (item.data.toegekend === undefined || year === undefined || jaren.some((j) => j.jaar === year)) continue;
			report(
				item.file,
				['budgetjaar'],
				budget
					? `het wijkbudget van ${slug} heeft geen jaar ${year}. Zet het jaar met het beschikbare bedrag in ${budget.file.file.shownPath}, of verbeter het budgetjaar.`
					: `er is geen wijkbudget voor ${slug}. Maak ${budgetFile} met het beschikbare bedrag voor ${year}; zie docs/redactie.md.`,
			);
		}
		for (const over of overGrants(
			jaren,
			mine.map((i) => ({ slug: i.file.file.id, data: i.data })),
		)) {
			const item = mine.find((i) => i.file.file.id === over.initiative.slug)!;
			report(
				item.file,
				['toegekend'],
				`dit bedrag (${formatEuro(over.initiative.data.toegekend!)}) past niet meer in het wijkbudget van ${over.jaar}: van de ${formatEuro(over.beschikbaar)} was toen nog ${formatEuro(over.remaining)} over. Verlaag het bedrag, kies een ander budgetjaar, of verhoog het beschikbare bedrag in ${budget?.file.file.shownPath ?? budgetFile} als er echt meer geld is.`,
			);
		}
	}
}
