/** Euro amounts in Dutch notation: € 2.500 or € 2.499,95 (cents only when there are any). */
import { formatNumber } from '#lib/wijkkompas/format.ts';

export function formatEuro(amount: number): string {
	const cents = Math.round(amount * 100) % 100 !== 0;
	return `€ ${formatNumber(amount, cents ? 2 : 0)}`;
}

/** Adds amounts in whole cents, so 0.1 + 0.2 stays 0.30 and totals match the files exactly. */
export function sumEuro(amounts: readonly (number | undefined)[]): number {
	return amounts.reduce<number>((sum, a) => sum + Math.round((a ?? 0) * 100), 0) / 100;
}
