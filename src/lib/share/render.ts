/**
 * Share images made at build time with sharp: a card (card-svg.ts) as PNG, or an article's
 * own picture cut to 1200×630 as JPEG. Nothing is fetched; sharp keeps no metadata (no EXIF
 * location) unless asked to.
 */
import sharp from 'sharp';

import { CARD_HEIGHT, CARD_WIDTH, cardSvg, type CardText } from './card-svg.ts';

/**
 * Plain PNG with the default compression: about 20 ms and 50 kB a card. A palette halves the
 * file but takes some 15 times as long, which counts on a portal with thousands of articles.
 */
export async function cardPng(text: CardText): Promise<Buffer> {
	return sharp(Buffer.from(cardSvg(text)), { density: 72 })
		.resize(CARD_WIDTH, CARD_HEIGHT)
		.png()
		.toBuffer();
}

/** An article's own picture (PNG, JPEG, WebP, AVIF, GIF) as a 1200×630 JPEG, the middle kept. */
export async function pictureJpeg(bytes: Uint8Array): Promise<Buffer> {
	return (
		sharp(bytes, { animated: false, limitInputPixels: 40_000_000 })
			.rotate()
			.resize(CARD_WIDTH, CARD_HEIGHT, { fit: 'cover', position: 'attention' })
			.flatten({ background: '#ffffff' })
			// Without mozjpeg: some 45 ms a picture instead of 340 ms, for a file a little larger.
			.jpeg({ quality: 82, progressive: true })
			.toBuffer()
	);
}
