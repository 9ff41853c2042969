/** The answer of the address lookup: one sentence, and links to the buurten or streets found. */
import type { AdresUitkomst } from './address.ts';

export function AdresAntwoord({ uitkomst }: { uitkomst: AdresUitkomst }) {
	return (
		<div className={`zoek-adres${uitkomst.gevonden ? ' zoek-adres--gevonden' : ''}`}>
			{uitkomst.tekst && <p className="zoek-adres__tekst">{uitkomst.tekst}</p>}
			{uitkomst.buurten.length > 0 && (
				<ul className="zoek-adres__lijst">
					{uitkomst.buurten.map((buurt) => (
						<li key={buurt.code}>
							<a href={buurt.url}>Buurt {buurt.naam}</a> (wijk {buurt.wijk})
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
									{i > 0 && ' of '}
									<a href={buurt.url}>buurt {buurt.naam}</a>
								</span>
							))}
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
