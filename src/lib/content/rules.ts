/**
 * Rules that span fields and files: codes that must fit together, dates in order,
 * references to wijken, buurten and thema's that must exist, pictures that must be there,
 * consent for names, contrast of accent colours, and no HTML in wijkplatform texts.
 */
import { dirname, isAbsolute, join } from 'node:path';

import { containsHtml, findUnsafeMarkdown, type MarkdownFinding } from '#lib/markdown/safety.ts';
import { contrastRatio, MIN_CONTRAST } from '#lib/site/contrast.ts';
import { slugify } from '#lib/site/slug.ts';
import { isPackageCss, resolveTokens } from '#lib/site/theme.ts';
import type { Activiteit } from '#schemas/activiteit.ts';
import type { AgendaItem } from '#schemas/agenda.ts';
import type { Nieuws } from '#schemas/nieuws.ts';
import type { Gemeente, Portaal } from '#schemas/portaal.ts';
import type { Wijk } from '#schemas/wijk.ts';

import { checkImageFile, IMAGE_EXTENSION_LIST, imageFormatOfName } from './image-file.ts';
import type { ParsedFile } from './parse-file.ts';
import { fieldName, type FieldPath, type Problem } from './problem.ts';
import { quoted } from './quote.ts';
import { checkContentPath } from './safe-path.ts';

export interface Loaded<T> {
	file: ParsedFile;
	data: T;
}

export interface PortalContent {
	portaal: Loaded<Portaal>;
	wijken: Loaded<Wijk>[];
	agenda: Loaded<AgendaItem>[];
	activiteiten: Loaded<Activiteit>[];
	nieuws: Loaded<Nieuws>[];
}

const ratio = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

function reporter(problems: Problem[]) {
	return (file: ParsedFile, path: FieldPath, message: string) =>
		problems.push({ file: file.file.shownPath, line: file.lineOf(path), field: fieldName(path) || undefined, message });
}

/** The gemeente whose CBS digits start a wijk code (WK999901 → GM9999). */
export function gemeenteOfWijk(gemeenten: Gemeente[], wijkCode: string): Gemeente | undefined {
	return gemeenten.find((g) => wijkCode.slice(2, 6) === g.code.slice(2));
}

/**
 * @param wijkFolders every wijk folder that exists, also those whose wijk.md has mistakes
 *   of its own: references to them are not reported again.
 */
export function checkRules(content: Partial<PortalContent> & Omit<PortalContent, 'portaal'>, wijkFolders: string[]): Problem[] {
	const problems: Problem[] = [];
	const report = reporter(problems);
	const portaal = content.portaal;
	const gemeenten = portaal?.data.gemeenten ?? [];

	// The portal: each gemeente once, and a theme that can be found.
	if (portaal) {
		try {
			resolveTokens(portaal.data.uiterlijk.tokens);
		} catch {
			report(portaal.file, ['uiterlijk', 'tokens'], !isPackageCss(portaal.data.uiterlijk.tokens)
				? `${quoted(portaal.data.uiterlijk.tokens)} is geen CSS-bestand uit een npm-pakket. Het thema komt altijd uit een geïnstalleerd pakket met design tokens, bijvoorbeeld "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css"; een pad naar een ander bestand op de computer is niet toegestaan.`
				: `het thema ${quoted(portaal.data.uiterlijk.tokens)} is niet gevonden. Installeer het npm-pakket met de design tokens (npm install <pakket>), of verbeter de naam of het pad van het CSS-bestand.`);
		}
		const seen = new Set<string>();
		gemeenten.forEach((g, i) => {
			if (seen.has(g.code)) report(portaal.file, ['gemeenten', i, 'code'], `de code ${g.code} staat twee keer in de lijst van gemeenten. Elke gemeente staat er één keer in.`);
			seen.add(g.code);
		});
	}

	// Wijken and their buurten.
	const wijkBySlug = new Map<string, Loaded<Wijk>>();
	const wijkCodes = new Map<string, ParsedFile>();
	const buurtCodes = new Map<string, ParsedFile>();
	for (const wijk of content.wijken) {
		const { file, data } = wijk;
		wijkBySlug.set(file.file.id, wijk);
		const gemeente = gemeenteOfWijk(gemeenten, data.code);
		if (portaal && !gemeente) {
			const known = gemeenten.map((g) => `${g.code.slice(2)} (${g.naam})`).join(', ');
			report(file, ['code'], `de code ${data.code} hoort niet bij een gemeente van dit portaal. Een wijkcode begint met WK en de vier cijfers van de gemeente: ${known}. Verbeter de code.`);
		}
		const other = wijkCodes.get(data.code);
		if (other) report(file, ['code'], `de code ${data.code} wordt ook gebruikt in ${other.file.shownPath}. Elke wijk heeft een eigen code.`);
		else wijkCodes.set(data.code, file);

		if (gemeente && data.stadsdeel !== undefined && !gemeente.stadsdelen.includes(data.stadsdeel)) {
			report(file, ['stadsdeel'], gemeente.stadsdelen.length
				? `${quoted(data.stadsdeel)} is geen stadsdeel van ${gemeente.naam}. Kies uit: ${gemeente.stadsdelen.join(', ')}.`
				: `${gemeente.naam} heeft geen stadsdelen in portaal.yaml. Haal dit veld weg, of zet het stadsdeel eerst bij de gemeente in portaal.yaml.`);
		}

		const buurtSlugs = new Map<string, string>();
		data.buurten.forEach((buurt, i) => {
			if (!buurt.code.startsWith(`BU${data.code.slice(2)}`)) {
				report(file, ['buurten', i, 'code'], `de code ${buurt.code} hoort niet bij deze wijk (${data.code}). Een buurtcode begint met BU en de zes cijfers van de wijk: BU${data.code.slice(2)}.., bijvoorbeeld BU${data.code.slice(2)}01.`);
			}
			const otherFile = buurtCodes.get(buurt.code);
			if (otherFile) report(file, ['buurten', i, 'code'], `de code ${buurt.code} wordt ook gebruikt${otherFile === file ? ' door een andere buurt in dit bestand' : ` in ${otherFile.file.shownPath}`}. Elke buurt heeft een eigen code.`);
			else buurtCodes.set(buurt.code, file);
			const slug = slugify(buurt.naam);
			const same = buurtSlugs.get(slug);
			if (same) report(file, ['buurten', i, 'naam'], `de naam ${quoted(buurt.naam)} lijkt te veel op ${quoted(same)} in deze wijk: ze krijgen hetzelfde webadres. Geef elke buurt een eigen naam.`);
			else buurtSlugs.set(slug, buurt.naam);
		});

		if (data.accentkleur) {
			const r = contrastRatio(data.accentkleur, '#ffffff');
			if (r < MIN_CONTRAST) {
				report(file, ['accentkleur'], `de kleur "${data.accentkleur}" heeft te weinig contrast met wit (${ratio.format(r)}:1; minimaal 4,5:1 nodig), waardoor tekst slecht leesbaar wordt. Kies een donkerdere kleur, bijvoorbeeld "#1d5b79".`);
			}
		}
		if (data.logo) checkImage(report, file, ['logo'], data.logo.bestand, dirname(file.file.path), file.file.shownPath.replace(/wijk\.md$/, ''));

		data.contacten.forEach((c, i) => {
			if (c.naam !== undefined && c.toestemming !== true) {
				report(file, ['contacten', i, 'naam'], 'een naam van een persoon mag alleen op de site met toestemming van die persoon. Zet toestemming: ja als de persoon toestemming gaf, of haal de naam weg en noem alleen de rol en de organisatie.');
			}
			if (!c.telefoon && !c.email && !c.website) {
				report(file, ['contacten', i], 'bij dit contact staat geen telefoonnummer, e-mailadres of website. Vul er minstens één in (alleen gegevens van de organisatie, geen privégegevens).');
			}
		});
	}

	const wijkOf = (item: Loaded<unknown>) => wijkBySlug.get(item.file.file.wijk ?? '');
	const checkBuurt = (item: Loaded<{ buurt?: string }>) => {
		const wijk = wijkOf(item);
		const code = item.data.buurt;
		if (!wijk || !code || wijk.data.buurten.some((b) => b.code === code)) return;
		const list = wijk.data.buurten.map((b) => `${b.code} (${b.naam})`).join(', ');
		report(item.file, ['buurt'], `${code} is geen buurt van ${wijk.data.naam}. Kies een buurtcode uit wijk.md: ${list}.`);
	};

	for (const item of content.agenda) {
		const { file, data } = item;
		const wijk = wijkOf(item);
		const gemeente = wijk && gemeenteOfWijk(gemeenten, wijk.data.code);
		if (gemeente && !gemeente.themas.includes(data.thema)) {
			report(file, ['thema'], `${quoted(data.thema)} is geen geldig thema. Kies uit: ${gemeente.themas.join(', ')}.`);
		}
		checkBuurt(item);
		if (data.gewijzigd < data.toegevoegd) {
			report(file, ['gewijzigd'], `de datum ${data.gewijzigd} ligt vóór de datum toegevoegd (${data.toegevoegd}). Een punt kan pas veranderen nadat het is toegevoegd. Verbeter een van beide datums.`);
		}
		if (data.status === 'gerealiseerd' && !data.gerealiseerd) {
			report(file, ['gerealiseerd'], 'dit veld ontbreekt. Bij status gerealiseerd hoort de datum waarop het klaar was, bijvoorbeeld gerealiseerd: 2026-10-01.');
		}
		if (data.status !== 'gerealiseerd' && data.gerealiseerd) {
			report(file, ['gerealiseerd'], `dit punt heeft status ${quoted(data.status)}, maar wel een datum gerealiseerd. Haal de datum weg, of zet status: gerealiseerd als het punt klaar is.`);
		}
		if (data.gerealiseerd && data.gerealiseerd < data.toegevoegd) {
			report(file, ['gerealiseerd'], `de datum ${data.gerealiseerd} ligt vóór de datum toegevoegd (${data.toegevoegd}). Verbeter een van beide datums.`);
		}
	}

	for (const item of content.activiteiten) {
		const { file, data } = item;
		if (data.eind <= data.start) {
			report(file, ['eind'], `het einde (${data.eind.replace('T', ' ')}) ligt niet na het begin (${data.start.replace('T', ' ')}). Verbeter de datum of de tijd.`);
		}
		checkBuurt(item);
	}

	for (const { file, data } of content.nieuws) {
		data.wijken.forEach((slug, i) => {
			if (!wijkFolders.includes(slug)) {
				report(file, ['wijken', i], `${quoted(slug)} is geen wijk van dit portaal. Gebruik de mapnaam van een wijk: ${wijkFolders.join(', ')}.`);
			}
		});
		if (data.afbeelding) checkImage(report, file, ['afbeelding', 'bestand'], data.afbeelding.bestand, dirname(file.file.path), file.file.shownPath.replace(/[^/\\]+$/, ''));
	}
	return problems;
}

function checkImage(report: ReturnType<typeof reporter>, file: ParsedFile, path: FieldPath, name: string, baseDir: string, shownDir: string) {
	const bestandPath = path.at(-1) === 'bestand' ? path : [...path, 'bestand'];
	if (!imageFormatOfName(name)) {
		report(file, bestandPath, `${quoted(name)} is geen afbeelding die de site kan tonen. Gebruik een bestand dat eindigt op ${IMAGE_EXTENSION_LIST}.`);
	} else if (name.split(/[/\\]/).includes('..') || isAbsolute(name) || name.startsWith('/')) {
		report(file, bestandPath, `${quoted(name)} verwijst naar een plek buiten ${shownDir}. Zet de afbeelding in die map (of een map daarin) en schrijf de naam zonder / of .. vooraan.`);
	} else if (checkContentPath(baseDir, join(baseDir, name))?.reason === 'missing') {
		report(file, bestandPath, `het bestand ${quoted(name)} bestaat niet in ${shownDir}. Zet de afbeelding in die map, of verbeter de naam.`);
	} else {
		// Read only through the content folder's own files, and judged by the bytes (image-file.ts).
		const problem = checkImageFile(baseDir, join(baseDir, name), name);
		if (problem) report(file, bestandPath, problem);
	}
}

/** Texts edited by wijkplatforms carry no HTML, neither in fields nor in the body. */
export function checkWijkplatformText(file: ParsedFile): Problem[] {
	const problems: Problem[] = [];
	const report = reporter(problems);
	const walk = (value: unknown, path: (string | number)[]) => {
		if (typeof value === 'string') {
			if (containsHtml(value)) report(file, path, 'deze tekst bevat HTML-code. HTML is hier niet toegestaan. Schrijf gewone tekst.');
		} else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
		else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
	};
	walk(file.data, []);
	problems.push(...bodyProblems(file, findUnsafeMarkdown(file.body)));
	return problems;
}

function bodyProblems(file: ParsedFile, findings: MarkdownFinding[]): Problem[] {
	return findings.map((f) => ({ file: file.file.shownPath, line: file.bodyLine + f.line - 1, message: f.message }));
}
