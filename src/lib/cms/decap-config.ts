/**
 * The configuration of the editor at /admin/ (Decap CMS), made from the schemas: one form per
 * content kind (src/lib/cms/content-kinds.ts), each field with the label, help text, choices and
 * required flag its schema gives it (src/lib/cms/schema-fields.ts). Built with the site
 * (src/integrations/cms.ts), so the forms and `npm run check` can never drift apart.
 */
import type { Taal } from '#lib/i18n/talen.ts';
import { LOCATIE_PATTERN } from '#schemas/fields.ts';
import { type ContentKind, schemas } from '#schemas/index.ts';
import type { Redactie } from '#schemas/redactie.ts';
import { vertaalbareVelden } from '#schemas/vertaling.ts';

import { CONTENT_KINDS, type ContentKindInfo } from './content-kinds.ts';
import { type SchemaField, schemaFields } from './schema-fields.ts';

/** A field of a Decap form, as written into config.yml. */
export type DecapField = { name: string; label: string; widget: string } & Record<string, unknown>;

export interface DecapCollection {
	name: string;
	label: string;
	label_singular?: string;
	description?: string;
	folder?: string;
	files?: { name: string; label: string; file: string; fields: DecapField[] }[];
	[key: string]: unknown;
}

export interface CmsInput {
	/** The content folder relative to the repository root, with `/`: "content". */
	contentPath: string;
	wijken: readonly { folder: string; naam: string }[];
	/** The gemeente's themas: the keys of portaal.yaml's themaUitleg. */
	themas: readonly string[];
	redactie: Redactie;
	/** The portal's public address, if it has one. */
	webadres?: string;
	/**
	 * Languages for Decap's i18n (Dutch first); see `decapI18n` for why /admin/ does not pass them yet.
	 */
	talen?: readonly Taal[];
}

/** Where the local editing server (decap-server, `npm run redactie`) listens. */
export const LOCAL_BACKEND_URL = 'http://localhost:8081/api/v1';

/** Keys of a `tabel` field (a YAML map) that the form shows, by the field's path. */
type TableKeys = Record<string, readonly string[]>;

const EMAIL_PATTERN = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';
const URL_PATTERN = '^https?://\\S+$';

const DATE = { format: 'YYYY-MM-DD', date_format: 'DD-MM-YYYY', time_format: false, picker_utc: true };
const DATE_TIME = { format: 'YYYY-MM-DD HH:mm', date_format: 'DD-MM-YYYY', time_format: 'HH:mm', picker_utc: true };

function patternFor(field: SchemaField): [string, string] | undefined {
	if (field.format === 'locatie')
		return [LOCATIE_PATTERN.source, 'Schrijf breedtegraad, lengtegraad, bijvoorbeeld 52.0907, 5.1214.'];
	if (field.format === 'email') return [EMAIL_PATTERN, 'Schrijf een e-mailadres, bijvoorbeeld naam@organisatie.nl.'];
	if (field.format === 'url') return [URL_PATTERN, 'Schrijf het volledige adres, beginnend met https://.'];
	if (field.pattern) return [field.pattern, 'Deze waarde heeft niet de goede vorm. Lees de uitleg bij het veld.'];
	return undefined;
}

/** One schema field as a Decap form field; `path` is its dotted path, for the keys of a map. */
export function decapField(field: SchemaField, tableKeys: TableKeys, path = field.name): DecapField {
	const base: DecapField = { name: field.name || 'waarde', label: field.label ?? field.name, widget: 'string' };
	if (field.hint) base.hint = field.hint;
	if (!field.required) base.required = false;
	const widget = (name: string, extra: Record<string, unknown> = {}): DecapField => ({
		...base,
		widget: name,
		...extra,
	});
	switch (field.kind) {
		case 'alinea':
			return widget('text');
		case 'datum':
			return widget('datetime', DATE);
		case 'datumTijd':
			return widget('datetime', DATE_TIME);
		case 'keuze':
			return widget('select', {
				options: (field.options ?? []).map((value) => ({ label: String(value), value })),
				...(field.default !== undefined && { default: field.default }),
			});
		case 'jaNee':
			return widget('boolean', { default: field.default ?? false });
		case 'getal':
			return widget('number', {
				value_type: field.integer ? 'int' : 'float',
				...(field.min !== undefined && { min: field.min }),
				...(field.max !== undefined && { max: field.max }),
				...(field.default !== undefined && { default: field.default }),
			});
		case 'groep':
			return widget('object', {
				collapsed: false,
				fields: (field.fields ?? []).map((f) => decapField(f, tableKeys, `${path}.${f.name}`)),
			});
		case 'tabel': {
			const keys = tableKeys[path] ?? [];
			const item = field.item ?? { name: '', required: false, kind: 'tekst' };
			return widget('object', {
				collapsed: true,
				fields: keys.map((key) => ({ ...decapField({ ...item, name: key, label: key }, tableKeys), required: false })),
			});
		}
		case 'lijst': {
			const item = field.item ?? { name: '', required: true, kind: 'tekst' };
			const bounds = {
				...(field.min !== undefined && field.min > 0 && { min: field.min }),
				...(field.max !== undefined && { max: field.max }),
			};
			if (item.kind === 'groep')
				return widget('list', {
					...bounds,
					collapsed: true,
					...(item.fields?.[0] && { summary: `{{fields.${item.fields[0].name}}}` }),
					fields: (item.fields ?? []).map((f) => decapField(f, tableKeys, `${path}.${f.name}`)),
				});
			return widget('list', {
				...bounds,
				field: decapField({ ...item, name: 'waarde', label: field.label ?? field.name, hint: undefined }, tableKeys),
			});
		}
		case 'tekst': {
			const pattern = patternFor(field);
			return widget('string', pattern ? { pattern } : {});
		}
	}
}

/**
 * Marks the fields a translation holds (src/schemas/vertaling.ts) with `i18n: true`, and the groups
 * around them too (Decap opens a group only when it is translatable); every other field stays
 * without `i18n`, so Decap leaves it out of the translation file: it always comes from the original.
 */
export function markTranslatable(fields: readonly DecapField[], paths: readonly string[], prefix = ''): DecapField[] {
	return fields.map((field) => {
		const path = prefix ? `${prefix}.${field.name}` : field.name;
		if (paths.includes(path)) return { ...field, i18n: true };
		if (!paths.some((p) => p.startsWith(`${path}.`)) || !Array.isArray(field.fields)) return field;
		return { ...field, i18n: true, fields: markTranslatable(field.fields as DecapField[], paths, path) };
	});
}

/** The form of one kind: every field of its schema, and the text under the front matter. */
export function kindFields(info: ContentKindInfo, tableKeys: TableKeys = {}): DecapField[] {
	const fields = schemaFields(schemas[info.kind]).map((f) => decapField(f, tableKeys));
	if (info.body)
		fields.push({
			name: 'body',
			label: info.body.label,
			// A plain text box: Markdown stays exactly as typed (no rich-text editor rewrites it, MDX
			// components in news stay intact), and screen readers know the field by its label.
			widget: 'text',
			hint: `${info.body.hint} U mag Markdown gebruiken, zoals **vet** en een lege regel tussen alinea's.`,
			...(!info.body.required && { required: false }),
		});
	return fields;
}

/** The editor's menu: what wijkplatforms change most comes first, the portal's settings last. */
const MENU_ORDER: readonly ContentKind[] = [
	'agenda',
	'activiteit',
	'organisatie',
	'wijk',
	'ambitie',
	'budget',
	'nieuws',
	'initiatief',
	'verhaal',
	'indicatoren',
	'indeling',
	'portaal',
];

const SLUG = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' };

function backend(r: Redactie): Record<string, unknown> {
	const common = {
		repo: r.repository,
		branch: r.branch,
		squash_merges: true,
		// The subject of a commit is the reason residents read in an agenda item's history; the
		// reviewer can write a better one as the pull request's title before merging (squash).
		commit_messages: {
			create: 'Toegevoegd via de redactieomgeving: {{slug}}',
			update: 'Bijgewerkt via de redactieomgeving: {{slug}}',
			delete: 'Verwijderd via de redactieomgeving: {{slug}}',
			uploadMedia: 'Afbeelding {{path}} toegevoegd',
			deleteMedia: 'Afbeelding {{path}} verwijderd',
			openAuthoring: '{{message}}',
		},
	};
	if (r.platform === 'gitlab') {
		const base = (r.gitlabAdres ?? 'https://gitlab.com').replace(/\/$/, '');
		return {
			name: 'gitlab',
			...common,
			auth_type: 'pkce',
			app_id: r.applicatieId,
			api_root: `${base}/api/v4`,
			base_url: base,
			auth_endpoint: 'oauth/authorize',
		};
	}
	return { name: 'github', ...common, ...(r.inlogdienst && { base_url: r.inlogdienst.replace(/\/$/, '') }) };
}

/**
 * Decap's i18n: translations as files beside the original (`multiple_files`), in the given
 * languages, Dutch the default; undefined for Dutch only. Decap allows this structure only for
 * folder collections (not for wijk.md and ambitie.md, one file per wijk).
 *
 * NOT WIRED into /admin/ (src/integrations/cms.ts passes no `talen`): Decap CMS 3 names the file
 * of the default language with its code too (`speeltuin.nl.md`, see decap-cms-core lib/i18n.ts
 * getFilePath), so it would no longer find any Dutch file and would save new ones under a name the
 * portal does not read. Until Decap can leave the default language out of the name, translations
 * are written in the files themselves (docs/redactie.md, "Vertalingen").
 */
export function decapI18n(talen: readonly Taal[] | undefined): Record<string, unknown> | undefined {
	if (!talen || talen.length < 2) return undefined;
	return { structure: 'multiple_files', locales: [...talen], default_locale: 'nl' };
}

/** The whole config.yml of /admin/. */
export function decapConfig(input: CmsInput): Record<string, unknown> {
	const root = input.contentPath.replace(/\/+$/, '');
	const i18n = decapI18n(input.talen);
	const tableKeys: TableKeys = { 'gemeenten.themaUitleg': input.themas };
	const collections: DecapCollection[] = [];
	const label = (info: ContentKindInfo, wijk?: { naam: string }) => (wijk ? `${info.label} ${wijk.naam}` : info.label);
	for (const info of [...CONTENT_KINDS].sort((a, b) => MENU_ORDER.indexOf(a.kind) - MENU_ORDER.indexOf(b.kind))) {
		const fields = kindFields(info, tableKeys);
		const format = info.extension === 'yaml' ? 'yaml' : 'frontmatter';
		// The site's own pages are the preview; the editor's preview pane cannot show them.
		const editor = { preview: false };
		const place = info.place;
		if (place.per === 'bestand') {
			collections.push({
				name: info.kind,
				label: info.label,
				format,
				editor,
				files: [{ name: info.kind, label: info.label, file: `${root}/${place.file}`, fields }],
			});
		} else if (place.per === 'wijkbestand') {
			collections.push({
				name: info.kind,
				label: info.label,
				format,
				editor,
				files: input.wijken.map((w) => ({
					name: w.folder,
					label: w.naam,
					file: `${root}/wijken/${w.folder}/${place.file}`,
					fields,
				})),
			});
		} else {
			const folders =
				place.per === 'wijk'
					? input.wijken.map((w) => ({
							name: `${info.kind}-${w.folder}`,
							label: label(info, w),
							folder: `wijken/${w.folder}/${place.folder}`,
						}))
					: [{ name: info.kind, label: info.label, folder: place.folder }];
			const translatable = i18n ? vertaalbareVelden(info.kind) : [];
			const translated = translatable.length > 0 && !!info.body;
			for (const f of folders)
				collections.push({
					name: f.name,
					label: f.label,
					label_singular: info.singular,
					folder: `${root}/${f.folder}`,
					extension: info.extension,
					format,
					editor,
					create: true,
					delete: true,
					slug: '{{slug}}',
					...(info.titleField && { identifier_field: info.titleField, summary: `{{${info.titleField}}}` }),
					...(translated && { i18n: true }),
					fields: translated ? markTranslatable(fields, [...translatable, 'body']) : fields,
				});
		}
	}
	return {
		locale: 'nl',
		backend: backend(input.redactie),
		// Every change becomes a pull or merge request, checked before anyone merges it.
		publish_mode: 'editorial_workflow',
		local_backend: { url: LOCAL_BACKEND_URL },
		...(input.webadres && { site_url: input.webadres, display_url: input.webadres }),
		media_folder: `${root}/nieuws/beelden`,
		public_folder: 'beelden',
		slug: SLUG,
		...(i18n && { i18n }),
		collections,
	};
}
