/**
 * The one list of link protocols. Web addresses in content fields (schemas/fields.ts) may
 * only use WEB_SCHEMES; links in texts (sanitize.ts) may also open a mail or phone app.
 */
export const WEB_SCHEMES = ['https', 'http'] as const;

/** Links may go to the web, to a mail or phone app, or stay on the portal. */
export const LINK_SCHEMES = [...WEB_SCHEMES, 'mailto', 'tel'] as const;

/** The allowed beginnings of a link, for messages: "https://, http://, mailto: of tel:". */
export const LINK_BEGINNINGS = `${LINK_SCHEMES.slice(0, -1)
	.map((scheme) => ((WEB_SCHEMES as readonly string[]).includes(scheme) ? `${scheme}://` : `${scheme}:`))
	.join(', ')} of ${LINK_SCHEMES.at(-1)}:`;
