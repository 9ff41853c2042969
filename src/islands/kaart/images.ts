/**
 * Images the map draws itself, so it needs no sprite file: the hatching for figures that
 * are not shown, and the numbered markers (a shape per kind, so the kinds stay apart in
 * grey-scale: agenda a square, activity a circle, initiative a diamond). The numbers are
 * drawn with the system font on a canvas: no glyph server.
 */
import type { PointKind } from './data.ts';

const RATIO = 2;

export interface ImageSpec {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

function canvas(size: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
	const c = document.createElement('canvas');
	c.width = size;
	c.height = size;
	const ctx = c.getContext('2d');
	if (!ctx) throw new Error('canvas 2d not available');
	return [c, ctx];
}

const imageOf = (ctx: CanvasRenderingContext2D, size: number): ImageSpec => ({
	width: size,
	height: size,
	data: ctx.getImageData(0, 0, size, size).data,
});

/** Diagonal hatching: the same pattern as the static maps' "cijfer niet getoond". */
export function hatchImage(): { image: ImageSpec; pixelRatio: number } {
	const size = 6 * RATIO;
	const [, ctx] = canvas(size);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, size, size);
	ctx.strokeStyle = '#555555';
	ctx.lineWidth = 1.2 * RATIO;
	ctx.beginPath();
	for (const [x0, y0, x1, y1] of [
		[0, size, size, 0],
		[-size / 6, size / 6, size / 6, -size / 6],
		[(5 * size) / 6, (7 * size) / 6, (7 * size) / 6, (5 * size) / 6],
	] as const) {
		ctx.moveTo(x0, y0);
		ctx.lineTo(x1, y1);
	}
	ctx.stroke();
	return { image: imageOf(ctx, size), pixelRatio: RATIO };
}

export const MARKER_PREFIX = 'punt';
/** "punt-agenda-12": the image id of a numbered marker. */
export const markerId = (kind: PointKind, n: number) => `${MARKER_PREFIX}-${kind}-${n}`;

/** A numbered marker in the colour of its kind, with a white edge. */
export function markerImage(
	id: string,
	colours: Record<PointKind, string>,
): { image: ImageSpec; pixelRatio: number } | undefined {
	const match = /^punt-(agenda|activiteit|initiatief|organisatie)-(\d+)$/.exec(id);
	if (!match) return undefined;
	const kind = match[1] as PointKind;
	const label = match[2]!;
	const css = 12 + Math.max(0, label.length - 2) * 3; // half size in CSS pixels
	const size = 2 * css * RATIO;
	const r = css * RATIO - 2 * RATIO;
	const c = size / 2;
	const [, ctx] = canvas(size);
	ctx.beginPath();
	if (kind === 'agenda') ctx.roundRect(c - r * 0.9, c - r * 0.9, r * 1.8, r * 1.8, 3 * RATIO);
	else if (kind === 'initiatief') {
		ctx.moveTo(c, c - r * 1.05);
		ctx.lineTo(c + r * 1.05, c);
		ctx.lineTo(c, c + r * 1.05);
		ctx.lineTo(c - r * 1.05, c);
		ctx.closePath();
	} else if (kind === 'organisatie') {
		// A hexagon.
		for (let i = 0; i < 6; i++) {
			const angle = (Math.PI / 3) * i;
			ctx.lineTo(c + Math.cos(angle) * r * 1.05, c + Math.sin(angle) * r * 1.05);
		}
		ctx.closePath();
	} else ctx.arc(c, c, r, 0, 2 * Math.PI);
	ctx.fillStyle = colours[kind];
	ctx.fill();
	ctx.lineWidth = 2 * RATIO;
	ctx.strokeStyle = '#ffffff';
	ctx.stroke();
	ctx.fillStyle = '#ffffff';
	ctx.font = `700 ${11 * RATIO}px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	ctx.fillText(label, c, c + RATIO);
	return { image: imageOf(ctx, size), pixelRatio: RATIO };
}
