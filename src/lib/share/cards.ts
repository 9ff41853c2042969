/**
 * Which share image (OpenGraph, Twitter card) each article gets: its own picture, cut to
 * 1200×630, or a card made from its title. Every other page shares the portal's card.
 */
import { imageFormatOfName } from '#lib/content/image-file.ts';
import { urls } from '#lib/site/urls.ts';

import { CARD_HEIGHT, CARD_WIDTH, type CardText } from './card-svg.ts';

export type ShareSoort = 'nieuws' | 'initiatieven' | 'verhalen';

export const SHARE_LABELS: Record<ShareSoort, string> = {
	nieuws: 'Nieuws',
	initiatieven: 'Bewonersinitiatief',
	verhalen: 'Verhaal',
};

export interface ShareImage {
	/** Path on the portal's own site. */
	src: string;
	width: number;
	height: number;
	alt: string;
	type: 'image/png' | 'image/jpeg';
}

export interface ShareArticle {
	soort: ShareSoort;
	slug: string;
	/** Path of the article's page. */
	page: string;
	titel: string;
	/** Wijk folders it is about. */
	wijken: readonly string[];
	/** Its own picture, as a path inside the content folder, if any (and if it may be shown). */
	picture?: { contentPath: string; alt: string };
}

export interface ShareCard {
	soort: ShareSoort;
	slug: string;
	page: string;
	image: ShareImage;
	/** Set when the image is made from the article's own picture. */
	picture?: { contentPath: string; alt: string };
	/** The text of the card, when there is no picture. */
	card: CardText;
}

/** Pictures sharp can cut: not SVG (drawings from content are never rasterised here). */
const isPhoto = (name: string) => {
	const format = imageFormatOfName(name);
	return !!format && format !== 'svg';
};

export function shareCards(
	articles: readonly ShareArticle[],
	site: { portal: string; wijken: ReadonlyMap<string, { naam: string; accentkleur?: string }> },
): ShareCard[] {
	return articles.map((article) => {
		const only = article.wijken.length === 1 ? site.wijken.get(article.wijken[0]!) : undefined;
		const label = [SHARE_LABELS[article.soort], only?.naam].filter(Boolean).join(' · ');
		const card: CardText = { portal: site.portal, label, title: article.titel, colour: only?.accentkleur };
		const picture = article.picture && isPhoto(article.picture.contentPath) ? article.picture : undefined;
		const image: ShareImage = picture
			? {
					src: urls.deelbeeld(article.soort, article.slug, 'jpg'),
					width: CARD_WIDTH,
					height: CARD_HEIGHT,
					alt: picture.alt,
					type: 'image/jpeg',
				}
			: {
					src: urls.deelbeeld(article.soort, article.slug, 'png'),
					width: CARD_WIDTH,
					height: CARD_HEIGHT,
					alt: `${label}: ${article.titel}`,
					type: 'image/png',
				};
		return { soort: article.soort, slug: article.slug, page: article.page, image, picture, card };
	});
}

/** The share image of every page that is not an article. */
export function portalShareImage(portal: string): ShareImage {
	return {
		src: urls.deelbeeldPortaal(),
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		alt: portal,
		type: 'image/png',
	};
}
