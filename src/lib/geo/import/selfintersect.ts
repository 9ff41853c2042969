/**
 * Finds where a ring crosses itself (a "bow-tie"), with a sweep over the segments sorted
 * by their left end, so only segments whose ranges overlap are compared. Rings that only
 * touch themselves, or fold back along themselves, are not reported: they draw fine.
 */
export type Point = readonly [number, number];

interface Segment {
	index: number;
	a: Point;
	b: Point;
	minX: number;
	maxX: number;
	minY: number;
	maxY: number;
}

const orient = (p: Point, q: Point, r: Point) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
/**
 * Which side of the line p→q the point r is on: 1, -1, or 0 when it is on the line up to
 * rounding (a vertex on another edge only touches it).
 */
function side(p: Point, q: Point, r: Point): number {
	const o = orient(p, q, r);
	const scale = Math.hypot(q[0] - p[0], q[1] - p[1]) * Math.hypot(r[0] - p[0], r[1] - p[1]);
	return Math.abs(o) <= 1e-10 * scale ? 0 : Math.sign(o);
}
const opposite = (s: number, t: number) => s * t < 0;

/** The first crossing found, or undefined. The ring is closed (last position = first). */
export function findSelfIntersection(ring: readonly Point[]): Point | undefined {
	// Consecutive duplicate positions make zero-length segments: leave them out.
	const points: Point[] = [];
	for (const p of ring) {
		const last = points[points.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
	}
	const count = points.length - 1;
	if (count < 4) return undefined;
	const segments: Segment[] = [];
	for (let i = 0; i < count; i++) {
		const a = points[i]!;
		const b = points[i + 1]!;
		segments.push({
			index: i,
			a,
			b,
			minX: Math.min(a[0], b[0]),
			maxX: Math.max(a[0], b[0]),
			minY: Math.min(a[1], b[1]),
			maxY: Math.max(a[1], b[1]),
		});
	}
	segments.sort((s, t) => s.minX - t.minX);
	for (let k = 0; k < segments.length; k++) {
		const s = segments[k]!;
		for (let l = k + 1; l < segments.length; l++) {
			const t = segments[l]!;
			if (t.minX > s.maxX) break;
			if (t.minY > s.maxY || t.maxY < s.minY) continue;
			const gap = Math.abs(s.index - t.index);
			if (gap === 1 || gap === count - 1) continue; // neighbours share an end
			if (opposite(side(t.a, t.b, s.a), side(t.a, t.b, s.b)) && opposite(side(s.a, s.b, t.a), side(s.a, s.b, t.b))) {
				const d1 = orient(t.a, t.b, s.a);
				const share = d1 / (d1 - orient(t.a, t.b, s.b));
				return [s.a[0] + share * (s.b[0] - s.a[0]), s.a[1] + share * (s.b[1] - s.a[1])];
			}
		}
	}
	return undefined;
}
