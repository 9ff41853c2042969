/**
 * The completeness check of the message catalogues (src/i18n/<taal>/<deel>.json) against the
 * Dutch source: every key of a Dutch part exists in the same part of every other language,
 * with the same placeholders, no key too many, every message a text that ICU MessageFormat
 * reads, and every plural with the forms its language needs (Polish "2 dzielnice" but
 * "5 dzielnic"). One function, used by the catalogue unit test and by anyone who wants the
 * list of what a translation still lacks.
 */
import { IntlMessageFormat } from 'intl-messageformat';

import { BRONTAAL, intlLocale, type Taal } from './talen.ts';
import { placeholders } from './translator.ts';

/** The catalogue of one language, part by part ('agenda' → its messages). */
export type CatalogueParts = Record<string, Record<string, unknown>>;

export type CatalogueProblemKind =
	'ontbreekt' | 'teveel' | 'ander deel' | 'dubbel' | 'onleesbaar' | 'leeg' | 'plaatshouders' | 'meervoud';

export interface CatalogueProblem {
	taal: Taal;
	/** The part (file) the key belongs in, or where it was found. */
	deel: string;
	key: string;
	soort: CatalogueProblemKind;
	detail: string;
}

type Ast = ReturnType<IntlMessageFormat['getAst']>;

function parse(message: unknown, taal: Taal): { ast?: Ast; error?: string } {
	if (typeof message !== 'string') return { error: `geen tekst maar ${JSON.stringify(message)}` };
	try {
		return { ast: new IntlMessageFormat(message, intlLocale(taal), undefined, { ignoreTag: true }).getAst() };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The plural forms (one, few, …) a language needs for whole numbers, as Intl knows them. */
function pluralForms(taal: Taal): string[] {
	const rules = new Intl.PluralRules(intlLocale(taal));
	const forms = new Set<string>();
	for (let n = 0; n <= 200; n++) forms.add(rules.select(n));
	return PLURAL_ORDER.filter((form) => forms.has(form));
}

/** Each plural in a message (also nested) that lacks a form of its language: "{aantal}: few, many". */
function missingPluralForms(ast: Ast, taal: Taal): string[] {
	const rules = new Intl.PluralRules(intlLocale(taal));
	const needed = pluralForms(taal);
	const found: string[] = [];
	const walk = (elements: Ast) => {
		for (const element of elements) {
			if (!('options' in element)) continue;
			const options = element.options as Record<string, { value: Ast }>;
			if ('pluralType' in element && element.pluralType === 'cardinal') {
				// An exact case (=2) covers the form of that number only when it is the form's one number
				// (Arabic "two" is 2); otherwise the form itself must be there.
				const exact = Object.keys(options)
					.filter((option) => /^=\d+$/.test(option))
					.map((option) => Number(option.slice(1)));
				const lacking = needed.filter((form) => {
					if (form in options) return false;
					const numbers = Array.from({ length: 201 }, (_, n) => n).filter((n) => rules.select(n) === form);
					return !numbers.every((n) => exact.includes(n));
				});
				if (lacking.length) found.push(`{${element.value}}: ${lacking.join(', ')}`);
			}
			for (const option of Object.values(options)) walk(option.value);
		}
	};
	walk(ast);
	return found;
}

/**
 * Everything a set of catalogues lacks or has wrong, language by language and part by part,
 * against the Dutch parts (`BRONTAAL`). Empty when all is complete. `talen` limits the check to
 * some languages (Dutch is always checked as the source).
 */
export function checkCatalogues(
	catalogues: Partial<Record<Taal, CatalogueParts>>,
	talen: readonly Taal[] = Object.keys(catalogues) as Taal[],
): CatalogueProblem[] {
	const source = catalogues[BRONTAAL] ?? {};
	const problems: CatalogueProblem[] = [];
	const add = (taal: Taal, deel: string, key: string, soort: CatalogueProblemKind, detail: string) =>
		problems.push({ taal, deel, key, soort, detail });
	const sourceParse = new Map<string, Ast | undefined>();
	for (const part of Object.values(source))
		for (const [key, message] of Object.entries(part)) sourceParse.set(key, parse(message, BRONTAAL).ast);

	for (const taal of new Set<Taal>([BRONTAAL, ...talen])) {
		const parts = catalogues[taal] ?? {};
		const where = new Map<string, string>();
		for (const [deel, messages] of Object.entries(parts)) {
			for (const [key, message] of Object.entries(messages)) {
				const earlier = where.get(key);
				if (earlier !== undefined) add(taal, deel, key, 'dubbel', `staat ook in ${earlier}.json`);
				else where.set(key, deel);
				if (!key.startsWith(`${deel}.`)) add(taal, deel, key, 'ander deel', `de sleutel hoort niet in ${deel}.json`);
				const { ast, error } = parse(message, taal);
				if (error !== undefined || !ast) {
					add(taal, deel, key, 'onleesbaar', error ?? 'onleesbaar');
					continue;
				}
				if (typeof message === 'string' && !message.trim()) add(taal, deel, key, 'leeg', 'de tekst is leeg');
				const lacking = missingPluralForms(ast, taal);
				if (lacking.length) add(taal, deel, key, 'meervoud', `meervoudsvormen ontbreken: ${lacking.join('; ')}`);
			}
		}
		if (taal === BRONTAAL) continue;
		for (const [deel, messages] of Object.entries(source)) {
			const own = parts[deel] ?? {};
			for (const [key, message] of Object.entries(messages)) {
				if (!(key in own)) {
					const elsewhere = where.get(key);
					add(
						taal,
						deel,
						key,
						'ontbreekt',
						elsewhere ? `ontbreekt in ${deel}.json (staat in ${elsewhere}.json)` : `ontbreekt in ${deel}.json`,
					);
					continue;
				}
				if (!sourceParse.get(key) || parse(own[key], taal).error !== undefined) continue;
				const want = placeholders(message as string).join(', ');
				const have = placeholders(own[key] as string).join(', ');
				if (want !== have) add(taal, deel, key, 'plaatshouders', `plaatshouders {${have}} in plaats van {${want}}`);
			}
		}
		for (const [deel, messages] of Object.entries(parts)) {
			for (const key of Object.keys(messages)) {
				if (!(key in (source[deel] ?? {}))) add(taal, deel, key, 'teveel', `staat niet in ${BRONTAAL}/${deel}.json`);
			}
		}
	}
	return problems;
}

/** One line per problem, the way a translator finds it: `src/i18n/en/agenda.json: agenda.kop: ontbreekt in agenda.json`. */
export const describeProblem = (problem: CatalogueProblem): string =>
	`src/i18n/${problem.taal}/${problem.deel}.json: ${problem.key}: ${problem.detail}`;
