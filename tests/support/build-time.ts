/**
 * The one build time of the test suite: `npm test` builds the demo with it (WIJKPORTAAL_NU,
 * see build-demo.ts) and the browser tests compute what the pages should show with it.
 *
 * 20 November 2026 in the demo content: every news item is in the past (the newest is of
 * 16 November), four activities have ended (September to 12 November, so /activiteiten/
 * shows "Eerder" and those pages say they are over) and eleven are still to come (from
 * 7 December), so the home page and every "Binnenkort" list are full.
 */
export const TEST_BUILD_TIME = '2026-11-20T10:00:00+01:00';

export const testBuildTime = (): Date => new Date(TEST_BUILD_TIME);
