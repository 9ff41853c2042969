/**
 * What the cross-file rules share: where to report a problem, and the portal's gemeenten
 * and wijken that other files refer to.
 */
import type { Indicatoren } from '#schemas/indicatoren.ts';
import type { Gemeente, Portaal } from '#schemas/portaal.ts';
import type { Wijk } from '#schemas/wijk.ts';

import type { ParsedFile } from '../parse-file.ts';
import type { Loaded, PortalContent } from '../portal-content.ts';
import { fieldName, type FieldPath, type Problem } from '../problem.ts';
import { quoted } from '../quote.ts';
import { closest } from '../schema-problems.ts';

/** Reports a problem at a field of a file (its line is looked up). */
export type Report = (file: ParsedFile, path: FieldPath, message: string) => void;

export function reporter(problems: Problem[]): Report {
	return (file, path, message) =>
		problems.push({ file: file.file.shownPath, line: file.lineOf(path), field: fieldName(path) || undefined, message });
}

/** Content as loaded: the portal may be missing or have mistakes of its own. */
export type LoadedContent = Partial<PortalContent> & Omit<PortalContent, 'portaal'>;

export interface RuleContext {
	portaal?: Loaded<Portaal>;
	/** The portal's gemeenten; empty when portaal.yaml is missing or has mistakes. */
	gemeenten: readonly Gemeente[];
	/** Every wijk folder that exists, also those whose wijk.md has mistakes of its own. */
	wijkFolders: readonly string[];
	/** The wijken without mistakes, by folder name. */
	wijkBySlug: ReadonlyMap<string, Loaded<Wijk>>;
	/** The wijkkompas definitions (content/indicatoren/indicatoren.yaml), when present and without mistakes. */
	indicatoren?: Indicatoren;
}

export function ruleContext(
	content: LoadedContent,
	wijkFolders: readonly string[],
	indicatoren?: Indicatoren,
): RuleContext {
	return {
		indicatoren,
		portaal: content.portaal,
		gemeenten: content.portaal?.data.gemeenten ?? [],
		wijkFolders,
		wijkBySlug: new Map(content.wijken.map((w) => [w.file.file.id, w])),
	};
}

/**
 * The wijk an item belongs to (if that wijk has no mistakes): the folder that holds an agenda
 * item or activity, or the `wijk` field of an initiative or story.
 */
export function wijkOf(context: RuleContext, item: Loaded<unknown>): Loaded<Wijk> | undefined {
	const named = (item.data as { wijk?: unknown } | undefined)?.wijk;
	return context.wijkBySlug.get(typeof named === 'string' ? named : (item.file.file.wijk ?? ''));
}

/** A `wijk` field names a wijk folder of the portal (with a suggestion when it is close to one). */
export function checkWijkReference(context: RuleContext, item: Loaded<{ wijk: string }>, report: Report): void {
	const slug = item.data.wijk;
	if (context.wijkFolders.includes(slug)) return;
	const hint = closest(slug, context.wijkFolders);
	report(
		item.file,
		['wijk'],
		`${quoted(slug)} is geen wijk van dit portaal.${hint ? ` Bedoelt u '${hint}'?` : ''} Gebruik de mapnaam van een wijk: ${context.wijkFolders.join(', ')}.`,
	);
}

/** A `buurt` field names a buurt of the item's own wijk. */
export function checkBuurtReference(context: RuleContext, item: Loaded<{ buurt?: string }>, report: Report): void {
	const wijk = wijkOf(context, item);
	const code = item.data.buurt;
	if (!wijk || !code || wijk.data.buurten.some((b) => b.code === code)) return;
	const list = wijk.data.buurten.map((b) => `${b.code} (${b.naam})`).join(', ');
	report(item.file, ['buurt'], `${code} is geen buurt van ${wijk.data.naam}. Kies een buurtcode uit wijk.md: ${list}.`);
}
