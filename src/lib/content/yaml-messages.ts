/** Plain-Dutch explanations of YAML syntax errors (codes from the `yaml` package). */
const HINTS: Record<string, string> = {
	DUPLICATE_KEY: 'een veld staat twee keer in de kop. Laat één van de twee staan.',
	TAB_AS_INDENT: 'deze regel springt in met een tab. Gebruik spaties om in te springen.',
	MISSING_CHAR:
		'er ontbreekt een teken, bijvoorbeeld een sluitend aanhalingsteken of haakje. Controleer de aanhalingstekens en haakjes op deze regel.',
	BAD_SCALAR_START:
		'deze tekst begint met een teken dat in YAML een eigen betekenis heeft. Zet de hele tekst tussen aanhalingstekens.',
	BLOCK_AS_IMPLICIT_KEY:
		'deze regel is niet goed te lezen. Controleer of er na de naam van het veld een dubbele punt en een spatie staat, en of de regel even ver inspringt als de regels erboven.',
	MULTILINE_IMPLICIT_KEY:
		'deze regel is niet goed te lezen. Controleer of er na de naam van het veld een dubbele punt en een spatie staat. Staat er een dubbele punt in de tekst zelf? Zet de tekst dan tussen aanhalingstekens.',
	BAD_INDENT:
		'deze regel springt niet goed in. Zorg dat velden die bij elkaar horen even ver inspringen, met spaties.',
};

const DEFAULT_HINT =
	'de kop (YAML) is hier niet goed te lezen. Controleer de dubbele punten, de inspringing met spaties en de aanhalingstekens op deze regel.';

export function yamlErrorMessage(code: string): string {
	return HINTS[code] ?? DEFAULT_HINT;
}
