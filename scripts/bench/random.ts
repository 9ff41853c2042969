/** Small deterministic random numbers: the same content on every run and every machine. */

export type Random = () => number;

/** FNV-1a hash of a string, as an unsigned 32-bit seed. */
export function hashSeed(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Mulberry32: a fast seeded generator of numbers in [0, 1). */
export function seeded(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const randomFor = (key: string): Random => seeded(hashSeed(key));

/** A number between `min` and `max`. */
export const between = (r: Random, min: number, max: number) => min + r() * (max - min);
