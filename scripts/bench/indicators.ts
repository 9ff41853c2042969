/**
 * The 20 indicators of the national benchmark portal and how their values are made: the
 * real CBS key figures of 2017 where the area codes match, seeded generated values for
 * every other year, indicator and area.
 */
import type { KwbRow } from './cbs-data.ts';
import { between, type Random } from './random.ts';

export type Level = 'gemeente' | 'wijk' | 'buurt';

export const DATASETS = {
	kerncijfers: {
		naam: 'Kerncijfers wijken en buurten',
		bron: 'CBS',
		licentie: 'CC BY 4.0',
		toelichting:
			'De cijfers over 2017 zijn de Kerncijfers wijken en buurten 2017 van het CBS, waar de gebiedscode van 2014 nog bestaat. Alle andere jaren en gebieden zijn gegenereerd voor de prestatietest.',
	},
	registraties: {
		naam: 'Registraties (gegenereerd)',
		bron: 'Gegenereerd voor de prestatietest',
		licentie: 'CC0 1.0',
		toelichting: 'Verzonnen cijfers met een vaste startwaarde, zodat elke test dezelfde inhoud krijgt.',
	},
	bewonerspanel: {
		naam: 'Bewonerspanel (gegenereerd)',
		bron: 'Gegenereerd voor de prestatietest',
		licentie: 'CC0 1.0',
		toelichting:
			'Verzonnen panelcijfers met het aantal antwoorden (n) en een marge; in kleine buurten zijn er soms te weinig antwoorden.',
	},
} as const;
export type DatasetId = keyof typeof DATASETS;

export const THEMAS = [
	{ naam: 'Bevolking', omschrijving: 'Wie er wonen: hoeveel mensen, hoe oud en hoe dicht op elkaar.' },
	{ naam: 'Wonen en leefomgeving', omschrijving: 'De woningen, het groen en de voorzieningen in de buurt.' },
	{ naam: 'Inkomen en werk', omschrijving: 'Wat huishoudens verdienen en hoeveel mensen een laag inkomen hebben.' },
	{ naam: 'Veiligheid', omschrijving: 'Misdrijven, overlast en hoe veilig bewoners zich voelen.' },
	{ naam: 'Samenleven', omschrijving: 'Contact met buren, eenzaamheid en vertrouwen.' },
];

type Eenheid = 'aantal' | 'procent' | 'euro' | 'cijfer' | 'per 1.000 inwoners' | 'per km²' | 'km';

export interface BenchIndicator {
	id: string;
	naam: string;
	inZin?: string;
	omschrijving: string;
	eenheid: Eenheid;
	decimalen: number;
	thema: string;
	richting: 'hoger is beter' | 'lager is beter' | 'neutraal';
	soort: 'objectief' | 'subjectief';
	minimumAntwoorden?: number;
	dataset: DatasetId;
	/** The real 2017 figure from the CBS key figures; null when CBS marks it `.`. */
	kwb?: (row: KwbRow) => number | null;
	/** A plausible starting value for an area without a real figure. */
	synth: (r: Random, level: Level) => number;
	/** Largest change per year (relative), and the noise on each year (relative). */
	trend: number;
	ruis: number;
	min?: number;
	max?: number;
}

const field =
	(name: string, factor = 1) =>
	(row: KwbRow) => {
		const v = row.get(name);
		return v === null || v === undefined ? null : v * factor;
	};

const byLevel =
	(gemeente: [number, number], wijk: [number, number], buurt: [number, number]) => (r: Random, level: Level) => {
		const [min, max] = level === 'gemeente' ? gemeente : level === 'wijk' ? wijk : buurt;
		return between(r, min, max);
	};
const range = (min: number, max: number) => (r: Random) => between(r, min, max);

const CBS = 'CBS, Kerncijfers wijken en buurten';

export const INDICATOREN: BenchIndicator[] = [
	{
		id: 'inwoners',
		naam: 'Aantal inwoners',
		inZin: 'het aantal inwoners',
		omschrijving: 'Het aantal mensen dat op 1 januari in het gebied woont.',
		eenheid: 'aantal',
		decimalen: 0,
		thema: 'Bevolking',
		richting: 'neutraal',
		soort: 'objectief',
		dataset: 'kerncijfers',
		kwb: field('AantalInwoners_5'),
		synth: byLevel([8000, 160000], [800, 14000], [20, 3500]),
		trend: 0.012,
		ruis: 0.004,
		min: 0,
	},
	{
		id: 'aandeel-65-plus',
		naam: 'Inwoners van 65 jaar of ouder',
		inZin: 'het aandeel inwoners van 65 jaar of ouder',
		omschrijving: 'Het deel van de inwoners dat 65 jaar of ouder is.',
		eenheid: 'procent',
		decimalen: 1,
		thema: 'Bevolking',
		richting: 'neutraal',
		soort: 'objectief',
		dataset: 'kerncijfers',
		kwb: (row) => {
			const inwoners = row.get('AantalInwoners_5');
			const ouderen = row.get('k_65JaarOfOuder_12');
			return inwoners && ouderen !== null && ouderen !== undefined ? (ouderen / inwoners) * 100 : null;
		},
		synth: range(8, 32),
		trend: 0.015,
		ruis: 0.01,
		min: 0,
		max: 100,
	},
	{
		id: 'bevolkingsdichtheid',
		naam: 'Bevolkingsdichtheid',
		inZin: 'de bevolkingsdichtheid',
		omschrijving: 'Het aantal inwoners per vierkante kilometer land.',
		eenheid: 'per km²',
		decimalen: 0,
		thema: 'Bevolking',
		richting: 'neutraal',
		soort: 'objectief',
		dataset: 'kerncijfers',
		kwb: field('Bevolkingsdichtheid_33'),
		synth: byLevel([80, 3500], [40, 7000], [5, 12000]),
		trend: 0.01,
		ruis: 0.004,
		min: 0,
	},
	{
		id: 'woz-waarde',
		naam: 'Gemiddelde WOZ-waarde',
		inZin: 'de gemiddelde WOZ-waarde van een woning',
		omschrijving: 'De gemiddelde waarde van een woning volgens de WOZ.',
		eenheid: 'euro',
		decimalen: 0,
		thema: 'Wonen en leefomgeving',
		richting: 'neutraal',
		soort: 'objectief',
		dataset: 'kerncijfers',
		kwb: field('GemiddeldeWoningwaarde_35', 1000),
		synth: range(120000, 420000),
		trend: 0.035,
		ruis: 0.01,
		min: 0,
	},
	{
		id: 'inkomen-per-inwoner',
		naam: 'Gemiddeld inkomen per inwoner',
		inZin: 'het gemiddelde inkomen per inwoner',
		omschrijving: 'Het gemiddelde persoonlijke inkomen per inwoner per jaar.',
		eenheid: 'euro',
		decimalen: 0,
		thema: 'Inkomen en werk',
		richting: 'hoger is beter',
		soort: 'objectief',
		dataset: 'kerncijfers',
		kwb: field('GemiddeldInkomenPerInwoner_66', 1000),
		synth: range(19000, 38000),
		trend: 0.02,
		ruis: 0.008,
		min: 0,
	},
	{
		id: 'inkomen-per-ontvanger',
		naam: 'Gemiddeld inkomen per inkomensontvanger',
		inZin: 'het gemiddelde inkomen per inkomensontvanger',
		omschrijving: 'Het gemiddelde persoonlijke inkomen van de mensen met een inkomen.',
		eenheid: 'euro',
		decimalen: 0,
		thema: 'Inkomen en werk',
		richting: 'hoger is beter',
		soort: 'objectief',
		dataset: 'kerncijfers',
		kwb: field('GemiddeldInkomenPerInkomensontvanger_65', 1000),
		synth: range(25000, 48000),
		trend: 0.02,
		ruis: 0.008,
		min: 0,
	},
	{
		id: 'huishoudens-laag-inkomen',
		naam: 'Huishoudens met een laag inkomen',
		inZin: 'het aandeel huishoudens met een laag inkomen',
		omschrijving: 'Het deel van de huishoudens met een inkomen onder de lage-inkomensgrens.',
		eenheid: 'procent',
		decimalen: 1,
		thema: 'Inkomen en werk',
		richting: 'lager is beter',
		soort: 'objectief',
		dataset: 'kerncijfers',
		kwb: field('HuishoudensMetEenLaagInkomen_72'),
		synth: range(2, 18),
		trend: 0.04,
		ruis: 0.03,
		min: 0,
		max: 100,
	},
	{
		id: 'huishoudens-sociaal-minimum',
		naam: 'Huishoudens rond het sociaal minimum',
		inZin: 'het aandeel huishoudens onder of rond het sociaal minimum',
		omschrijving: 'Het deel van de huishoudens met een inkomen tot 110 procent van het sociaal minimum.',
		eenheid: 'procent',
		decimalen: 1,
		thema: 'Inkomen en werk',
		richting: 'lager is beter',
		soort: 'objectief',
		dataset: 'kerncijfers',
		kwb: field('HuishOnderOfRondSociaalMinimum_73'),
		synth: range(2, 16),
		trend: 0.04,
		ruis: 0.03,
		min: 0,
		max: 100,
	},
	{
		id: 'aandeel-groen',
		naam: 'Groen in de buurt',
		inZin: 'het aandeel groen',
		omschrijving: 'Het deel van de oppervlakte dat uit parken, plantsoenen en bos bestaat.',
		eenheid: 'procent',
		decimalen: 0,
		thema: 'Wonen en leefomgeving',
		richting: 'hoger is beter',
		soort: 'objectief',
		dataset: 'registraties',
		synth: range(4, 55),
		trend: 0.01,
		ruis: 0.02,
		min: 0,
		max: 100,
	},
	{
		id: 'afstand-huisarts',
		naam: 'Afstand tot de huisarts',
		inZin: 'de gemiddelde afstand tot een huisarts',
		omschrijving: 'De gemiddelde afstand over de weg van een woning tot de dichtstbijzijnde huisartsenpraktijk.',
		eenheid: 'km',
		decimalen: 1,
		thema: 'Wonen en leefomgeving',
		richting: 'lager is beter',
		soort: 'objectief',
		dataset: 'registraties',
		synth: byLevel([0.6, 2.5], [0.4, 3.5], [0.2, 6]),
		trend: 0.01,
		ruis: 0.02,
		min: 0,
	},
	{
		id: 'meldingen-openbare-ruimte',
		naam: 'Meldingen openbare ruimte',
		inZin: 'het aantal meldingen over de openbare ruimte',
		omschrijving: 'Meldingen over kapotte lantaarnpalen, losse tegels, zwerfafval en dergelijke, per 1.000 inwoners.',
		eenheid: 'per 1.000 inwoners',
		decimalen: 0,
		thema: 'Wonen en leefomgeving',
		richting: 'lager is beter',
		soort: 'objectief',
		dataset: 'registraties',
		synth: range(15, 120),
		trend: 0.05,
		ruis: 0.08,
		min: 0,
	},
	{
		id: 'bijstandsuitkeringen',
		naam: 'Bijstandsuitkeringen',
		inZin: 'het aantal bijstandsuitkeringen',
		omschrijving: 'Het aantal lopende bijstandsuitkeringen per 1.000 inwoners.',
		eenheid: 'per 1.000 inwoners',
		decimalen: 1,
		thema: 'Inkomen en werk',
		richting: 'lager is beter',
		soort: 'objectief',
		dataset: 'registraties',
		synth: range(4, 70),
		trend: 0.04,
		ruis: 0.03,
		min: 0,
	},
	{
		id: 'woninginbraken',
		naam: 'Woninginbraken',
		inZin: 'het aantal woninginbraken',
		omschrijving: 'Geregistreerde woninginbraken en pogingen daartoe, per 1.000 inwoners.',
		eenheid: 'per 1.000 inwoners',
		decimalen: 1,
		thema: 'Veiligheid',
		richting: 'lager is beter',
		soort: 'objectief',
		dataset: 'registraties',
		synth: range(0.5, 7),
		trend: 0.08,
		ruis: 0.12,
		min: 0,
	},
	{
		id: 'geweldsmisdrijven',
		naam: 'Geweldsmisdrijven',
		inZin: 'het aantal geweldsmisdrijven',
		omschrijving: 'Geregistreerde geweldsmisdrijven zoals mishandeling en bedreiging, per 1.000 inwoners.',
		eenheid: 'per 1.000 inwoners',
		decimalen: 1,
		thema: 'Veiligheid',
		richting: 'lager is beter',
		soort: 'objectief',
		dataset: 'registraties',
		synth: range(1, 9),
		trend: 0.06,
		ruis: 0.1,
		min: 0,
	},
	{
		id: 'tevreden-woonomgeving',
		naam: 'Tevredenheid met de woonomgeving',
		inZin: 'het rapportcijfer voor de woonomgeving',
		omschrijving: 'Het gemiddelde rapportcijfer dat bewoners hun woonomgeving geven.',
		eenheid: 'cijfer',
		decimalen: 1,
		thema: 'Wonen en leefomgeving',
		richting: 'hoger is beter',
		soort: 'subjectief',
		minimumAntwoorden: 30,
		dataset: 'bewonerspanel',
		synth: range(6.2, 8.3),
		trend: 0.01,
		ruis: 0.02,
		min: 1,
		max: 10,
	},
	{
		id: 'veilig-voelen',
		naam: 'Zich veilig voelen',
		inZin: 'het aandeel bewoners dat zich veilig voelt in de buurt',
		omschrijving: 'Het deel van de bewoners dat zich meestal of altijd veilig voelt in de eigen buurt.',
		eenheid: 'procent',
		decimalen: 0,
		thema: 'Veiligheid',
		richting: 'hoger is beter',
		soort: 'subjectief',
		minimumAntwoorden: 30,
		dataset: 'bewonerspanel',
		synth: range(62, 95),
		trend: 0.01,
		ruis: 0.03,
		min: 0,
		max: 100,
	},
	{
		id: 'overlast',
		naam: 'Overlast in de buurt',
		inZin: 'het aandeel bewoners dat veel overlast ervaart',
		omschrijving:
			'Het deel van de bewoners dat vaak overlast ervaart van bijvoorbeeld lawaai, verkeer of groepen op straat.',
		eenheid: 'procent',
		decimalen: 0,
		thema: 'Veiligheid',
		richting: 'lager is beter',
		soort: 'subjectief',
		minimumAntwoorden: 30,
		dataset: 'bewonerspanel',
		synth: range(8, 45),
		trend: 0.03,
		ruis: 0.06,
		min: 0,
		max: 100,
	},
	{
		id: 'contact-buren',
		naam: 'Contact met buren',
		inZin: 'het rapportcijfer voor het contact met buren',
		omschrijving: 'Het gemiddelde rapportcijfer dat bewoners het contact met hun buren geven.',
		eenheid: 'cijfer',
		decimalen: 1,
		thema: 'Samenleven',
		richting: 'hoger is beter',
		soort: 'subjectief',
		minimumAntwoorden: 30,
		dataset: 'bewonerspanel',
		synth: range(5.8, 7.9),
		trend: 0.01,
		ruis: 0.02,
		min: 1,
		max: 10,
	},
	{
		id: 'eenzaamheid',
		naam: 'Zich eenzaam voelen',
		inZin: 'het aandeel bewoners dat zich sterk eenzaam voelt',
		omschrijving: 'Het deel van de volwassen bewoners dat zich (zeer) sterk eenzaam voelt.',
		eenheid: 'procent',
		decimalen: 0,
		thema: 'Samenleven',
		richting: 'lager is beter',
		soort: 'subjectief',
		minimumAntwoorden: 50,
		dataset: 'bewonerspanel',
		synth: range(4, 20),
		trend: 0.03,
		ruis: 0.06,
		min: 0,
		max: 100,
	},
	{
		id: 'vertrouwen-gemeente',
		naam: 'Vertrouwen in de gemeente',
		inZin: 'het aandeel bewoners dat de gemeente vertrouwt',
		omschrijving: 'Het deel van de bewoners dat (veel) vertrouwen heeft in de aanpak van de gemeente in hun buurt.',
		eenheid: 'procent',
		decimalen: 0,
		thema: 'Samenleven',
		richting: 'hoger is beter',
		soort: 'subjectief',
		minimumAntwoorden: 50,
		dataset: 'bewonerspanel',
		synth: range(28, 70),
		trend: 0.03,
		ruis: 0.05,
		min: 0,
		max: 100,
	},
];

/** Source line shown with each indicator. */
export function bronVan(ind: BenchIndicator): string {
	return ind.dataset === 'kerncijfers' ? `${CBS} 2017; andere jaren gegenereerd` : DATASETS[ind.dataset].bron;
}

/** indicatoren.yaml, written with JSON strings (valid YAML) so no name needs escaping by hand. */
export function indicatorenYaml(): string {
	const q = (s: string) => JSON.stringify(s);
	const out = [
		'# Indicatoren van het landelijke prestatieportaal (gegenereerd door npm run bench).',
		'themas:',
		...THEMAS.flatMap((t) => [`  - naam: ${q(t.naam)}`, `    omschrijving: ${q(t.omschrijving)}`]),
		'indicatoren:',
	];
	for (const ind of INDICATOREN) {
		out.push(`  - id: ${ind.id}`, `    naam: ${q(ind.naam)}`);
		if (ind.inZin) out.push(`    inZin: ${q(ind.inZin)}`);
		out.push(
			`    omschrijving: ${q(ind.omschrijving)}`,
			`    eenheid: ${q(ind.eenheid)}`,
			`    decimalen: ${ind.decimalen}`,
			`    thema: ${q(ind.thema)}`,
			`    richting: ${q(ind.richting)}`,
			`    soort: ${ind.soort}`,
		);
		if (ind.minimumAntwoorden !== undefined) out.push(`    minimumAntwoorden: ${ind.minimumAntwoorden}`);
		out.push(`    bron: ${q(bronVan(ind))}`, `    licentie: ${q(DATASETS[ind.dataset].licentie)}`);
	}
	return `${out.join('\n')}\n`;
}
