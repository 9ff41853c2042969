/** Words about a wijk's figures on its page, in the reader's language. */
import { intlLocale, type Taal } from '#lib/i18n/talen.ts';
import { indicatorText } from '#lib/wijkkompas/text.ts';
import type { Indicator } from '#schemas/indicatoren.ts';

/** An aandachtspunt inside a sentence: the indicator's name as it reads in a sentence, in `taal` where translated. */
export function aandachtspuntNaam(
	ind: Pick<Indicator, 'naam' | 'inZin' | 'omschrijving' | 'vertalingen'>,
	taal: Taal = 'nl',
): string {
	const text = indicatorText(ind, taal);
	return text.inZin ?? text.naam.toLocaleLowerCase(intlLocale(taal));
}
