/**
 * Moves the map to an area or a point picked in the list: smoothly, or instantly when the
 * visitor prefers reduced motion.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';

import { bboxOf } from './data.ts';
import type { Target } from './target.ts';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function moveTo(map: MapLibreMap, target: Target): void {
	// This check decides (`essential` keeps MapLibre from second-guessing it), so reduced
	// motion is honoured here, in one place, and the tests can see that it is.
	const animate = !reducedMotion();
	if (target.kind === 'area') {
		const box = bboxOf([target.feature])!;
		map.fitBounds(box as LngLatBoundsLike, {
			padding: 40,
			maxZoom: 16,
			animate,
			duration: animate ? 800 : 0,
			essential: true,
		});
	} else {
		const center = target.feature.geometry.coordinates as [number, number];
		const zoom = Math.max(map.getZoom(), 15);
		if (animate) map.easeTo({ center, zoom, duration: 800, essential: true });
		else map.jumpTo({ center, zoom });
	}
}
