/** Plain-Dutch explanations of YAML syntax errors (codes from the `yaml` package). */
import { YAML_MAX_DEPTH } from './limits.ts';

/** Anchors (&naam) and aliases (*naam) are refused in content: see yaml-checks.ts. */
export const YAML_ALIAS_MESSAGE =
	'hier staat een YAML-verwijzing: een woord dat begint met & of *. Verwijzingen worden niet gebruikt, omdat ze een klein bestand onleesbaar groot kunnen maken. Schrijf de waarde voluit. Begint de tekst zelf met & of *? Zet de tekst dan tussen aanhalingstekens.';

export const YAML_DEPTH_MESSAGE = `de velden en lijsten zijn hier te diep in elkaar gezet: meer dan ${YAML_MAX_DEPTH} niveaus. Zo diep hoeft het nooit. Vergelijk de inspringing en de haakjes met het voorbeeld in docs/redactie.md.`;

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
	BAD_INDENT: 'deze regel springt niet goed in. Zorg dat velden die bij elkaar horen even ver inspringen, met spaties.',
	BAD_ALIAS: YAML_ALIAS_MESSAGE,
	ALIAS_PROPS: YAML_ALIAS_MESSAGE,
	MULTIPLE_ANCHORS: YAML_ALIAS_MESSAGE,
	RESOURCE_EXHAUSTION: YAML_DEPTH_MESSAGE,
};

const DEFAULT_HINT =
	'de kop (YAML) is hier niet goed te lezen. Controleer de dubbele punten, de inspringing met spaties en de aanhalingstekens op deze regel.';

export function yamlErrorMessage(code: string): string {
	return HINTS[code] ?? DEFAULT_HINT;
}
