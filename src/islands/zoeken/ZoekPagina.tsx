/**
 * The search on /zoeken/: results while typing, filter chips, more results on request; the
 * number of results is announced to screen readers. Reads `?q=` when it arrives from another
 * page's search field, and keeps the address bar up to date so a search can be shared.
 */
import { useEffect, useId, useRef, useState } from 'react';

import { AdresAntwoord } from './AdresAntwoord.tsx';
import { Filters } from './Filters.tsx';
import { Resultaten } from './Resultaten.tsx';
import { resultCount, type ZoekTeksten } from './texts.ts';
import { useSearch } from './useSearch.ts';
import { ZoekRegel } from './ZoekRegel.tsx';

const PAGE = 10;

export default function ZoekPagina({
	gemeente,
	adressen,
	teksten,
}: {
	gemeente: string;
	adressen: boolean;
	teksten: ZoekTeksten;
}) {
	const id = useId();
	const input = useRef<HTMLInputElement>(null);
	const list = useRef<HTMLDivElement>(null);
	const [query, setQuery] = useState('');
	const [filters, setFilters] = useState<Record<string, string[]>>({});
	const [limit, setLimit] = useState(PAGE);
	const focusFrom = useRef<number | null>(null);
	const state = useSearch(query, { gemeente, adressen, teksten, filters, limit, delay: 150 });

	useEffect(() => {
		const params = new URLSearchParams(location.search);
		const fromAddress = params.get('q') ?? params.get('adres') ?? '';
		const typed = input.current?.value || fromAddress;
		if (input.current && !input.current.value) input.current.value = typed;
		setQuery(typed);
	}, []);

	useEffect(() => {
		const url = new URL(location.href);
		url.searchParams.delete('adres');
		if (state.query) url.searchParams.set('q', state.query);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
	}, [state.query]);

	// After "more results", the first new result gets the focus.
	useEffect(() => {
		if (focusFrom.current === null || state.busy) return;
		list.current?.querySelectorAll<HTMLAnchorElement>('.zoek-resultaat__titel')[focusFrom.current]?.focus();
		focusFrom.current = null;
	}, [state]);

	const change = (value: string) => {
		setQuery(value);
		setLimit(PAGE);
	};
	const showAddress = state.adres && (!state.adres.gevonden || state.hits.length === 0) && state.adres.tekst;
	return (
		<div className="zoek-pagina">
			<form
				role="search"
				className="zoek-pagina__form"
				method="get"
				onSubmit={(event) => {
					event.preventDefault();
					change(input.current?.value ?? '');
				}}
			>
				<ZoekRegel
					id={id}
					label={teksten.label}
					hint={teksten.hint}
					knop={teksten.knop}
					inputRef={input}
					input={{
						type: 'search',
						name: 'q',
						autoComplete: 'off',
						enterKeyHint: 'search',
						onInput: (event) => change(event.currentTarget.value),
					}}
				/>
			</form>
			<p role="status" className="zoek-pagina__aantal">
				{state.query && !state.busy
					? state.error === 'index'
						? teksten.geenIndex
						: resultCount(teksten, state.total, state.query)
					: state.busy
						? teksten.bezig
						: ''}
			</p>
			{showAddress && state.adres && teksten.adres && <AdresAntwoord uitkomst={state.adres} teksten={teksten.adres} />}
			{state.query && teksten.filters && (
				<Filters
					teksten={teksten.filters}
					counts={state.filterCounts}
					selected={filters}
					onChange={(next) => {
						setFilters(next);
						setLimit(PAGE);
					}}
				/>
			)}
			<div ref={list}>
				<Resultaten hits={state.hits} />
			</div>
			{state.more && !state.busy && (
				<button
					type="button"
					className="zoek-knop zoek-knop--licht"
					onClick={() => {
						focusFrom.current = state.hits.length;
						setLimit(limit + PAGE);
					}}
				>
					{teksten.meer}
				</button>
			)}
		</div>
	);
}
