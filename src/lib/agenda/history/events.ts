/**
 * The history of one agenda item as residents read it, from the committed versions of its
 * file: when it was added, every change of status, and every change of its text (title,
 * summary, next step, description). Changes that touch none of these (only links, dates or
 * a rename) are left out. Old versions are read leniently: a version that cannot be read is
 * skipped, never thrown on. Pure functions; Git is read in git.ts.
 */
import { readYaml } from '#lib/content/source.ts';
import { amsterdamDay } from '#lib/site/dates.ts';
import { AGENDA_STATUSSEN, type AgendaStatus } from '#schemas/agenda.ts';

/** Longest reason shown; a longer commit subject is cut off with "…". */
export const MAX_REDEN = 160;

/** The parts of an item's text whose change is listed. */
export type TekstOnderdeel = 'titel' | 'samenvatting' | 'volgende stap' | 'beschrijving';

export interface HistoryEvent {
	/** `gewijzigd`: only from the dates in the file (without Git history), what changed is unknown. */
	soort: 'toegevoegd' | 'status' | 'tekst' | 'gewijzigd';
	/** Calendar day in the Netherlands, YYYY-MM-DD. */
	datum: string;
	/** Why: the commit subject as plain text ('' when there is none). */
	reden: string;
	/** Identifies the change (the commit), for anchors and feed items. */
	sleutel: string;
	/** The status after the change, when known. */
	status?: AgendaStatus;
	/** For a change of status: the status before. */
	van?: AgendaStatus;
	/** The parts of the text that changed (also with a change of status). */
	onderdelen: TekstOnderdeel[];
	/**
	 * For "toegevoegd": the earlier day the file itself gives as added (toegevoegd), when the
	 * item was on the agenda before its file came into Git (imported, or moved from elsewhere).
	 */
	sinds?: string;
}

/** What a version of the file says, as far as it could be read. */
export interface VersionFields {
	status?: AgendaStatus;
	titel?: string;
	samenvatting?: string;
	volgendeStap?: string;
	beschrijving: string;
	/** The day the file gives as added, when it is a date. */
	toegevoegd?: string;
}

/** One committed version: when, why, and the file's text (undefined when it could not be read). */
export interface VersionInput {
	hash: string;
	/** Author date, ISO 8601 with offset. */
	date: string;
	subject: string;
	text?: string;
}

const FENCE = /^---[ \t]*$/;

const plain = (value: unknown): string | undefined =>
	typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;

/**
 * The fields of one version of an agenda file, read with the content loader's YAML reader
 * (within its limits). Undefined when the version has no readable front matter.
 */
export function readVersion(text: string): VersionFields | undefined {
	try {
		const lines = text
			.replace(/^\uFEFF/, '')
			.replace(/\r\n?/g, '\n')
			.split('\n');
		if (!FENCE.test(lines[0] ?? '')) return undefined;
		const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
		if (end < 0) return undefined;
		const { source } = readYaml(lines.slice(1, end).join('\n'), 2);
		const data = source?.data;
		if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
		const fields = data as Record<string, unknown>;
		const status = AGENDA_STATUSSEN.find((s) => s === plain(fields.status));
		const stap = fields.volgendeStap;
		const volgendeStap =
			stap && typeof stap === 'object' && !Array.isArray(stap)
				? [plain((stap as Record<string, unknown>).wat), plain((stap as Record<string, unknown>).wanneer)]
						.filter(Boolean)
						.join(' | ')
				: plain(stap);
		const toegevoegd = plain(fields.toegevoegd);
		return {
			status,
			toegevoegd: toegevoegd && /^\d{4}-\d{2}-\d{2}$/.test(toegevoegd) ? toegevoegd : undefined,
			titel: plain(fields.titel),
			samenvatting: plain(fields.samenvatting),
			volgendeStap: volgendeStap || undefined,
			beschrijving: lines
				.slice(end + 1)
				.join('\n')
				.replace(/\s+/g, ' ')
				.trim(),
		};
	} catch {
		return undefined;
	}
}

/**
 * A commit subject as a reason residents can read: control characters and runs of spaces
 * become one space, and a long subject is cut off at MAX_REDEN characters with "…".
 */
export function cleanReason(subject: string): string {
	const text = subject.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+/g, ' ');
	const clean = text.replace(/\s+/g, ' ').trim();
	const chars = [...clean];
	return chars.length <= MAX_REDEN
		? clean
		: `${chars
				.slice(0, MAX_REDEN - 1)
				.join('')
				.trimEnd()}…`;
}

/** The Dutch calendar day of a Git date (ISO 8601 with offset). */
export function gitDay(date: string): string {
	return amsterdamDay(new Date(date));
}

const TEKST_VELDEN: [TekstOnderdeel, Exclude<keyof VersionFields, 'toegevoegd'>][] = [
	['titel', 'titel'],
	['samenvatting', 'samenvatting'],
	['volgende stap', 'volgendeStap'],
	['beschrijving', 'beschrijving'],
];

/**
 * The events of one item, oldest first, from its committed versions (oldest first). The first
 * version is "toegevoegd", also when it cannot be read; later versions are compared with the
 * last version that could be read.
 */
export function historyEvents(versions: readonly VersionInput[]): HistoryEvent[] {
	const events: HistoryEvent[] = [];
	let previous: VersionFields | undefined;
	versions.forEach((version, index) => {
		const fields = version.text === undefined ? undefined : readVersion(version.text);
		const base = { datum: gitDay(version.date), reden: cleanReason(version.subject), sleutel: version.hash };
		if (index === 0) {
			const sinds = fields?.toegevoegd && fields.toegevoegd < base.datum ? fields.toegevoegd : undefined;
			events.push({ ...base, soort: 'toegevoegd', status: fields?.status, onderdelen: [], ...(sinds && { sinds }) });
			previous = fields;
			return;
		}
		if (!fields) return; // an old version that cannot be read tells nothing
		if (!previous) {
			previous = fields;
			return;
		}
		const onderdelen = TEKST_VELDEN.filter(([, key]) => fields[key] !== previous![key]).map(([name]) => name);
		const statusChanged = fields.status && previous.status && fields.status !== previous.status;
		if (statusChanged) {
			events.push({ ...base, soort: 'status', status: fields.status, van: previous.status, onderdelen });
		} else if (onderdelen.length > 0) {
			events.push({ ...base, soort: 'tekst', status: fields.status ?? previous.status, onderdelen });
		}
		previous = { ...fields, status: fields.status ?? previous.status };
	});
	return events;
}

/**
 * Events from the dates in the file, for an item without Git history: added, and last changed
 * when that is a later day. Oldest first, without reasons.
 */
export function fileEvents(data: { toegevoegd: string; gewijzigd: string; status: AgendaStatus }): HistoryEvent[] {
	const events: HistoryEvent[] = [
		{ soort: 'toegevoegd', datum: data.toegevoegd, reden: '', sleutel: 'toegevoegd', onderdelen: [] },
	];
	if (data.gewijzigd > data.toegevoegd) {
		events.push({
			soort: 'gewijzigd',
			datum: data.gewijzigd,
			reden: '',
			sleutel: 'gewijzigd',
			status: data.status,
			onderdelen: [],
		});
	}
	return events;
}
