/**
 * A translated sentence with an element inside it (a link, a date, a badge): the catalogue has
 * the whole sentence with a placeholder, so each language keeps its own word order; the page
 * puts the element where the placeholder stood.
 */
import { i18n, type MessageKey } from '#i18n/index.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import type { Values } from '#lib/i18n/translator.ts';

const SLOT = '\u0000';

/**
 * The text before and after the value `slot` of a message: `around('x.y', 'datum', {…})` for
 * "{stap} sinds {datum}" gives ["… sinds ", ""]. A message without the placeholder gives [text, ''].
 */
export function around(taal: Taal, key: MessageKey, slot: string, values: Values = {}): [string, string] {
	const text = i18n(taal).t(key, { ...values, [slot]: SLOT });
	const at = text.indexOf(SLOT);
	return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}
