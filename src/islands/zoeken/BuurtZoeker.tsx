/**
 * "Zoek uw buurt": postcode and house number, or a street. Without JavaScript the form opens
 * /zoeken/, whose street index still leads to the buurt; once used, it answers at once from the
 * one small chunk of address data it needs.
 */
import { useEffect, useId, useRef, useState } from 'react';

import { parseAdresVraag } from '#lib/adressen/query.ts';

import { type AdresUitkomst, lookUp } from './address.ts';
import { AdresAntwoord } from './AdresAntwoord.tsx';
import { type BuurtTeksten } from './texts.ts';
import { ZoekRegel } from './ZoekRegel.tsx';

/** Answer while typing only when the query looks complete; the button always answers. */
function complete(query: string): boolean {
	const vraag = parseAdresVraag(query);
	if (vraag.soort === 'postcode') return vraag.huisnummer !== undefined;
	return vraag.soort === 'straat' && vraag.straat.length >= 3;
}

export default function BuurtZoeker({
	zoekUrl,
	gemeente,
	teksten,
}: {
	/** /zoeken/ in the page's language. */
	zoekUrl: string;
	gemeente: string;
	teksten: BuurtTeksten;
}) {
	const id = useId();
	const input = useRef<HTMLInputElement>(null);
	const [uitkomst, setUitkomst] = useState<AdresUitkomst | null>(null);
	const [fout, setFout] = useState(false);
	const ticket = useRef(0);
	const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

	const answer = (query: string) => {
		const mine = ++ticket.current;
		clearTimeout(timer.current);
		lookUp(query, gemeente, teksten.adres, teksten.taal).then(
			(next) => {
				if (mine !== ticket.current) return;
				setFout(false);
				setUitkomst(next);
			},
			() => mine === ticket.current && setFout(true),
		);
	};

	useEffect(() => {
		const typed = input.current?.value.trim();
		if (typed && complete(typed)) answer(typed);
		return () => clearTimeout(timer.current);
		// Once, when the island wakes up.
	}, []);

	return (
		<form
			className="zoek-buurt"
			action={zoekUrl}
			method="get"
			onSubmit={(event) => {
				event.preventDefault();
				answer(input.current?.value ?? '');
			}}
		>
			<ZoekRegel
				id={id}
				label={teksten.label}
				hint={teksten.hint}
				knop={teksten.knop}
				inputRef={input}
				input={{
					type: 'text',
					name: 'adres',
					autoComplete: 'postal-code',
					onInput: (event) => {
						const query = event.currentTarget.value;
						clearTimeout(timer.current);
						if (!query.trim()) {
							ticket.current++;
							setUitkomst(null);
						} else if (complete(query)) timer.current = setTimeout(() => answer(query), 300);
					},
				}}
			/>
			<div role="status" className="zoek-buurt__antwoord">
				{fout ? (
					<p>{teksten.adres.geenAdresData}</p>
				) : (
					uitkomst && <AdresAntwoord uitkomst={uitkomst} teksten={teksten.adres} />
				)}
			</div>
		</form>
	);
}
