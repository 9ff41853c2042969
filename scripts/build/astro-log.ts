/**
 * Where Astro's log goes during `npm run build` (Astro's `logger` option; Astro loads this
 * file in the build and again in the page renderer). The build prints its own Dutch progress
 * lines, so it asks Astro for warnings and errors only. Two of those are left out:
 * - a content kind without any files ("The collection … does not exist or is empty"), e.g. a
 *   portal without news or activities: that is no problem for a portal;
 * - an error a page throws as a ContentError: a content mistake that the build reports
 *   itself, in Dutch and without a stack trace (see content-error.ts).
 * Every other warning and error is printed as Astro prints it.
 */
import nodeLog from 'astro/logger/node';

type Destination = ReturnType<typeof nodeLog>;
type LogEvent = Parameters<Destination['write']>[0];

const EMPTY_COLLECTION = /^The collection "[^"]+" does not exist or is empty\b/;

/** A log line that the build leaves out: nothing is wrong, or the build says it in Dutch. */
export function isLeftOut(event: Pick<LogEvent, 'level' | 'label' | 'message'>): boolean {
	if (event.level === 'warn') return event.label === 'content' && EMPTY_COLLECTION.test(event.message);
	return event.level === 'error' && /\bContentError\b/.test(event.message);
}

export default function buildLog(config?: Parameters<typeof nodeLog>[0]): Destination {
	const destination = nodeLog(config);
	return {
		...destination,
		write(event) {
			if (isLeftOut(event)) return;
			destination.write(event);
		},
	};
}
