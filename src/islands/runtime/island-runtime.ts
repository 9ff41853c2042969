/**
 * Astro's island runtime as a file of the site instead of an inline script. Astro writes the
 * `<astro-island>` element's code and the client directive inline before the first island; inline
 * scripts break the portal's Content-Security-Policy, so src/middleware.ts removes them and every
 * page with an island loads this module (about 2 kB) instead. It registers the one directive the
 * portal uses (`client:gebruik`, src/islands/runtime/use-directive.ts) and defines
 * `<astro-island>`, which then hydrates each island when its directive says so. It also marks
 * the page as running JavaScript (`met-js` on <html>), which hides notes for readers without it.
 */
import './register-directive.ts';
import 'astro/runtime/server/astro-island.js';

// Notes meant only for readers without JavaScript (class `zonder-js`) are hidden from here on.
document.documentElement.classList.add('met-js');
