/** The list of results: title as a link, kind of page, wijk and date, an excerpt with the words found marked. */
import { excerptParts } from './pagefind.ts';
import type { Hit } from './useSearch.ts';

export function Resultaten({ hits, id, compact = false }: { hits: Hit[]; id?: string; compact?: boolean }) {
	if (!hits.length) return null;
	return (
		<ol className={`zoek-resultaten${compact ? ' zoek-resultaten--compact' : ''}`} id={id}>
			{hits.map((hit) => (
				<li key={hit.url + hit.title} className="zoek-resultaat">
					{!compact && hit.image && (
						<img className="zoek-resultaat__beeld" src={hit.image} alt="" width={64} height={64} loading="lazy" />
					)}
					<div>
						<a className="zoek-resultaat__titel" href={hit.url}>
							{hit.title}
						</a>
						{(hit.soort || hit.wijk || hit.datum) && (
							<p className="zoek-resultaat__soort">{[hit.soort, hit.wijk, hit.datum].filter(Boolean).join(' · ')}</p>
						)}
						{hit.note && <p className="zoek-resultaat__tekst">{hit.note}</p>}
						{!compact && hit.excerpt && (
							<p className="zoek-resultaat__tekst">
								{excerptParts(hit.excerpt).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
							</p>
						)}
					</div>
				</li>
			))}
		</ol>
	);
}
