/**
 * The generic CSV for municipal monitors and panel results: one figure per row,
 * `gebied;indicator;jaar;waarde` with optional `n` (number of answers) and `marge`.
 * An area is a CBS code, the name of a gemeente, wijk or buurt of the portal, or a name
 * from the mapping's `gebieden`; an indicator is an id or a name from `indicatoren`.
 */
import { N_MAX, VALUE_MAX_ABS } from '#lib/content/limits.ts';
import { quoted, shorten } from '#lib/content/quote.ts';
import { CBS_CODE } from '#lib/site/cbs-codes.ts';
import { valueRangeProblem } from '#lib/wijkkompas/value-range.ts';
import type { Waarde } from '#schemas/waarden.ts';

import { type Counts, emptyCounts } from './cbs.ts';
import { type Mapping, normalName } from './mapping.ts';
import { cellString, missingReason, readNumber, shownCell } from './numbers.ts';
import type { Portal } from './portal.ts';
import type { Problems } from './problems.ts';
import { closestName } from './suggest.ts';
import type { Table } from './tables.ts';

const REQUIRED = ['gebied', 'indicator', 'jaar', 'waarde'] as const;
const OPTIONAL = ['n', 'marge'] as const;
const KNOWN: string[] = [...REQUIRED, ...OPTIONAL];
type Field = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

const HEADER_HELP =
	'De eerste rij bevat de kolomnamen gebied;indicator;jaar;waarde en eventueel n en marge (zie docs/importeren.md).';

export function convertGeneric(
	table: Table,
	mapping: Mapping,
	portal: Portal,
	problems: Problems,
): { rows: Waarde[]; origins: number[]; counts: Counts; years: number[]; ignored: string[] } {
	const counts = emptyCounts();
	const rows: Waarde[] = [];
	const origins: number[] = [];
	const file = table.file;
	const index = new Map<Field, number>();
	const ignored: string[] = [];

	table.columns.forEach((name, i) => {
		const key = name.trim().toLowerCase();
		if (KNOWN.includes(key)) {
			if (index.has(key as Field))
				problems.add({
					file,
					item: { word: 'rij', number: 1 },
					column: name,
					message: `de kolom ${quoted(key)} staat twee keer in de eerste rij. Haal een van de twee weg.`,
				});
			else index.set(key as Field, i);
			return;
		}
		const hint = closestName(key, KNOWN);
		if (hint && !index.has(hint as Field))
			problems.add({
				file,
				item: { word: 'rij', number: 1 },
				column: shorten(name) || String(i + 1),
				message: `onbekende kolom ${quoted(name)}. Bedoelt u '${hint}'? ${HEADER_HELP}`,
			});
		else if (name) ignored.push(name);
	});
	for (const field of REQUIRED) {
		if (!index.has(field))
			problems.add({
				file,
				item: { word: 'rij', number: 1 },
				message: `de kolom '${field}' ontbreekt. ${HEADER_HELP}`,
			});
	}
	if (problems.any) return { rows, origins, counts, years: [], ignored };

	const knownNames = [...portal.byName.keys(), ...mapping.areaNames.keys()];
	const indicatorOptions = [...portal.indicators.keys(), ...mapping.indicatorNames.keys()];
	const gemeenteNames = new Map(portal.portaal.gemeenten.map((g) => [g.code.slice(2), g.naam]));
	const seen = new Map<string, number>();
	const years = new Set<number>();
	const text = (cells: unknown[], field: Field) => {
		const i = index.get(field);
		const v = i === undefined ? undefined : cells[i];
		return cellString(v).trim();
	};

	for (const { row, cells } of table.rows) {
		counts.read++;
		const item = { word: 'rij', number: row } as const;
		let ok = true;
		const fail = (field: Field, message: string) => {
			const at = index.get(field);
			// A missing optional column (n) has no name to show.
			problems.add({ file, item, ...(at === undefined ? {} : { column: shorten(table.columns[at]!) }), message });
			ok = false;
		};

		// gebied
		const gebied = text(cells, 'gebied');
		let code: string | undefined;
		const asCode = gebied.toUpperCase();
		const named = mapping.areaNames.get(normalName(gebied));
		const own = portal.areas.byCode.get(gebied.toLowerCase());
		if (!gebied)
			fail('gebied', 'hier staat geen gebied. Vul de CBS-code of de naam van de gemeente, wijk of buurt in.');
		else if (named) code = named;
		else if (own?.level === 'eigen') code = own.code;
		else if (CBS_CODE.test(asCode)) {
			const digits = asCode.slice(2, 6);
			if (!portal.gemeenteDigits.has(digits)) {
				const known = portal.portaal.gemeenten.map((g) => `${g.code} (${g.naam})`).join(', ');
				fail(
					'gebied',
					`het gebied ${asCode} hoort bij gemeente GM${digits}, en die staat niet in dit portaal (${known}). Controleer de code; haal de rij weg als het cijfer over een andere gemeente gaat.`,
				);
			} else if (mapping.skip.has(asCode)) {
				counts.skipped++;
				continue;
			} else if (!portal.areas.byCode.has(asCode)) {
				fail(
					'gebied',
					`het gebied ${asCode} hoort bij ${gemeenteNames.get(digits)}, maar staat niet in het portaal. Voeg de ${asCode.startsWith('WK') ? 'wijk toe met een eigen wijk.md' : 'buurt toe aan de wijk.md van zijn wijk'}, of zet de code bij overslaan in ${mapping.file} als u dit gebied bewust overslaat.`,
				);
			} else code = asCode;
		} else {
			const areas = portal.byName.get(normalName(gebied)) ?? [];
			if (areas.length === 1) code = areas[0]!.code;
			else if (areas.length > 1) {
				const list = areas
					.map((a) => `${a.code} (${a.level === 'eigen' ? `eigen gebied in ${a.indeling}` : a.level})`)
					.join(', ');
				const ownOnes = areas.filter((a) => a.level === 'eigen');
				fail(
					'gebied',
					`er zijn meer gebieden met de naam ${quoted(gebied)}: ${list}. Schrijf de code in plaats van de naam${ownOnes.length ? `, of de naam van de indeling ervoor (bijvoorbeeld ${quoted(`${ownOnes[0]!.indeling} ${ownOnes[0]!.naam}`)})` : ''}, of zet de naam bij gebieden in ${mapping.file} met de goede code.`,
				);
			} else {
				const hint = closestName(normalName(gebied), knownNames);
				const shownHint = hint
					? (portal.byName.get(hint)?.[0]?.naam ??
						[...(mapping.data.gebieden ? Object.keys(mapping.data.gebieden) : [])].find(
							(k) => normalName(k) === hint,
						) ??
						hint)
					: undefined;
				fail(
					'gebied',
					`${quoted(gebied)} is geen bekend gebied.${shownHint ? ` Bedoelt u '${shownHint}'?` : ''} Schrijf de naam zoals in portaal.yaml of een wijk.md, of de CBS-code. Gebruikt uw gemeente een eigen gebiedsnaam? Zet die bij gebieden in ${mapping.file} met de CBS-code erbij.`,
				);
			}
		}

		// indicator
		const indicatorText = text(cells, 'indicator');
		const indicator =
			mapping.indicatorNames.get(normalName(indicatorText)) ??
			(portal.indicators.has(indicatorText.toLowerCase()) ? indicatorText.toLowerCase() : undefined);
		if (!indicatorText)
			fail(
				'indicator',
				`hier staat geen indicator. Vul een id uit ${portal.definitionsFile} in, of een naam uit indicatoren in ${mapping.file}.`,
			);
		else if (!indicator) {
			const hint = closestName(normalName(indicatorText), indicatorOptions);
			const shownHint =
				hint && !portal.indicators.has(hint)
					? Object.keys(mapping.data.indicatoren ?? {}).find((k) => normalName(k) === hint)
					: hint;
			fail(
				'indicator',
				`${quoted(indicatorText)} is geen bekende indicator.${shownHint ? ` Bedoelt u '${shownHint}'?` : ''} Gebruik een id uit ${portal.definitionsFile}, of zet de naam bij indicatoren in ${mapping.file} met het id erbij.`,
			);
		}
		const def = indicator ? portal.indicators.get(indicator) : undefined;

		// jaar
		const jaarText = text(cells, 'jaar');
		let jaar: number | undefined;
		if (!/^\d{4}$/.test(jaarText) || Number(jaarText) < 1900)
			fail(
				'jaar',
				`${jaarText ? quoted(jaarText) : 'een lege cel'} is geen jaartal. Schrijf het jaar met vier cijfers, bijvoorbeeld 2025.`,
			);
		else if (Number(jaarText) > portal.maxYear)
			fail(
				'jaar',
				`${jaarText} ligt in de toekomst. Cijfers kunnen er pas zijn over ${portal.maxYear} of eerder; verbeter het jaartal.`,
			);
		else jaar = Number(jaarText);

		// waarde, n, marge
		const waardeCell = cells[index.get('waarde')!];
		const waarde = readNumber(waardeCell);
		const waardeProblem =
			typeof waarde === 'number' && def
				? valueRangeProblem(shownCell(waardeCell), waarde, def.eenheid, def.id)
				: undefined;
		if (waardeProblem) fail('waarde', waardeProblem);
		else if (typeof waarde === 'number' && !Number.isFinite(waarde))
			fail(
				'waarde',
				`${shownCell(waardeCell)} is te groot: zo'n groot getal kan niet worden gelezen. Controleer het getal.`,
			);
		if (waarde === undefined)
			fail(
				'waarde',
				`${shownCell(waardeCell)} is geen getal. Schrijf alleen een getal, zonder punt voor duizendtallen en zonder %-teken (bijvoorbeeld 12,5 of 12.5). Laat de cel leeg of zet er een punt (.) in als het cijfer niet bekend is; schrijf nooit 0 voor een onbekend cijfer.`,
			);
		let n: number | undefined;
		const nText = text(cells, 'n');
		if (nText && !MISSING_N.includes(nText)) {
			if (!/^\d+$/.test(nText) || Number(nText) > N_MAX)
				fail('n', `${quoted(nText)} is geen aantal antwoorden. Schrijf een heel getal, bijvoorbeeld 84.`);
			else n = Number(nText);
		}
		let marge: number | undefined;
		const margeText = text(cells, 'marge');
		if (margeText && !MISSING_N.includes(margeText)) {
			const m = readNumber(margeText);
			if (m === undefined || m === null || !(m >= 0 && m <= VALUE_MAX_ABS))
				fail('marge', `${quoted(margeText)} is geen geldige marge. Schrijf een getal van 0 of meer, bijvoorbeeld 0,4.`);
			else marge = m;
		}
		const nGiven = nText !== '' && !MISSING_N.includes(nText);
		// Without n only when the source declares that it protected small groups itself.
		const declared = mapping.data.bronBeveiliging !== undefined;
		if (def?.soort === 'subjectief' && !nGiven && !declared && waarde !== null && waarde !== undefined) {
			fail(
				'n',
				`'${def.id}' is een panelcijfer, dus het aantal antwoorden (n) is nodig om te weten of het cijfer betrouwbaar is. Vul in de kolom n het aantal antwoorden in. Beveiligde de bron kleine groepen zelf (zoals een brede tabel van een panel zonder n), zet dat dan bij bronBeveiliging in ${mapping.file}.`,
			);
		}
		if (def?.wijken && code) {
			const area = portal.areas.byCode.get(code)!;
			if (area.level !== 'gemeente' && !def.wijken.includes(area.wijkSlug!)) {
				fail(
					'gebied',
					`de indicator '${def.id}' hoort alleen bij ${def.wijken.join(', ')}, niet bij ${code} (${area.naam}). Haal de rij weg, of voeg de wijk toe bij 'wijken' van de indicator in ${portal.definitionsFile}.`,
				);
			}
		}
		if (!ok || !code || !indicator || jaar === undefined || waarde === undefined) continue;

		const key = `${code}|${indicator}|${jaar}`;
		const earlier = seen.get(key);
		if (earlier !== undefined) {
			problems.add({
				file,
				item,
				message: `er staat al een waarde voor ${code} (${portal.areas.byCode.get(code)!.naam}), ${indicator}, ${jaar} in rij ${earlier}. Elk gebied heeft per indicator en jaar één waarde; haal een van de twee rijen weg.`,
			});
			continue;
		}
		seen.set(key, row);
		years.add(jaar);
		const out: Waarde = { gebied: code, indicator, jaar, waarde };
		const reden = waarde === null ? missingReason(waardeCell) : undefined;
		if (reden) out.reden = reden;
		if (n !== undefined) out.n = n;
		if (marge !== undefined) out.marge = marge;
		rows.push(out);
		origins.push(row);
		counts.written++;
		if (waarde === null) counts.missing++;
	}
	return { rows, origins, counts, years: [...years].sort(), ignored };
}

const MISSING_N = ['.', 'x', 'X'];
