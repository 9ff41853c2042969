/** Figures in Dutch notation with their unit, and the words for figures that are not shown. */
import type { Eenheid, Indicator } from '#schemas/indicatoren.ts';
import type { WijkkompasInstellingen } from '#schemas/portaal.ts';

import type { Measurement } from './measurement.ts';

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * A plain number in Dutch notation: 4.120 or 12,5 (what Intl.NumberFormat('nl-NL') writes,
 * checked in the tests, but much faster: a national build formats millions of numbers).
 */
export function formatNumber(value: number, decimals = 0): string {
	const fixed = Math.abs(value).toFixed(decimals);
	const point = fixed.indexOf('.');
	const whole = point < 0 ? fixed : fixed.slice(0, point);
	const grouped = whole.length > 3 ? whole.replace(THOUSANDS, '.') : whole;
	const text = point < 0 ? grouped : `${grouped},${fixed.slice(point + 1)}`;
	// No "-0": a negative value that rounds to zero is zero.
	return value < 0 && /[1-9]/.test(fixed) ? `-${text}` : text;
}

/** A number with its unit: "12,5%", "€ 245.000", "0,9 km", "3,4 per 1.000 inwoners". */
export function withUnit(value: number, eenheid: Eenheid, decimals: number): string {
	const n = formatNumber(value, decimals);
	switch (eenheid) {
		case 'procent':
			return `${n}%`;
		case 'euro':
			return `€ ${n}`;
		case 'per 1.000 inwoners':
			return `${n} per 1.000 inwoners`;
		case 'per km²':
			return `${n} per km²`;
		case 'personen per huishouden':
			return `${n} personen per huishouden`;
		case 'km':
			return `${n} km`;
		case 'jaar':
			return `${n} jaar`;
		default:
			return n;
	}
}

/** Short words for a figure that is not shown as a number (in tables and charts). */
export function notShownLabel(m: Measurement, settings: Pick<WijkkompasInstellingen, 'kleineAantallen'>): string {
	switch (m.status) {
		case 'geen-cijfer':
			return 'geen cijfer';
		case 'onbekend':
			return m.reden === 'niet-gepubliceerd'
				? 'nog niet gepubliceerd'
				: m.reden === 'geheim'
					? 'geheim'
					: 'niet bekend';
		case 'aanvullend-verborgen':
			return 'verborgen';
		case 'te-weinig-antwoorden':
			return 'te weinig antwoorden';
		case 'klein-aantal':
			return `minder dan ${formatNumber(settings.kleineAantallen)}`;
		default:
			return '';
	}
}

/** A figure as residents read it: the number with its unit, or the reason there is none. */
export function formatMeasurement(
	indicator: Pick<Indicator, 'eenheid' | 'decimalen'>,
	m: Measurement,
	settings: Pick<WijkkompasInstellingen, 'kleineAantallen'>,
): string {
	return m.status === 'getoond'
		? withUnit(m.waarde!, indicator.eenheid, indicator.decimalen)
		: notShownLabel(m, settings);
}

/** Why a figure is not shown, in a full B1 sentence. */
export function notShownReason(
	indicator: Pick<Indicator, 'minimumAntwoorden'>,
	m: Measurement,
	settings: Pick<WijkkompasInstellingen, 'kleineAantallen'>,
): string {
	switch (m.status) {
		case 'geen-cijfer':
			return `Voor ${m.jaar} is er geen cijfer voor dit gebied.`;
		case 'onbekend':
			return m.reden === 'niet-gepubliceerd'
				? `De bron heeft het cijfer over ${m.jaar} (nog) niet gepubliceerd.`
				: m.reden === 'geheim'
					? `De bron houdt het cijfer over ${m.jaar} geheim.`
					: `Het cijfer over ${m.jaar} is niet bekend.`;
		case 'aanvullend-verborgen':
			return `Dit cijfer tonen wij niet. Anders kunt u met de andere cijfers een klein aantal uitrekenen dat wij verbergen.`;
		case 'te-weinig-antwoorden': {
			const min = formatNumber(indicator.minimumAntwoorden ?? 1);
			const n =
				m.n === undefined
					? 'Er is niet bekend hoeveel mensen antwoord gaven'
					: `Er gaven ${formatNumber(m.n)} mensen antwoord`;
			return `Te weinig antwoorden om iets te zeggen. ${n}; voor een betrouwbaar cijfer zijn minstens ${min} antwoorden nodig.`;
		}
		case 'klein-aantal':
			return `Het aantal is kleiner dan ${formatNumber(settings.kleineAantallen)}. Kleine aantallen tonen wij niet precies, zodat niemand herkenbaar is.`;
		default:
			return '';
	}
}

/** A change between two figures: "+1,2 procentpunt", "−35", "gelijk". */
export function formatChange(difference: number, eenheid: Eenheid, decimals: number): string {
	const rounded = Number(difference.toFixed(decimals));
	if (rounded === 0) return 'gelijk';
	const sign = rounded > 0 ? '+' : '−';
	const size = Math.abs(rounded);
	if (eenheid === 'procent') return `${sign}${formatNumber(size, decimals)} procentpunt`;
	return `${sign}${withUnit(size, eenheid, decimals)}`;
}
