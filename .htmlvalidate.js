/**
 * html-validate for every built page (tests/e2e/valid-html.spec.ts). The recommended preset
 * holds, WCAG rules included; each change below says why the built HTML is still valid HTML5.
 */

/** Pagefind reads its filters, sort keys and meta from `<meta data-pagefind-… content>` in the head. */
const pagefindMeta = (node) =>
	node.hasAttribute('data-pagefind-meta') ||
	node.hasAttribute('data-pagefind-filter') ||
	node.hasAttribute('data-pagefind-sort');

export default {
	root: true,
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		{
			meta: {
				attributes: {
					content: {
						allowed: (node) =>
							pagefindMeta(node) ||
							['name', 'http-equiv', 'itemprop', 'property'].some((name) => node.hasAttribute(name))
								? null
								: 'requires "name", "http-equiv", "itemprop" or "property" attribute to be present',
					},
				},
			},
		},
	],
	rules: {
		// React renders its own prop names (autoComplete, enterKeyHint) in the search islands;
		// HTML attribute names are case-insensitive.
		'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
		// React's useId gives ids such as "_r2R_0_"; HTML5 allows any id without spaces.
		'valid-id': ['error', { relaxed: true }],
		// Astro leaves out the slash of a void element, React writes `<input/>`; both are valid HTML5.
		'void-style': 'off',
		// Figure tables (class stack-table) become blocks on a small screen, which removes their
		// table meaning in browsers; the explicit roles give it back.
		'no-redundant-role': 'off',
		// A title is the item's name, its wijk and the portal's name, as editors wrote them;
		// a search engine shortening a long title is harmless (tests/e2e/unique-meta.spec.ts
		// checks that every title is there and unique).
		'long-title': 'off',
	},
};
