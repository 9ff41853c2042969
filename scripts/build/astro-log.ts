/**
 * Where Astro's log goes during `npm run build` (Astro's `logger` option; Astro loads this
 * file in the build and again in the page renderer). The build prints its own Dutch progress
 * lines, so it asks Astro for warnings and errors only; this leaves out the one warning that
 * is no problem for a portal: a content kind without any files ("The collection … does not
 * exist or is empty"), e.g. a portal without news or activities. Every other warning and
 * error is printed as Astro prints it.
 */
import nodeLog from 'astro/logger/node';

type Destination = ReturnType<typeof nodeLog>;
type LogEvent = Parameters<Destination['write']>[0];

const EMPTY_COLLECTION = /^The collection "[^"]+" does not exist or is empty\b/;

/** A log line that says nothing is wrong. */
export function isNormal(event: Pick<LogEvent, 'level' | 'label' | 'message'>): boolean {
	return event.level === 'warn' && event.label === 'content' && EMPTY_COLLECTION.test(event.message);
}

export default function buildLog(config?: Parameters<typeof nodeLog>[0]): Destination {
	const destination = nodeLog(config);
	return {
		...destination,
		write(event) {
			if (isNormal(event)) return;
			destination.write(event);
		},
	};
}
