/**
 * While Astro builds, its logger prints each error a page throws, in English and with a stack
 * trace. A ContentError is a content mistake that the build reports itself, in Dutch (see
 * content-error.ts), so Astro's own lines about it are left out. Each line of Astro's logger
 * is one write to stderr.
 */
export function hideContentErrorLogs(): () => void {
	const stderr = process.stderr;
	// Kept unbound on purpose: it is called with `.call(this)` and put back exactly as it was.
	// eslint-disable-next-line @typescript-eslint/unbound-method
	const write = stderr.write;
	stderr.write = function (this: typeof stderr, chunk: unknown, ...rest: unknown[]): boolean {
		if (typeof chunk === 'string' && chunk.includes('[ERROR]') && /\bContentError\b/.test(chunk)) {
			const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
			if (done) process.nextTick(done);
			return true;
		}
		return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
	};
	return () => {
		stderr.write = write;
	};
}
