/** The benchmark's report: a Dutch table on the terminal and the figures as JSON. */
import type { AreaPageFigures } from './area-pages.ts';
import type { GemeenteContentStats } from './gemeente-content.ts';
import type { Measured } from './measure.ts';
import type { NationalContentStats } from './national-content.ts';
import type { RouteTime } from './routes.ts';
import type { SearchIndexFigures } from './search-index.ts';

/** Targets: the real build takes at most this many times the bare build… */
export const MAX_TIJD_VERHOUDING = 2;
/** …and stays below this peak memory (2 GB, 1 GB = 1024 MB). */
export const MAX_GEHEUGEN_MB = 2048;

export interface BuildFigures {
	paginas: number;
	/** Size of everything the build wrote, in MB. */
	uitvoerMB: number;
	seconden: number;
	paginasPerSeconde: number;
	piekgeheugenMB: number | null;
	/** Peak memory of any Node process the build started itself, if any. */
	piekgeheugenAndereProcessenMB: number | null;
	/** CPU time (user + system) of the build, in seconds. */
	cpuSeconden: number | null;
	/** CPU time used by other programs on this machine during the build, in seconds. */
	cpuSecondenAnderen: number | null;
	/** Render time per kind of page, from Astro's log, slowest first. */
	perSoortPagina: RouteTime[];
	log: string;
}

/** The Pagefind step on the real build's output, measured on its own (not compared with the bare build). */
export interface SearchIndexReport {
	/** Pages in the index (those with data-pagefind-body). */
	paginas: number;
	/** Size of dist/pagefind/, in MB. */
	indexMB: number;
	/** Wall time of the whole step, including starting Node and Pagefind. */
	seconden: number;
	/** Time Pagefind itself took: reading the pages and writing the index. */
	secondenIndexeren: number;
	/** Peak memory of the Node process that drives Pagefind. */
	piekgeheugenMB: number | null;
	/** Peak memory of Pagefind's own program, which does the indexing. */
	piekgeheugenPagefindMB: number | null;
	log: string;
}

export function searchIndexFigures(run: Measured, step: SearchIndexFigures, log: string): SearchIndexReport {
	return {
		paginas: step.pages,
		indexMB: round(step.bytes / 1024 / 1024, 1),
		seconden: round(run.seconds, 2),
		secondenIndexeren: round(step.seconds, 2),
		piekgeheugenMB: run.peakMB === null ? null : Math.round(run.peakMB),
		piekgeheugenPagefindMB: step.pagefindPeakMB === null ? null : Math.round(step.pagefindPeakMB),
		log,
	};
}

/** The typical gemeente, built end to end. */
export interface GemeenteFigures {
	inhoud: Pick<
		GemeenteContentStats,
		| 'naam'
		| 'code'
		| 'wijken'
		| 'buurten'
		| 'agenda'
		| 'activiteiten'
		| 'nieuws'
		| 'initiatieven'
		| 'verhalen'
		| 'organisaties'
	>;
	paginas: number;
	uitvoerMB: number;
	seconden: number;
	piekgeheugenMB: number | null;
	cpuSeconden: number | null;
	cpuSecondenAnderen: number | null;
	/** Each step of scripts/build.ts in order, with its share of the build's own time. */
	stappen: { stap: string; seconden: number; aandeel: number }[];
	log: string;
}

export function gemeenteFigures(
	run: Measured,
	output: { html: number; bytes: number },
	steps: { stap: string; seconden: number }[],
	log: string,
	inhoud: GemeenteFigures['inhoud'],
): GemeenteFigures {
	const total = steps.reduce((sum, s) => sum + s.seconden, 0) || 1;
	return {
		inhoud,
		paginas: output.html,
		uitvoerMB: round(output.bytes / 1024 / 1024, 1),
		seconden: round(run.seconds, 2),
		piekgeheugenMB: run.peakMB === null ? null : Math.round(run.peakMB),
		cpuSeconden: run.cpuSeconds === null ? null : round(run.cpuSeconds, 1),
		cpuSecondenAnderen: run.otherCpuSeconds === null ? null : round(run.otherCpuSeconds, 1),
		stappen: steps.map((s) => ({
			stap: s.stap,
			seconden: round(s.seconden, 2),
			aandeel: round(s.seconden / total, 3),
		})),
		log,
	};
}

export interface Result {
	datum: string;
	node: string;
	/** belasting: the load average (1, 5 and 15 minutes) when the benchmark ended. */
	systeem: { platform: string; processors: number; geheugenMB: number; belasting: number[] };
	/** The national portal; null with --gemeente. */
	inhoud: NationalContentStats | null;
	wijkportaal: BuildFigures | null;
	/** Left out of the comparison: the build in the table runs without it. */
	zoekindex: SearchIndexReport | null;
	kaal: BuildFigures | null;
	/** Size of the wijk and buurt pages of the national portal, and their SVG share. */
	gebiedspaginas: AreaPageFigures | null;
	/** The typical gemeente; null with --zonder-gemeente. */
	gemeente: GemeenteFigures | null;
	/** wijkportaal time / bare time. */
	verhoudingTijd: number | null;
	/** wijkportaal CPU time / bare CPU time: less sensitive to other programs on the machine. */
	verhoudingCpuTijd: number | null;
	doelen: {
		tijd: { grens: number; gehaald: boolean | null };
		geheugen: { grensMB: number; gehaald: boolean | null };
	};
	doelGehaald: boolean;
}

export function figures(
	run: Measured,
	output: { html: number; bytes: number },
	log: string,
	perSoortPagina: RouteTime[],
): BuildFigures {
	const pages = output.html;
	return {
		paginas: pages,
		uitvoerMB: round(output.bytes / 1024 / 1024, 1),
		seconden: round(run.seconds, 2),
		paginasPerSeconde: round(pages / run.seconds, 1),
		piekgeheugenMB: run.peakMB === null ? null : Math.round(run.peakMB),
		piekgeheugenAndereProcessenMB: run.otherPeakMB === null ? null : Math.round(run.otherPeakMB),
		cpuSeconden: run.cpuSeconds === null ? null : round(run.cpuSeconds, 1),
		cpuSecondenAnderen: run.otherCpuSeconds === null ? null : round(run.otherCpuSeconds, 1),
		perSoortPagina,
		log,
	};
}

export function judge(wijkportaal: BuildFigures | null, kaal: BuildFigures | null) {
	const verhoudingTijd = wijkportaal && kaal ? round(wijkportaal.seconden / kaal.seconden, 2) : null;
	const verhoudingCpuTijd =
		kaal?.cpuSeconden && wijkportaal && wijkportaal.cpuSeconden !== null
			? round(wijkportaal.cpuSeconden / kaal.cpuSeconden, 2)
			: null;
	const tijd = verhoudingTijd === null ? null : verhoudingTijd <= MAX_TIJD_VERHOUDING;
	const geheugen =
		wijkportaal === null || wijkportaal.piekgeheugenMB === null ? null : wijkportaal.piekgeheugenMB < MAX_GEHEUGEN_MB;
	return {
		verhoudingTijd,
		verhoudingCpuTijd,
		doelen: {
			tijd: { grens: MAX_TIJD_VERHOUDING, gehaald: tijd },
			geheugen: { grensMB: MAX_GEHEUGEN_MB, gehaald: geheugen },
		},
		// Every target that could be judged must hold; an unknown memory peak counts as missed.
		// Without the national portal (--gemeente) there is nothing to judge.
		doelGehaald: wijkportaal === null || (tijd !== false && geheugen === true),
	};
}

const nl = (value: number, decimals = 0) =>
	new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function formatReport(result: Result): string {
	const out = [
		'',
		'Prestatietest wijkportaal',
		`Node ${result.node}, ${result.systeem.processors} processors, ${nl(result.systeem.geheugenMB)} MB werkgeheugen; ` +
			`belasting van de machine aan het eind ${result.systeem.belasting.map((l) => nl(l, 2)).join(' / ')} (1, 5 en 15 minuten). Alle builds zijn koud (zonder cache).`,
	];
	if (result.wijkportaal && result.inhoud) out.push(...nationalReport(result, result.wijkportaal, result.inhoud));
	if (result.gemeente) out.push(...gemeenteReport(result.gemeente));
	out.push(
		result.wijkportaal === null
			? 'Alleen de typische gemeente gemeten: de doelen van het landelijke portaal zijn niet beoordeeld.'
			: result.doelGehaald
				? `DOEL GEHAALD${result.kaal ? '' : ' (alleen geheugen beoordeeld)'}`
				: 'DOEL NIET GEHAALD',
		'',
	);
	return out.join('\n');
}

function table(header: string[], rows: string[][]): string[] {
	const all = [header, ...rows];
	const widths = header.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
	const line = (r: string[]) =>
		r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ');
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function nationalReport(result: Result, wijkportaal: BuildFigures, inhoud: NationalContentStats): string[] {
	const { kaal } = result;
	const header = ['', "Pagina's", 'Tijd (s)', "Pagina's/s", 'Piekgeheugen (MB)', 'CPU-tijd (s)', 'Uitvoer (MB)'];
	const row = (name: string, f: BuildFigures) => [
		name,
		nl(f.paginas),
		nl(f.seconden, 1),
		nl(f.paginasPerSeconde, 1),
		f.piekgeheugenMB === null ? 'onbekend' : nl(f.piekgeheugenMB),
		f.cpuSeconden === null ? 'onbekend' : nl(f.cpuSeconden, 1),
		nl(f.uitvoerMB, 1),
	];
	const rows = [row('wijkportaal', wijkportaal)];
	if (kaal) rows.push(row('kale Astro-build', kaal));

	const out = [
		'',
		'1. Het landelijke portaal',
		`Inhoud: ${nl(inhoud.gemeenten)} gemeenten, ${nl(inhoud.wijken)} wijken, ${nl(inhoud.buurten)} buurten, ` +
			`${inhoud.indicatoren} indicatoren over ${inhoud.jaren.length} jaar (${nl(inhoud.waarden)} cijfers, waarvan ${nl(inhoud.echteWaarden)} over 2017 uit de CBS-kerncijfers)` +
			(inhoud.schaal < 1 ? `; schaal ${nl(inhoud.schaal, 2)}` : '') +
			'.',
		'',
		...table(header, rows),
		'',
	];
	out.push(
		"Pagina's zijn HTML-bestanden; de tijd is de hele build (controle van de inhoud, Astro, ook CSV- en JSON-bestanden).",
	);
	const g = result.gebiedspaginas;
	if (g) {
		out.push(
			`Gebiedspagina's (wijk, buurt en hun cijfers): ${nl(g.paginas)} pagina's van gemiddeld ${nl(g.kbPerPagina, 1)} KB, ` +
				`waarvan ${nl(g.svgKbPerPagina, 1)} KB SVG (kaarten en grafieken, ${nl(g.svgAandeel * 100)} %).`,
		);
		for (const k of g.perSoort)
			out.push(
				`  ${k.soort}: ${nl(k.paginas)} pagina's, gemiddeld ${nl(k.kbPerPagina, 1)} KB, waarvan ${nl(k.svgKbPerPagina, 1)} KB SVG.`,
			);
	}
	const z = result.zoekindex;
	if (z)
		out.push(
			`Zoekindex (Pagefind), apart gemeten en niet in de vergelijking: ${nl(z.paginas)} pagina's in ${nl(z.seconden, 1)} s ` +
				`(indexeren ${nl(z.secondenIndexeren, 1)} s), ${nl(z.indexMB, 1)} MB; piekgeheugen Pagefind ` +
				`${z.piekgeheugenPagefindMB === null ? 'onbekend' : `${nl(z.piekgeheugenPagefindMB)} MB`}, ` +
				`Node ${z.piekgeheugenMB === null ? 'onbekend' : `${nl(z.piekgeheugenMB)} MB`}.`,
		);
	for (const [name, f] of [
		['wijkportaal', wijkportaal],
		['de kale build', kaal],
	] as const) {
		// Other programs that take more than a tenth of a processor make the wall time unreliable.
		if (f && f.cpuSecondenAnderen !== null && f.cpuSecondenAnderen > 0.1 * f.seconden) {
			out.push(
				`Let op: andere programma's gebruikten tijdens ${name} ${nl(f.cpuSecondenAnderen, 0)} CPU-seconden; de tijd is daardoor minder betrouwbaar. Meet opnieuw op een rustige machine.`,
			);
		}
	}
	if (wijkportaal.piekgeheugenAndereProcessenMB !== null) {
		out.push(
			`Andere Node-processen van de build gebruikten op hun piek ${nl(wijkportaal.piekgeheugenAndereProcessenMB)} MB.`,
		);
	}
	const soorten = wijkportaal.perSoortPagina.slice(0, 8);
	if (soorten.length) {
		out.push('', 'Wijkportaal: rendertijd per soort pagina (uit het verslag van Astro), de grootste eerst:');
		const cells = soorten.map((r) => [
			r.route,
			nl(r.aantal),
			`${nl(r.seconden, 1)} s`,
			`${nl(r.msPerStuk, 1)} ms per stuk`,
			`traagste ${nl(r.maxMs)} ms`,
		]);
		const w = cells[0]!.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
		for (const r of cells)
			out.push(`  ${r.map((cell, c) => (c === 0 ? cell.padEnd(w[c]!) : cell.padStart(w[c]!))).join('   ')}`);
		out.push('');
	}
	const verdict = (ok: boolean | null) => (ok === null ? 'niet beoordeeld' : ok ? 'gehaald' : 'NIET gehaald');
	if (result.verhoudingTijd !== null) {
		out.push(
			`Verhouding tijd: wijkportaal doet ${nl(result.verhoudingTijd, 2)} keer zo lang als de kale build` +
				(result.verhoudingCpuTijd === null ? '.' : ` (CPU-tijd: ${nl(result.verhoudingCpuTijd, 2)} keer).`),
		);
	}
	out.push(
		`Doel tijd (hoogstens ${MAX_TIJD_VERHOUDING} keer de kale build): ${kaal ? verdict(result.doelen.tijd.gehaald) : 'niet beoordeeld (kale build overgeslagen)'}.`,
		`Doel geheugen (minder dan 2 GB = ${nl(MAX_GEHEUGEN_MB)} MB): ${wijkportaal.piekgeheugenMB === null ? 'niet gemeten, dus niet gehaald' : verdict(result.doelen.geheugen.gehaald)}.`,
		'',
	);
	return out;
}

function gemeenteReport(g: GemeenteFigures): string[] {
	const i = g.inhoud;
	const out = [
		'',
		'2. Een typische gemeente, van begin tot eind gebouwd',
		`${i.naam} (${i.code}): ${nl(i.wijken)} wijken, ${nl(i.buurten)} buurten, ${nl(i.agenda)} agendapunten, ${nl(i.activiteiten)} activiteiten, ` +
			`${nl(i.nieuws)} nieuwsberichten, ${nl(i.initiatieven)} initiatieven, ${nl(i.verhalen)} verhalen, ${nl(i.organisaties)} organisaties op de sociale kaart.`,
		`${nl(g.paginas)} pagina's in ${nl(g.seconden, 1)} s, piekgeheugen ${g.piekgeheugenMB === null ? 'onbekend' : `${nl(g.piekgeheugenMB)} MB`}, ` +
			`uitvoer ${nl(g.uitvoerMB, 1)} MB.`,
		'',
		...table(
			['Stap', 'Tijd (s)', 'Deel'],
			g.stappen.map((s) => [s.stap, nl(s.seconden, 1), `${nl(s.aandeel * 100)} %`]),
		),
		'',
	];
	if (g.cpuSecondenAnderen !== null && g.cpuSecondenAnderen > 0.1 * g.seconden)
		out.push(
			`Let op: andere programma's gebruikten tijdens deze build ${nl(g.cpuSecondenAnderen, 0)} CPU-seconden; de tijden zijn daardoor minder betrouwbaar.`,
			'',
		);
	return out;
}
