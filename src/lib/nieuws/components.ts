/**
 * The components the communications team may use in news MDX. Each takes only plain text
 * attributes ("…"), never code; each becomes ordinary HTML that then passes the sanitiser.
 */
import type { Element, ElementContent } from 'hast';

import type { NewsContext } from './context.ts';

export interface ComponentInput {
	attributes: Record<string, string>;
	/** The component's content, already turned into HTML elements. */
	children: ElementContent[];
	context: NewsContext;
	/** Puts HTML made by the portal itself (a chart) in place, after the editor's text is sanitised. */
	generated: (html: string) => Element;
}

export interface ComponentSpec {
	/** Attribute names and whether each is required. */
	attributes: Record<string, { required: boolean; choices?: readonly string[] }>;
	/** Whether text may stand between the opening and closing tag. */
	children: boolean;
	/** Example shown in messages. */
	example: string;
	/** The HTML, or a Dutch problem. */
	render: (input: ComponentInput) => Element | { problem: string };
	/** Picture files the component publishes (paths inside content/nieuws). */
	images?(attributes: Record<string, string>): string[];
	/** Only on a line of its own, not inside a sentence. */
	block?: boolean;
}

const el = (
	tagName: string,
	className: string[] | undefined,
	children: ElementContent[],
	extra: Element['properties'] = {},
): Element => ({
	type: 'element',
	tagName,
	properties: className ? { className, ...extra } : extra,
	children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

export const KADER_SOORTEN = ['info', 'let-op', 'succes'] as const;
const ALERT: Record<(typeof KADER_SOORTEN)[number], string> = { info: 'info', 'let-op': 'warning', succes: 'ok' };

export const COMPONENTS: Record<string, ComponentSpec> = {
	/** A call-out: a framed block with an optional title. */
	Kader: {
		attributes: { titel: { required: false }, soort: { required: false, choices: KADER_SOORTEN } },
		children: true,
		example: '<Kader titel="Goed om te weten">Tekst</Kader>',
		render({ attributes, children }) {
			const soort = (attributes.soort ?? 'info') as (typeof KADER_SOORTEN)[number];
			const title = attributes.titel
				? [el('p', ['kader__titel'], [el('strong', undefined, [text(attributes.titel)])])]
				: [];
			return el(
				'div',
				['kader', `kader--${soort}`, 'utrecht-alert', `utrecht-alert--${ALERT[soort]}`],
				[el('div', ['utrecht-alert__content'], [el('div', ['utrecht-alert__message'], [...title, ...children])])],
			);
		},
	},
	/** A picture from content/nieuws/ with its alternative text and an optional caption. */
	Figuur: {
		attributes: { bestand: { required: true }, alt: { required: true }, onderschrift: { required: false } },
		children: false,
		example: '<Figuur bestand="beelden/foto.jpg" alt="Wat er op de foto staat" onderschrift="Bijschrift" />',
		render({ attributes, context }) {
			const image = context.image(attributes.bestand!);
			if ('problem' in image) return image;
			const caption = attributes.onderschrift ? [el('figcaption', undefined, [text(attributes.onderschrift)])] : [];
			return el('figure', ['figuur'], [el('img', undefined, [], { src: image.src, alt: attributes.alt! }), ...caption]);
		},
		images: (attributes) => (attributes.bestand ? [attributes.bestand] : []),
	},
	/** A link to an item of a wijkagenda, with its current status. */
	Agendapunt: {
		attributes: { wijk: { required: true }, punt: { required: true } },
		children: false,
		example: '<Agendapunt wijk="de-esch" punt="speeltuin-merelplein" />',
		render({ attributes, context }) {
			const item = context.agendaItem(attributes.wijk!, attributes.punt!);
			if ('problem' in item) return item;
			return el(
				'p',
				['agendapunt-link'],
				[
					text(`Op de wijkagenda van ${item.wijkNaam}: `),
					el('a', undefined, [text(item.titel)], { href: item.href }),
					text(' '),
					el('span', ['agendapunt-link__status'], [text(`(status: ${item.status})`)]),
				],
			);
		},
	},
	/** The trend of a wijkkompas indicator in a wijk: chart, summary in words and table. */
	Grafiek: {
		attributes: { indicator: { required: true }, wijk: { required: true } },
		children: false,
		block: true,
		example: '<Grafiek indicator="inwoners" wijk="de-esch" />',
		render({ attributes, context, generated }) {
			const chart = context.chart(attributes.indicator!, attributes.wijk!);
			if ('problem' in chart) return chart;
			return generated(chart.html);
		},
	},
};
