/**
 * Every limit on what content and imported files may contain, in one place. Content is
 * data written by many hands (volunteers, the communication team, an importer run on a
 * file from elsewhere); these limits make a mistaken or hostile file stop with a Dutch
 * message instead of crashing the check, hanging the build or filling a page with
 * nonsense. Each limit is far above anything real content needs (measured against the
 * demo portal, a generated national portal and the real CBS and municipal files).
 */
import type { Eenheid } from '#schemas/indicatoren.ts';

const MB = 1024 * 1024;

/**
 * Content written by hand: .md, .mdx and .yaml files (and an import's koppeling). The
 * largest real ones are a few tens of kB (a national portaal.yaml with 400 gemeenten is
 * 25 kB); 1 MB of text is a small book.
 */
export const TEXT_FILE_MAX_BYTES = 1 * MB;

/**
 * Data files read on every build: value files (content/indicatoren/waarden/*.json) and the
 * geometry file (content/geo/gebieden.topojson). A national portal (every gemeente, wijk
 * and buurt, 20 indicators over 5 years) has value files of at most 50 MB and a 3 MB
 * geometry file. Five times that still fits in the build's 2 GB of memory.
 */
export const DATA_FILE_MAX_BYTES = 256 * MB;

/**
 * Source files given to an importer (CSV, OData JSON, Excel, GeoJSON, TopoJSON). The CBS
 * key figures of the whole country are 2.5 MB as CSV; full-detail boundary files of the
 * whole country are a few hundred MB. JavaScript cannot hold a text of more than about
 * 512 MB, so a larger file could not be read at all.
 */
export const IMPORT_FILE_MAX_BYTES = 500 * MB;

/**
 * Characters on one line of a .md, .mdx or .yaml file. Editors write paragraphs of a few
 * hundred characters; a longer line is pasted data or an attack on the parsers. JSON files
 * have no line limit: importers write a geometry file on one line.
 */
export const LINE_MAX_CHARS = 10_000;

/**
 * Nesting of YAML (lists in fields in lists …). Content needs at most 4 levels (e.g. an
 * import's jaren → 2023 → indicator → kolom); deep nesting makes the YAML parser slow.
 */
export const YAML_MAX_DEPTH = 20;

/**
 * Nesting of JSON arrays and objects. A value file needs 3 levels, a geometry file 8
 * (objects → level → geometries → geometry → arcs → polygon → ring); deeper data would
 * make the code that walks it run out of stack.
 */
export const JSON_MAX_DEPTH = 64;

/**
 * Characters in one cell of an imported table (CSV, Excel, OData JSON). Real cells are
 * names, codes and numbers; the longest are StatLine column titles of about 100
 * characters.
 */
export const CELL_MAX_CHARS = 10_000;

/**
 * Rows of an imported table. The CBS key figures of the whole country are 16,667 rows; a
 * monitor CSV of one municipality (one figure per row) has tens of thousands.
 */
export const IMPORT_MAX_ROWS = 2_000_000;

/** A value an editor typed, quoted in a message, is cut after this many characters. */
export const QUOTE_MAX_CHARS = 80;

/**
 * The answers behind a panel figure (`n`): a survey of the whole country has millions of
 * answers at most.
 */
export const N_MAX = 1_000_000_000;

/**
 * The range a figure can have in each unit, both ends included. Wide enough for every real
 * figure (including small areas where "per 1.000 inwoners" runs into the thousands and
 * negative averages of wealth), narrow enough that a typing mistake like 1e308 or a
 * percentage of a million is refused instead of shown.
 */
export const VALUE_RANGE: Record<Eenheid, readonly [min: number, max: number]> = {
	// People, homes, events: never negative; the Netherlands has 18 million inhabitants.
	aantal: [0, 1e9],
	// Shares are 0–100; a change can fall to −100% and grow to a few hundred percent.
	procent: [-100, 1000],
	// Averages of income, wealth (negative for some buurten), home values, budgets.
	euro: [-1e12, 1e12],
	// A report mark (rapportcijfer).
	cijfer: [0, 10],
	// Small areas with few inhabitants can have thousands per 1,000; balances can be negative.
	'per 1.000 inwoners': [-1e6, 1e6],
	// Densities: the densest buurten have tens of thousands per km².
	'per km²': [0, 1e7],
	'personen per huishouden': [0, 100],
	// Distances and lengths; the earth is 40,000 km around.
	km: [0, 100_000],
	// Ages and durations.
	jaar: [0, 10_000],
	// An index around a base value (usually 100); may be below zero.
	index: [-1e6, 1e6],
};

/** The largest figure any unit allows: a bound for a value whose unit is not known. */
export const VALUE_MAX_ABS = Math.max(...Object.values(VALUE_RANGE).flatMap(([min, max]) => [-min, max]));
