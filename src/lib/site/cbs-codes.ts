/**
 * The forms of area codes the portal accepts, in one place. CBS codes are not always digits:
 * since 2022 Amsterdam's wijk and buurt codes contain capital letters (WK0363AF, BU0363AF01).
 * A gemeente code is GM + 4 digits; a wijk code adds 2 digits or capitals, a buurt code 2 more.
 * An own area of the municipality (eigen gebied) is `<indeling>/<gebied>`: two slugs.
 */
export const GEMEENTE_CODE = /^GM\d{4}$/;
export const WIJK_CODE = /^WK\d{4}[0-9A-Z]{2}$/;
export const BUURT_CODE = /^BU\d{4}[0-9A-Z]{4}$/;
/** Any CBS area code: gemeente, wijk or buurt. */
export const CBS_CODE = /^(?:GM\d{4}|WK\d{4}[0-9A-Z]{2}|BU\d{4}[0-9A-Z]{4})$/;
/** An own area: indeling slug and gebied slug, e.g. `subwijken/lunetten-noord`. */
export const EIGEN_GEBIED_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The GM code a CBS code lies in: GM0344, WK034401 and BU0363AF01 → GM0344 / GM0363. */
export const gemeenteOfCode = (code: string): string => `GM${code.slice(2, 6)}`;

/** The WK code a buurt code lies in: BU0363AF01 → WK0363AF. */
export const wijkOfBuurtCode = (code: string): string => `WK${code.slice(2, 8)}`;

/** How editors are told the code forms, in messages. */
export const CODE_FORMS = {
	gemeente: 'GM en 4 cijfers, bijvoorbeeld GM0344',
	wijk: 'WK en 6 cijfers of hoofdletters (de eerste 4 zijn de gemeente), bijvoorbeeld WK034401 of WK0363AF',
	buurt: 'BU en 8 cijfers of hoofdletters (de eerste 4 zijn de gemeente), bijvoorbeeld BU03440111 of BU0363AF01',
} as const;
