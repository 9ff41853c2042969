/** Breadcrumb trails ("kruimelpad"); the last crumb is the current page. */
import { urls } from './urls.ts';

export interface Crumb {
	label: string;
	href?: string;
}

/** Home › Wijken › <wijk> › …more. */
export function wijkCrumbs(wijk: { id: string; naam: string }, ...more: Crumb[]): Crumb[] {
	const here = more.length ? { label: wijk.naam, href: urls.wijk(wijk.id) } : { label: wijk.naam };
	return [{ label: 'Home', href: urls.home() }, { label: 'Wijken', href: urls.wijken() }, here, ...more];
}
