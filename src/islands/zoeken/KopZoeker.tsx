/**
 * The search field in the header of every page. Without JavaScript (or before it is used) it is
 * a plain form that opens /zoeken/?q=…; once used, it shows the first results while the resident
 * types, with a link to all results. Escape closes the list; leaving the field closes it too.
 */
import { type FocusEvent, useEffect, useId, useRef, useState } from 'react';

import { Resultaten } from './Resultaten.tsx';
import { fill, resultCount, type ZoekTeksten } from './texts.ts';
import { useSearch } from './useSearch.ts';
import { ZoekRegel } from './ZoekRegel.tsx';

export default function KopZoeker({
	zoekUrl,
	gemeente,
	adressen,
	teksten,
}: {
	/** /zoeken/ in the page's language. */
	zoekUrl: string;
	gemeente: string;
	adressen: boolean;
	teksten: ZoekTeksten;
}) {
	const id = useId();
	const input = useRef<HTMLInputElement>(null);
	const [query, setQuery] = useState('');
	const [open, setOpen] = useState(false);
	const state = useSearch(query, { gemeente, adressen, teksten, limit: 5, delay: 250 });

	// Whatever was typed before the island woke up counts.
	useEffect(() => {
		const typed = input.current?.value.trim();
		if (typed) {
			setQuery(typed);
			setOpen(true);
		}
	}, []);

	const close = (event: FocusEvent<HTMLFormElement>) => {
		if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
	};
	const shown = open && state.query !== '';
	const all = `${zoekUrl}?q=${encodeURIComponent(state.query)}`;
	return (
		<form
			role="search"
			aria-label={teksten.label}
			className="zoek-kop"
			action={zoekUrl}
			method="get"
			onBlur={close}
			onKeyDown={(event) => {
				if (event.key === 'Escape' && open) {
					setOpen(false);
					input.current?.focus();
				}
			}}
		>
			<ZoekRegel
				id={id}
				label={teksten.label}
				labelVerborgen
				knop={teksten.knop}
				inputRef={input}
				input={{
					type: 'search',
					name: 'q',
					autoComplete: 'off',
					enterKeyHint: 'search',
					onInput: (event) => {
						setQuery(event.currentTarget.value);
						setOpen(true);
					},
					onFocus: () => setOpen(true),
				}}
			/>
			<p role="status" className="visually-hidden">
				{shown && !state.busy ? resultCount(teksten, state.total, state.query) : ''}
			</p>
			{shown && (
				<div className="zoek-kop__paneel">
					{state.busy && !state.hits.length ? <p>{teksten.bezig}</p> : null}
					{state.error === 'index' && <p>{teksten.geenIndex}</p>}
					<Resultaten hits={state.hits.slice(0, 5)} compact />
					{!state.busy && (
						<a className="zoek-kop__alles" href={all}>
							{fill(teksten.alleResultaten, { q: state.query })}
						</a>
					)}
				</div>
			)}
		</form>
	);
}
