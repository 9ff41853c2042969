/**
 * Euro amounts: in Dutch notation € 2.500 or € 2.499,95 (cents only when there are any); in the
 * other languages the currency format of their locale (Intl), e.g. €2,500 or 2500 €.
 */
import { formatNumber as intlNumber } from '#lib/i18n/format.ts';
import type { Taal } from '#lib/i18n/talen.ts';
import { formatNumber } from '#lib/wijkkompas/format.ts';

export function formatEuro(amount: number, taal: Taal = 'nl'): string {
	const cents = Math.round(amount * 100) % 100 !== 0;
	if (taal === 'nl') return `€ ${formatNumber(amount, cents ? 2 : 0)}`;
	const digits = cents ? 2 : 0;
	return intlNumber(amount, taal, {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
	});
}

/** Adds amounts in whole cents, so 0.1 + 0.2 stays 0.30 and totals match the files exactly. */
export function sumEuro(amounts: readonly (number | undefined)[]): number {
	return amounts.reduce<number>((sum, a) => sum + Math.round((a ?? 0) * 100), 0) / 100;
}
