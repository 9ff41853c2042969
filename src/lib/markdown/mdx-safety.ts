/**
 * News is written in MDX by the trusted communications team, but the portal's own rules
 * still hold there: no scripts, no inline styles and nothing loaded from other websites
 * (a strict Content-Security-Policy and residents' privacy depend on it).
 */
import type { MarkdownFinding } from './safety.ts';

const RULES: { pattern: RegExp; message: (match: RegExpExecArray) => string }[] = [
	{
		pattern: /<script\b/i,
		message: () => 'de tekst bevat een script (<script>). Scripts zijn niet toegestaan op het portaal. Haal het script weg.',
	},
	{
		pattern: /<(iframe|object|embed|frame)\b/i,
		message: (m) => `de tekst sluit een andere pagina in (<${m[1]!.toLowerCase()}>). Die laadt iets van een andere website; dat mag niet. Zet er een gewone link van.`,
	},
	{
		pattern: /\son[a-z]+\s*=/i,
		message: () => 'de tekst bevat een script in een HTML-attribuut (zoals onclick=). Scripts zijn niet toegestaan op het portaal. Haal het attribuut weg.',
	},
	{
		pattern: /\sstyle\s*=/i,
		message: () => 'de tekst bevat een style-attribuut. De opmaak komt uit het thema van de gemeente. Haal style=… weg.',
	},
	{
		pattern: /(?:\bsrc\s*=\s*\{?\s*["'`]|!\[[^\]]*\]\(\s*<?)((?:https?:)?\/\/[^\s"'`)>]+)/i,
		message: (m) => `de tekst laadt een bestand van een andere website (${m[1]}). Dat mag niet: bezoekers zouden dan ook die website bezoeken. Zet de afbeelding in content/nieuws/ en gebruik het veld afbeelding, of maak er een gewone link van.`,
	},
];

export function findUnsafeMdx(body: string): MarkdownFinding[] {
	const findings: MarkdownFinding[] = [];
	let inCode = false;
	body.split('\n').forEach((text, i) => {
		if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
		if (inCode) return;
		for (const rule of RULES) {
			const match = rule.pattern.exec(text);
			if (match) {
				findings.push({ line: i + 1, message: rule.message(match) });
				break; // one finding per line
			}
		}
	});
	return findings;
}
