/** The answer of the address lookup: one sentence, and links to the buurten or streets found. */
import type { AdresUitkomst } from './address.ts';
import { type AdresTeksten, fill } from './texts.ts';

export function AdresAntwoord({ uitkomst, teksten }: { uitkomst: AdresUitkomst; teksten: AdresTeksten }) {
	return (
		<div className={`zoek-adres${uitkomst.gevonden ? ' zoek-adres--gevonden' : ''}`}>
			{uitkomst.tekst && <p className="zoek-adres__tekst">{uitkomst.tekst}</p>}
			{uitkomst.buurten.length > 0 && (
				<ul className="zoek-adres__lijst">
					{uitkomst.buurten.map((buurt) => (
						<li key={buurt.code}>
							<a href={buurt.url}>{fill(teksten.buurtLink, { buurt: buurt.naam })}</a>{' '}
							{fill(teksten.wijkVan, { wijk: buurt.wijk })}
						</li>
					))}
				</ul>
			)}
			{uitkomst.straten.length > 0 && (
				<ul className="zoek-adres__lijst">
					{uitkomst.straten.map((straat) => (
						<li key={straat.straat}>
							{straat.straat}:{' '}
							{straat.buurten.map((buurt, i) => (
								<span key={buurt.code}>
									{i > 0 && ` ${teksten.of} `}
									<a href={buurt.url}>{fill(teksten.buurtKlein, { buurt: buurt.naam })}</a>
								</span>
							))}
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
