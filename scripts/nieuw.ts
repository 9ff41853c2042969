/**
 * `npm run nieuw -- <soort> [<wijk>] "<titel>" [--content <map>]`: makes a new content file
 * from the schema (src/lib/cms/new-file.ts), with a comment above every field. It never
 * overwrites a file and never writes outside the content folder.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CONTENT_KINDS, type ContentKindInfo } from '#lib/cms/content-kinds.ts';
import { freeFileName, newFile, titleFieldOf } from '#lib/cms/new-file.ts';
import { schemaFields } from '#lib/cms/schema-fields.ts';
import { contentPathShower } from '#lib/content/safe-path.ts';
import { closest } from '#lib/content/schema-problems.ts';
import { buildTime } from '#lib/site/build-time.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { SLUG } from '#lib/site/slug.ts';
import { schemas } from '#schemas/index.ts';

import { CONTENT_OPTION, useContentFolder } from './cli/content.ts';
import { type CommandSpec, parseCommandLine, stopWithUsage } from './cli/options.ts';

const KINDS = CONTENT_KINDS.filter((k): k is ContentKindInfo & { nieuw: string } => k.nieuw !== undefined);
const perWijk = (info: ContentKindInfo) => info.place.per === 'wijk' || info.place.per === 'wijkbestand';
const words = (list: readonly ContentKindInfo[]) => list.map((k) => k.nieuw).join(', ');
/** "initiatief en verhaal" */
const wordList = (list: readonly ContentKindInfo[]) => words(list).replace(/, ([^,]+)$/, ' en $1');

const COMMAND = {
	usage: [
		`npm run nieuw -- <soort> <wijk> "<titel>" [--content <map>]   (${words(KINDS.filter(perWijk))})`,
		`npm run nieuw -- <soort> "<titel>" [--content <map>]          (${words(KINDS.filter((k) => !perWijk(k)))})`,
	].join('\n'),
	options: { content: CONTENT_OPTION },
	positionals: [
		{ name: '<soort>', description: `wat u maakt: ${words(KINDS)}` },
		{
			name: '<wijk>',
			description: `de map van de wijk in content/wijken, bijvoorbeeld noordveld (mag ook bij ${wordList(KINDS.filter((k) => !perWijk(k) && schemaFields(schemas[k.kind]).some((f) => f.name === 'wijk')))})`,
		},
		{ name: '"<titel>"', description: 'de titel (bij een organisatie de naam), tussen aanhalingstekens' },
	],
	more: 'Maakt een nieuw bestand met uitleg bij elk veld. Vul de lege velden in en controleer het bestand met npm run check. Uitleg over elk veld staat in docs/redactie.md.',
} satisfies CommandSpec;

function stop(problem: string): never {
	return stopWithUsage(COMMAND, problem);
}

const { values, positionals } = parseCommandLine(COMMAND);
const contentDir = useContentFolder(values.content);
const shown = contentPathShower(contentDir);

const [word, ...rest] = positionals;
if (word === undefined)
	stop('Zeg wat u wilt maken, bijvoorbeeld: npm run nieuw -- agenda noordveld "Nieuwe speeltuin".');
const info = KINDS.find((k) => k.nieuw === word.trim().toLowerCase());
if (!info) {
	const near = closest(
		word,
		KINDS.map((k) => k.nieuw),
	);
	stop(`'${word}' is geen soort die u kunt maken.${near ? ` Bedoelt u ${near}?` : ''} Kies uit: ${words(KINDS)}.`);
}

if (!existsSync(contentDir) || !lstatSync(contentDir).isDirectory())
	stop(`De contentmap ${shown(contentDir)} bestaat niet. Geef de juiste map op met --content <map>.`);

const wijkenDir = join(contentDir, 'wijken');
const wijken =
	existsSync(wijkenDir) && lstatSync(wijkenDir).isDirectory()
		? readdirSync(wijkenDir, { withFileTypes: true })
				.filter((d) => d.isDirectory() && SLUG.test(d.name))
				.map((d) => d.name)
				.sort()
		: [];

const fields = schemaFields(schemas[info.kind]);
const titleField = titleFieldOf(info, fields);
/** Portal-wide kinds with a wijk field (initiatief, verhaal) may name the wijk too. */
const takesWijk = perWijk(info) || fields.some((f) => f.name === 'wijk');
const titleNeeded = info.titleField !== undefined;

let wijk: string | undefined;
let titel: string | undefined;
if (perWijk(info) || rest.length > 1) {
	if (!takesWijk)
		stop(`Een ${info.singular} hoort niet bij één wijk. Schrijf: npm run nieuw -- ${info.nieuw} "<titel>".`);
	[wijk, titel] = rest;
} else [titel] = rest;

if (perWijk(info) && (wijk === undefined || wijk.trim() === '')) {
	stop(`Bij een ${info.singular} hoort een wijk. Schrijf: npm run nieuw -- ${info.nieuw} <wijk> "<titel>".`);
}
if (wijk !== undefined && !wijken.includes(wijk)) {
	const near = closest(wijk, wijken);
	stop(
		wijken.length
			? `De wijk '${wijk}' bestaat niet.${near ? ` Bedoelt u ${near}?` : ''} Deze wijken zijn er: ${wijken.join(', ')}.`
			: `De wijk '${wijk}' bestaat niet: er staan nog geen wijken in ${shown(wijkenDir)}.`,
	);
}

titel = titel?.replace(/\s+/g, ' ').trim();
if (titel === '' || (titel === undefined && titleNeeded)) {
	const noun = titleField === 'naam' ? 'naam' : 'titel';
	stop(
		`De ${noun} ${titel === '' ? 'is leeg' : 'ontbreekt'}. Zet de ${noun} tussen aanhalingstekens, bijvoorbeeld "Nieuwe speeltuin".`,
	);
}
if (titel !== undefined && /[\u0000-\u001f\u007f]/.test(titel))
	stop('De titel bevat een onzichtbaar teken. Typ de titel opnieuw.');

const place = info.place;
let target: string;
if (place.per === 'wijkbestand') {
	target = join(wijkenDir, wijk!, place.file);
	if (existsSync(target))
		stop(
			`De wijk ${wijk} heeft al een ${info.singular}: ${shown(target)}. Er is maar één per wijk; pas dat bestand aan.`,
		);
} else if (place.per === 'wijk' || place.per === 'portaal') {
	const folder = place.per === 'wijk' ? join(wijkenDir, wijk!, place.folder) : join(contentDir, place.folder);
	// A link in the content folder could point outside it; the check refuses links too.
	if (existsSync(folder) && !lstatSync(folder).isDirectory())
		stop(`${shown(folder)} is geen gewone map. Maak er een gewone map van en probeer het opnieuw.`);
	const name = freeFileName(titel!, (n) => existsSync(join(folder, `${n}.${info.extension}`)));
	if (!name)
		stop(`Van de titel '${titel}' kan geen bestandsnaam worden gemaakt. Gebruik ook letters of cijfers in de titel.`);
	target = join(folder, `${name}.${info.extension}`);
} else {
	stop(`Een ${info.singular} maakt u niet met npm run nieuw.`);
}

const known: Record<string, string> = {};
if (titel !== undefined && titleField) known[titleField] = titel;
if (wijk !== undefined && !perWijk(info)) known.wijk = wijk;
const made = newFile({ info, fields, values: known, today: amsterdamDay(buildTime()) });

mkdirSync(join(target, '..'), { recursive: true });
try {
	// 'wx': never overwrite, also when another file appeared in the meantime.
	writeFileSync(target, made.text, { flag: 'wx' });
} catch {
	console.error(`Het bestand ${shown(target)} kon niet worden gemaakt. Bestaat het al? Kies dan een andere titel.`);
	process.exit(1);
}

console.log(`Nieuw bestand gemaakt: ${shown(target)}`);
if (made.toFill.length) console.log(`Vul nog in: ${made.toFill.join(', ')}.`);
if (info.body)
	console.log(
		`${info.body.label}: schrijf deze tekst onder de tweede regel met streepjes (---)${made.bodyRequired ? '; dat is verplicht' : ', als u wilt'}.`,
	);
console.log('Uitleg staat bij elk veld in het bestand. Controleer het bestand daarna met: npm run check');
