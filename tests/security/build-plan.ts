/**
 * Puts accepted payloads together so that a few builds cover them all. The payloads a place
 * accepted are spread over the same field elsewhere in the portal (its siblings: other
 * buurten, other agenda items), a few per value, so that every value stays short (a value
 * that becomes a file name stays within what a file system allows) and many pages carry
 * them. Oversized payloads get portals of their own, so a failure they cause hides nothing
 * else. When the check refuses a combination (a length limit, two values that now clash),
 * the payloads it names move on to the next portal, until every portal passes the check.
 */
import { loadContent } from '#lib/content/load.ts';
import type { Problem } from '#lib/content/problem.ts';
import { slugify } from '#lib/site/slug.ts';

import { attribute, type Mode, valueFor } from './classify.ts';
import type { Payload } from './payloads.ts';
import type { Place } from './places.ts';
import type { Edit, PortalCopy } from './portal.ts';

export interface BuildGroup {
	/** Place (a place or one of its siblings) → the payloads it gets, in order. */
	payloads: Map<Place, Payload[]>;
	/** How each place gets them: after its own text, or instead of it. */
	modes: Map<Place, Mode>;
	/** The place each sibling stands in for. */
	base: Map<Place, Place>;
	/** A word of plain letters after the payloads, unique per place: where it shows, the place shows. */
	markers: Map<Place, string>;
}

export interface Plan {
	groups: BuildGroup[];
	/** Accepted on their own but in no portal that was built (refused in every combination, or more portals needed). */
	left: { place: Place; payload: Payload; mode: Mode; problems: Problem[] }[];
	runs: number;
}

export interface PlanOptions {
	/** Places whose value becomes part of a file or folder name in the built site. */
	pathPlaces?: Set<string>;
	maxGroupsPerSet?: number;
	/** Longest combined value. */
	maxChars?: number;
	/** Longest file name a value may turn into. */
	maxSlugChars?: number;
}

export function editsOf(group: BuildGroup): Edit[] {
	return [...group.payloads].map(([place, payloads]) => ({
		place,
		value: valueFor(place, [...payloads.map((p) => p.text), group.markers.get(place)!], group.modes.get(place)!),
	}));
}

let markers = 0;
const nextMarker = () => `Qzmerk${(++markers).toString(36)}kq`;
/** Marker words as they appear in page text. */
export const MARKER_PATTERN = /Qzmerk[0-9a-z]+kq/g;

/**
 * @param accepted per mode: place → payloads accepted there. Both modes share one set of
 *   portals: a place and its siblings take payloads of either mode, one mode per value.
 */
export function planBuilds(
	copy: PortalCopy,
	accepted: Map<Mode, Map<Place, Payload[]>>,
	options: PlanOptions = {},
): Plan {
	const { pathPlaces = new Set(), maxGroupsPerSet = 4, maxChars = 3000, maxSlugChars = 200 } = options;
	const groups: BuildGroup[] = [];
	const left: Plan['left'] = [];
	let runs = 0;
	type Key = { base: Place; mode: Mode };
	for (const oversized of [false, true]) {
		let input = new Map<Key, Payload[]>();
		for (const [mode, byPlace] of accepted) {
			for (const [base, all] of byPlace) {
				const payloads = all.filter((p) => (p.family === 'size') === oversized);
				if (payloads.length) input.set({ base, mode }, payloads);
			}
		}
		for (let g = 0; input.size; g++) {
			const next = new Map<Key, Payload[]>();
			const keys = new Map<string, Key>();
			const later = (key: Key, payloads: Payload[], problems: Problem[] = []) => {
				if (!payloads.length) return;
				if (g + 1 >= maxGroupsPerSet)
					left.push(...payloads.map((payload) => ({ place: key.base, payload, mode: key.mode, problems })));
				else {
					const id = `${key.base.id} ${key.mode}`;
					const own = keys.get(id) ?? key;
					keys.set(id, own);
					next.set(own, [...(next.get(own) ?? []), ...payloads]);
				}
			};
			const group: BuildGroup = { payloads: new Map(), modes: new Map(), base: new Map(), markers: new Map() };
			const keyOf = new Map<Place, Key>();
			for (const [key, payloads] of input) {
				spread(key, payloads, group, keyOf, later, (slot, list) => {
					const value = valueFor(slot, [...list.map((p) => p.text), 'Qzmerk00kq'], key.mode);
					return value.length <= maxChars && (!pathPlaces.has(key.base.id) || slugify(value).length <= maxSlugChars);
				});
			}
			for (const slot of group.payloads.keys()) group.markers.set(slot, nextMarker());

			let problems: Problem[] = [];
			for (let round = 0; round < 50 && group.payloads.size; round++) {
				const located = copy.apply(editsOf(group));
				runs++;
				problems = loadContent(copy.contentDir).problems;
				if (!problems.length) break;
				const { about, unclear } = attribute(problems, [...group.payloads.keys()], located);
				if (about.size) {
					// A combination refused at a place: half of its payloads stay, the other half moves on.
					for (const [slot, own] of about) {
						const payloads = group.payloads.get(slot)!;
						const half = Math.floor(payloads.length / 2);
						if (half === 0) group.payloads.delete(slot);
						else group.payloads.set(slot, payloads.slice(0, half));
						later(keyOf.get(slot)!, payloads.slice(half), half === 0 ? own : []);
					}
				} else {
					// Nobody named for sure: half of the places in question move on.
					const named = unclear.size ? [...unclear] : [...group.payloads.keys()];
					for (const slot of named.length === 1 ? named : named.slice(Math.ceil(named.length / 2))) {
						later(keyOf.get(slot)!, group.payloads.get(slot)!, problems);
						group.payloads.delete(slot);
					}
				}
			}
			copy.restore();
			if (problems.length)
				for (const [slot, payloads] of group.payloads)
					left.push(
						...payloads.map((payload) => ({
							place: group.base.get(slot)!,
							payload,
							mode: group.modes.get(slot)!,
							problems,
						})),
					);
			else if (group.payloads.size) groups.push(group);
			input = next;
		}
	}
	return { groups, left, runs };
}

/** Spreads payloads evenly over a place and its free siblings; what does not fit waits for the next portal. */
function spread(
	key: { base: Place; mode: Mode },
	payloads: Payload[],
	group: BuildGroup,
	keyOf: Map<Place, { base: Place; mode: Mode }>,
	later: (key: { base: Place; mode: Mode }, payloads: Payload[]) => void,
	fits: (slot: Place, list: Payload[]) => boolean,
): void {
	// The two modes take the slots from opposite ends, each about half of them.
	const all = [key.base, ...key.base.siblings];
	const slots = (key.mode === 'replace' ? all.reverse() : all).filter((slot) => !group.payloads.has(slot));
	const per = Math.ceil(payloads.length / Math.max(1, Math.ceil((key.base.siblings.length + 1) / 2)));
	const waiting: Payload[] = [];
	let k = 0;
	let chunk: Payload[] = [];
	const close = () => {
		if (chunk.length) {
			const slot = slots[k]!;
			group.payloads.set(slot, chunk);
			group.modes.set(slot, key.mode);
			group.base.set(slot, key.base);
			keyOf.set(slot, key);
			k++;
		}
		chunk = [];
	};
	for (const payload of payloads) {
		if (chunk.length && (chunk.length >= per || !fits(slots[k]!, [...chunk, payload]))) close();
		if (k >= slots.length) waiting.push(payload);
		else chunk.push(payload);
	}
	close();
	later(key, waiting);
}
