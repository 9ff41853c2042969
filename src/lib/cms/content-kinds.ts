/**
 * Where each kind of content lives and what editors call it: the one list the editor at
 * /admin/ (src/lib/cms/decap-config.ts) and `npm run nieuw` (scripts/nieuw.ts) are made from.
 * The folder layout itself is checked by src/lib/content/discover.ts.
 */
import type { ContentKind } from '#schemas/index.ts';

export type KindPlace =
	/** Many files per wijk: content/wijken/<wijk>/<folder>/<naam>.md */
	| { per: 'wijk'; folder: string }
	/** One file per wijk: content/wijken/<wijk>/<file> */
	| { per: 'wijkbestand'; file: string }
	/** Many files for the whole portal: content/<folder>/<naam>.<extension> */
	| { per: 'portaal'; folder: string }
	/** One file for the whole portal: content/<file> */
	| { per: 'bestand'; file: string };

export interface ContentKindInfo {
	kind: ContentKind;
	/** Name of the kind in the editor's menu (plural) and for one file. */
	label: string;
	singular: string;
	place: KindPlace;
	extension: 'md' | 'mdx' | 'yaml';
	/** Markdown files: the text under the front matter. */
	body?: { label: string; hint: string; required: boolean };
	/** The field that names an entry in lists and becomes its file name. */
	titleField?: string;
	/** The word `npm run nieuw` takes for this kind; kinds without one are not made by it. */
	nieuw?: string;
}

export const CONTENT_KINDS: readonly ContentKindInfo[] = [
	{
		kind: 'portaal',
		label: 'Portaal',
		singular: 'portaalinstellingen',
		place: { per: 'bestand', file: 'portaal.yaml' },
		extension: 'yaml',
	},
	{
		kind: 'wijk',
		label: 'Wijken',
		singular: 'wijk',
		place: { per: 'wijkbestand', file: 'wijk.md' },
		extension: 'md',
		body: { label: 'Over de wijk', hint: 'Een korte tekst over de wijk voor bewoners.', required: false },
	},
	{
		kind: 'ambitie',
		label: 'Wijkambities',
		singular: 'wijkambitie',
		place: { per: 'wijkbestand', file: 'ambitie.md' },
		extension: 'md',
		body: {
			label: 'Wijkanalyse',
			hint: 'Wat gaat goed in de wijk en wat kan beter? Schrijf in korte alinea’s.',
			required: false,
		},
		nieuw: 'ambitie',
	},
	{
		kind: 'budget',
		label: 'Wijkbudgetten',
		singular: 'wijkbudget',
		place: { per: 'wijkbestand', file: 'budget.yaml' },
		extension: 'yaml',
	},
	{
		kind: 'agenda',
		label: 'Wijkagenda',
		singular: 'agendapunt',
		place: { per: 'wijk', folder: 'agenda' },
		extension: 'md',
		body: {
			label: 'Beschrijving',
			hint: 'Vertel meer over dit punt: wat is het probleem, wat is er al gedaan?',
			required: false,
		},
		titleField: 'titel',
		nieuw: 'agenda',
	},
	{
		kind: 'activiteit',
		label: 'Activiteiten',
		singular: 'activiteit',
		place: { per: 'wijk', folder: 'activiteiten' },
		extension: 'md',
		body: { label: 'Beschrijving', hint: 'Wat gebeurt er, voor wie is het, moet u zich aanmelden?', required: false },
		titleField: 'titel',
		nieuw: 'activiteit',
	},
	{
		kind: 'organisatie',
		label: 'Sociale kaart',
		singular: 'organisatie',
		place: { per: 'wijk', folder: 'sociale-kaart' },
		extension: 'md',
		body: { label: 'Meer informatie', hint: 'Vertel meer over de organisatie of de groep.', required: false },
		titleField: 'naam',
		nieuw: 'organisatie',
	},
	{
		kind: 'nieuws',
		label: 'Nieuws',
		singular: 'nieuwsbericht',
		place: { per: 'portaal', folder: 'nieuws' },
		extension: 'mdx',
		body: { label: 'Bericht', hint: 'De tekst van het bericht.', required: false },
		titleField: 'titel',
		nieuw: 'nieuws',
	},
	{
		kind: 'initiatief',
		label: 'Bewonersinitiatieven',
		singular: 'initiatief',
		place: { per: 'portaal', folder: 'initiatieven' },
		extension: 'md',
		body: { label: 'Beschrijving', hint: 'Wat willen de bewoners doen, en waarom?', required: false },
		titleField: 'titel',
		nieuw: 'initiatief',
	},
	{
		kind: 'verhaal',
		label: 'Verhalenboek',
		singular: 'verhaal',
		place: { per: 'portaal', folder: 'verhalen' },
		extension: 'md',
		body: { label: 'Verhaal', hint: 'Het verhaal, in de woorden van de bewoner.', required: false },
		titleField: 'titel',
		nieuw: 'verhaal',
	},
	{
		kind: 'indicatoren',
		label: 'Wijkkompas',
		singular: 'indicatoren',
		place: { per: 'bestand', file: 'indicatoren/indicatoren.yaml' },
		extension: 'yaml',
	},
	{
		kind: 'indeling',
		label: 'Eigen gebieden',
		singular: 'indeling',
		place: { per: 'portaal', folder: 'gebieden' },
		extension: 'yaml',
		titleField: 'naam',
	},
];

export function kindInfo(kind: ContentKind): ContentKindInfo {
	const info = CONTENT_KINDS.find((k) => k.kind === kind);
	if (!info) throw new Error(`no content kind ${kind}`);
	return info;
}
