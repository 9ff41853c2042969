/**
 * Figures in the reader's notation with their unit (Dutch by default), and the words for
 * figures that are not shown. Text comes from src/i18n/<taal>/wijkkompas.json.
 */
import type { MessageKey } from '#i18n/index.ts';
import { formatNumber as intlNumber } from '#lib/i18n/format.ts';
import type { Eenheid, Indicator } from '#schemas/indicatoren.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

import type { Measurement } from './measurement.ts';
import { kompasText, type Taal } from './text.ts';

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * A plain number in the reader's notation: 4.120 or 12,5 in Dutch (what Intl.NumberFormat('nl-NL')
 * writes, checked in the tests, but much faster: a national build formats millions of numbers),
 * 4,120 or 12.5 in English (Intl, with the language's locale).
 */
export function formatNumber(value: number, decimals = 0, taal: Taal = 'nl'): string {
	if (taal !== 'nl') {
		return intlNumber(value, taal, {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals,
			signDisplay: 'negative',
		});
	}
	const fixed = Math.abs(value).toFixed(decimals);
	const point = fixed.indexOf('.');
	const whole = point < 0 ? fixed : fixed.slice(0, point);
	const grouped = whole.length > 3 ? whole.replace(THOUSANDS, '.') : whole;
	const text = point < 0 ? grouped : `${grouped},${fixed.slice(point + 1)}`;
	// No "-0": a negative value that rounds to zero is zero.
	return value < 0 && /[1-9]/.test(fixed) ? `-${text}` : text;
}

const UNIT_KEYS: Partial<Record<Eenheid, MessageKey>> = {
	procent: 'wijkkompas.eenheid.procent',
	euro: 'wijkkompas.eenheid.euro',
	'per 1.000 inwoners': 'wijkkompas.eenheid.per1000Inwoners',
	'per km²': 'wijkkompas.eenheid.perKm2',
	'personen per huishouden': 'wijkkompas.eenheid.personenPerHuishouden',
	km: 'wijkkompas.eenheid.km',
	jaar: 'wijkkompas.eenheid.jaar',
};

/**
 * The text around a number for a unit, split at the number: ['€ ', ''] or ['', ' per 1.000
 * inwoners']. Read once per language and unit from the catalogue, so a figure costs a join.
 */
const unitParts = new Map<string, readonly [string, string]>();
const MARK = '\u0000';
function unitAround(eenheid: Eenheid | 'procentpunt', taal: Taal): readonly [string, string] {
	const cacheKey = `${taal}|${eenheid}`;
	let parts = unitParts.get(cacheKey);
	if (!parts) {
		const key = eenheid === 'procentpunt' ? 'wijkkompas.eenheid.procentpunt' : UNIT_KEYS[eenheid];
		const text = key ? kompasText(taal).t(key, { n: MARK }) : MARK;
		const at = text.indexOf(MARK);
		parts = [text.slice(0, at), text.slice(at + MARK.length)];
		unitParts.set(cacheKey, parts);
	}
	return parts;
}

/** A number with its unit: "12,5%", "€ 245.000", "0,9 km", "3,4 per 1.000 inwoners". */
export function withUnit(value: number, eenheid: Eenheid, decimals: number, taal: Taal = 'nl'): string {
	const [before, after] = unitAround(eenheid, taal);
	return `${before}${formatNumber(value, decimals, taal)}${after}`;
}

/** A difference of percentages: "1,2 procentpunt". */
export function percentagePoints(value: number, decimals: number, taal: Taal = 'nl'): string {
	const [before, after] = unitAround('procentpunt', taal);
	return `${before}${formatNumber(value, decimals, taal)}${after}`;
}

/** Short words for a figure that is not shown as a number (in tables and charts). */
export function notShownLabel(
	m: Measurement,
	settings: Pick<WijkkompasInstellingen, 'kleineAantallen'>,
	taal: Taal = 'nl',
): string {
	const { t } = kompasText(taal);
	switch (m.status) {
		case 'geen-cijfer':
			return t('wijkkompas.status.geenCijfer');
		case 'onbekend':
			return m.reden === 'niet-gepubliceerd'
				? t('wijkkompas.status.nietGepubliceerd')
				: m.reden === 'geheim'
					? t('wijkkompas.status.geheim')
					: t('wijkkompas.status.nietBekend');
		case 'aanvullend-verborgen':
			return t('wijkkompas.status.verborgen');
		case 'te-weinig-antwoorden':
			return t('wijkkompas.status.teWeinigAntwoorden');
		case 'klein-aantal':
			return t('wijkkompas.status.kleinAantal', { n: formatNumber(settings.kleineAantallen, 0, taal) });
		default:
			return '';
	}
}

/** A figure as residents read it: the number with its unit, or the reason there is none. */
export function formatMeasurement(
	indicator: Pick<Indicator, 'eenheid' | 'decimalen'>,
	m: Measurement,
	settings: Pick<WijkkompasInstellingen, 'kleineAantallen'>,
	taal: Taal = 'nl',
): string {
	return m.status === 'getoond'
		? withUnit(m.waarde!, indicator.eenheid, indicator.decimalen, taal)
		: notShownLabel(m, settings, taal);
}

/** Why a figure is not shown, in a full B1 sentence. */
export function notShownReason(
	indicator: Pick<Indicator, 'minimumAntwoorden'>,
	m: Measurement,
	settings: Pick<WijkkompasInstellingen, 'kleineAantallen'>,
	taal: Taal = 'nl',
): string {
	const { t } = kompasText(taal);
	const jaar = String(m.jaar);
	switch (m.status) {
		case 'geen-cijfer':
			return t('wijkkompas.reden.geenCijfer', { jaar });
		case 'onbekend':
			return m.reden === 'niet-gepubliceerd'
				? t('wijkkompas.reden.nietGepubliceerd', { jaar })
				: m.reden === 'geheim'
					? t('wijkkompas.reden.geheim', { jaar })
					: t('wijkkompas.reden.nietBekend', { jaar });
		case 'aanvullend-verborgen':
			return t('wijkkompas.reden.verborgen');
		case 'te-weinig-antwoorden': {
			const minimum = formatNumber(indicator.minimumAntwoorden ?? 1, 0, taal);
			return m.n === undefined
				? t('wijkkompas.reden.teWeinigAntwoordenOnbekend', { minimum })
				: t('wijkkompas.reden.teWeinigAntwoorden', { minimum, antwoorden: m.n });
		}
		case 'klein-aantal':
			return t('wijkkompas.reden.kleinAantal', { n: formatNumber(settings.kleineAantallen, 0, taal) });
		default:
			return '';
	}
}

/** A change between two figures: "+1,2 procentpunt", "−35", "gelijk". */
export function formatChange(difference: number, eenheid: Eenheid, decimals: number, taal: Taal = 'nl'): string {
	const rounded = Number(difference.toFixed(decimals));
	if (rounded === 0) return kompasText(taal).t('wijkkompas.verandering.gelijk');
	const sign = rounded > 0 ? '+' : '−';
	const size = Math.abs(rounded);
	if (eenheid === 'procent') return `${sign}${percentagePoints(size, decimals, taal)}`;
	return `${sign}${withUnit(size, eenheid, decimals, taal)}`;
}
