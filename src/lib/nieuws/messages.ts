/** Dutch messages for what news may not contain, shared by the MDX and Markdown checks. */
import { quoted, shorten } from '#lib/content/quote.ts';
import { LINK_BEGINNINGS } from '#lib/markdown/link-schemes.ts';
import { NEWS_HTML_ELEMENTS } from '#lib/markdown/sanitize.ts';

import { COMPONENTS } from './components.ts';

export const ESCAPE_HINT = 'Wilt u het teken zelf tonen? Zet er dan een \\ voor, zoals \\{ of \\<.';
export const CODE_MESSAGE = 'Code is in nieuws niet toegestaan: het portaal voert niets uit wat in een bericht staat.';

const EMBEDS = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'portal']);
const STYLES = new Set(['style', 'link']);
const ELSEWHERE = new Set(['meta', 'base', 'form', 'input', 'button', 'textarea', 'select']);

export const allowedList = () =>
	`Toegestaan zijn de onderdelen ${Object.keys(COMPONENTS)
		.map((c) => `<${c}>`)
		.join(', ')} en de HTML-elementen ${NEWS_HTML_ELEMENTS.map((e) => `<${e}>`).join(', ')}.`;

/** Why an element may not appear in news, and what to do instead. */
export function refusedElement(name: string): string {
	const tag = name.toLowerCase();
	if (tag === 'script')
		return 'de tekst bevat een script (<script>). Scripts zijn niet toegestaan op het portaal. Haal het script weg.';
	if (EMBEDS.has(tag))
		return `de tekst sluit een andere pagina in (<${tag}>). Die laadt iets van een andere website; dat mag niet. Zet er een gewone link van.`;
	if (STYLES.has(tag))
		return `de tekst bevat opmaakcode (<${tag}>). De opmaak komt uit het thema van de gemeente. Haal <${tag}> weg.`;
	if (ELSEWHERE.has(tag))
		return `de tekst bevat <${tag}>. Daarmee kan een pagina bezoekers of hun gegevens naar een andere website sturen; dat mag niet. Haal <${tag}> weg.`;
	if (tag === 'img')
		return 'de tekst bevat een HTML-afbeelding (<img>). Gebruik ![beschrijving](beelden/foto.jpg) met een afbeelding uit content/nieuws/ (of, in een .mdx-bestand, <Figuur bestand="beelden/foto.jpg" alt="…" />).';
	if (tag === 'a') return 'de tekst bevat een HTML-link (<a>). Schrijf een link in Markdown: [tekst](https://…).';
	const what = /^[a-z]/.test(name) ? `het HTML-element <${name}>` : `het onderdeel <${name}>`;
	return `${what} is in nieuws niet toegestaan. ${allowedList()} ${ESCAPE_HINT}`;
}

export function foreignImage(url: string): string | undefined {
	if (!/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return undefined;
	return `de tekst laadt een bestand van een andere website (${shorten(url)}). Dat mag niet: bezoekers zouden dan ook die website bezoeken. Zet de afbeelding in content/nieuws/ en gebruik <Figuur bestand="…" alt="…" /> of het veld afbeelding, of maak er een gewone link van.`;
}

export function linkMessage(url: string): string {
	return `de link ${quoted(url)} is niet toegestaan. Gebruik alleen links die beginnen met ${LINK_BEGINNINGS}, of een pad op het portaal zoals /wijken/.`;
}
