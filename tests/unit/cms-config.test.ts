/**
 * The editor's configuration (src/lib/cms/decap-config.ts) against the schemas: every schema
 * field has a form field and every form field a schema field, at every depth, with the schema's
 * label, help, choices and required flag; and the collections, backend and policy of /admin/.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { CONTENT_KINDS } from '#lib/cms/content-kinds.ts';
import { type DecapCollection, decapConfig, type DecapField, kindFields } from '#lib/cms/decap-config.ts';
import { forgeOrigins } from '#lib/cms/forge.ts';
import { fieldPaths, type SchemaField, schemaFields } from '#lib/cms/schema-fields.ts';
import { adminCsp } from '#lib/site/csp.ts';
import { AGENDA_STATUSSEN } from '#schemas/agenda.ts';
import { schemas } from '#schemas/index.ts';
import { type Redactie, redactieSchema } from '#schemas/redactie.ts';

/** Dotted paths of a Decap form: list entries and groups open up into their fields. */
function formPaths(fields: readonly DecapField[], prefix = ''): Map<string, DecapField> {
	const paths = new Map<string, DecapField>();
	for (const field of fields) {
		const path = prefix ? `${prefix}.${field.name}` : field.name;
		paths.set(path, field);
		const inner = field.fields as DecapField[] | undefined;
		if (inner) for (const [p, f] of formPaths(inner, path)) paths.set(p, f);
	}
	return paths;
}

/** Dotted paths of a schema; a `tabel` (a map with free keys) is one form group whose keys come from the content. */
function schemaPaths(fields: readonly SchemaField[]): Map<string, SchemaField> {
	return new Map(fieldPaths(fields).map(({ path, field }) => [path, field]));
}

const REDACTIE: Redactie = { platform: 'github', repository: 'gemeente/portaal', branch: 'main' };
const INPUT = {
	contentPath: 'content',
	wijken: [
		{ folder: 'noord', naam: 'Noord' },
		{ folder: 'de-esch', naam: 'De Esch' },
	],
	themas: ['basis op orde', 'vertrouwen'],
	redactie: REDACTIE,
	webadres: 'https://wijken.gemeente.example',
};

describe('the forms are the schemas', () => {
	for (const info of CONTENT_KINDS) {
		it(`${info.kind}: every schema field has a form field and the reverse, with the schema's label, help and required flag`, () => {
			const form = formPaths(kindFields(info, { 'gemeenten.themaUitleg': INPUT.themas }));
			const schema = schemaPaths(schemaFields(schemas[info.kind]));
			const missing = [...schema.keys()].filter((p) => !form.has(p));
			const extra = [...form.keys()].filter(
				(p) => !schema.has(p) && !(p === 'body' && info.body) && !isTableKey(p, schema),
			);
			expect(missing, `${info.kind}: schema fields without a form field`).toEqual([]);
			expect(extra, `${info.kind}: form fields without a schema field`).toEqual([]);
			for (const [path, field] of schema) {
				const formField = form.get(path)!;
				expect(formField.label, `${info.kind} ${path} label`).toBe(field.label);
				expect(formField.hint, `${info.kind} ${path} hint`).toBe(field.hint);
				expect(formField.required !== false, `${info.kind} ${path} required`).toBe(field.required);
			}
			if (info.body) expect(form.get('body')?.widget).toBe('text');
			else expect(form.has('body')).toBe(false);
		});
	}

	function isTableKey(path: string, schema: Map<string, SchemaField>): boolean {
		const parent = path.slice(0, path.lastIndexOf('.'));
		return schema.get(parent)?.kind === 'tabel';
	}

	it('turns each kind of value into the right input', () => {
		const agenda = formPaths(kindFields(CONTENT_KINDS.find((k) => k.kind === 'agenda')!));
		expect(agenda.get('status')).toMatchObject({
			widget: 'select',
			options: AGENDA_STATUSSEN.map((s) => ({ label: s, value: s })),
		});
		expect(agenda.get('toegevoegd')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
		expect(agenda.get('buurt')).toMatchObject({ widget: 'string', required: false });
		expect((agenda.get('buurt')!.pattern as string[])[0]).toBe('^BU\\d{4}[0-9A-Z]{4}$');
		expect(new RegExp((agenda.get('locatie')!.pattern as string[])[0]!).test('52.0907, 5.1214')).toBe(true);
		expect(new RegExp((agenda.get('locatie')!.pattern as string[])[0]!).test('Kerkplein')).toBe(false);
		// A list of names is a list of single lines, so a name with a comma stays one name.
		expect(agenda.get('probleemeigenaar')).toMatchObject({ widget: 'list', min: 1 });
		expect(agenda.get('probleemeigenaar')!.field).toMatchObject({ widget: 'string' });
		expect(agenda.get('links')).toMatchObject({ widget: 'list', required: false });
		expect(agenda.get('volgendeStap')).toMatchObject({ widget: 'object', required: false });

		const activiteit = formPaths(kindFields(CONTENT_KINDS.find((k) => k.kind === 'activiteit')!));
		expect(activiteit.get('start')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD HH:mm' });
		expect(activiteit.get('herhaling.weekInMaand')).toMatchObject({ widget: 'select', required: false });

		const nieuws = formPaths(kindFields(CONTENT_KINDS.find((k) => k.kind === 'nieuws')!));
		expect(nieuws.get('succes')).toMatchObject({ widget: 'boolean', default: false });
		// A plain text box keeps Markdown and the news components exactly as typed.
		expect(nieuws.get('body')).toMatchObject({ widget: 'text', label: 'Bericht' });
	});

	it("shows one text field per thema for the map of explanations (themaUitleg), from the portal's themas", () => {
		const portaal = formPaths(
			kindFields(
				CONTENT_KINDS.find((k) => k.kind === 'portaal')!,
				{ 'gemeenten.themaUitleg': ['a', 'b c'] },
			),
		);
		const uitleg = portaal.get('gemeenten.themaUitleg')!;
		expect(uitleg.widget).toBe('object');
		expect((uitleg.fields as DecapField[]).map((f) => [f.name, f.required])).toEqual([
			['a', false],
			['b c', false],
		]);
	});
});

describe('the configuration of /admin/', () => {
	const config = decapConfig(INPUT);
	const collections = config.collections as DecapCollection[];

	it('has a wijkagenda, activities and sociale kaart per wijk, in the wijk folder', () => {
		for (const [kind, folder] of [
			['agenda', 'agenda'],
			['activiteit', 'activiteiten'],
			['organisatie', 'sociale-kaart'],
		]) {
			for (const wijk of INPUT.wijken) {
				const c = collections.find((x) => x.name === `${kind}-${wijk.folder}`);
				expect(c, `${kind} ${wijk.folder}`).toBeDefined();
				expect(c!.folder).toBe(`content/wijken/${wijk.folder}/${folder}`);
				expect(c!.label).toContain(wijk.naam);
				expect(c!.create).toBe(true);
			}
		}
		expect(collections[0]!.name).toBe('agenda-noord');
		expect(collections.at(-1)!.name).toBe('portaal');
	});

	it('has one file per wijk for wijk.md, ambitie.md and budget.yaml, and the portal-wide folders and files', () => {
		for (const [kind, file] of [
			['wijk', 'wijk.md'],
			['ambitie', 'ambitie.md'],
			['budget', 'budget.yaml'],
		]) {
			const c = collections.find((x) => x.name === kind)!;
			expect(c.files!.map((f) => f.file)).toEqual(INPUT.wijken.map((w) => `content/wijken/${w.folder}/${file}`));
		}
		expect(collections.find((c) => c.name === 'nieuws')).toMatchObject({ folder: 'content/nieuws', extension: 'mdx' });
		expect(collections.find((c) => c.name === 'portaal')!.files![0]!.file).toBe('content/portaal.yaml');
		expect(collections.find((c) => c.name === 'indicatoren')!.files![0]!.file).toBe(
			'content/indicatoren/indicatoren.yaml',
		);
		expect(new Set(collections.map((c) => c.name)).size).toBe(collections.length);
	});

	it('is in Dutch, proposes every change as a pull request, and can edit files on an editor’s own computer', () => {
		expect(config.locale).toBe('nl');
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
		expect(config.backend).toMatchObject({ name: 'github', repo: 'gemeente/portaal', branch: 'main' });
	});

	it('signs in to GitLab with its own application (PKCE), also on a GitLab of the municipality', () => {
		const gitlab = decapConfig({
			...INPUT,
			redactie: {
				platform: 'gitlab',
				repository: 'gemeente/portaal',
				branch: 'productie',
				gitlabAdres: 'https://gitlab.gemeente.example/',
				applicatieId: 'abc123',
			},
		});
		expect(gitlab.backend).toMatchObject({
			name: 'gitlab',
			branch: 'productie',
			auth_type: 'pkce',
			app_id: 'abc123',
			base_url: 'https://gitlab.gemeente.example',
			api_root: 'https://gitlab.gemeente.example/api/v4',
		});
	});

	it('follows a content folder elsewhere in the repository', () => {
		const other = decapConfig({ ...INPUT, contentPath: 'portalen/noord/content' });
		for (const c of other.collections as DecapCollection[]) {
			for (const path of [c.folder, ...(c.files ?? []).map((f) => f.file)].filter(Boolean))
				expect(path).toMatch(/^portalen\/noord\/content\//);
		}
	});
});

describe('the policy of /admin/', () => {
	it('loads scripts only from the site, and talks only to the forge and the local editing server', () => {
		const csp = adminCsp(forgeOrigins(REDACTIE), 'http://localhost:8081/api/v1');
		const directive = (name: string) =>
			csp
				.split('; ')
				.find((d) => d.startsWith(`${name} `))!
				.split(' ')
				.slice(1);
		expect(directive('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
		expect(directive('connect-src')).toEqual([
			"'self'",
			'https://api.github.com',
			'https://avatars.githubusercontent.com',
			'http://localhost:8081',
		]);
		expect(directive('object-src')).toEqual(["'none'"]);
		expect(forgeOrigins({ ...REDACTIE, platform: 'gitlab', gitlabAdres: 'https://git.gemeente.example/x' })).toEqual([
			'https://git.gemeente.example',
		]);
	});
});

describe('redactie in portaal.yaml', () => {
	it('accepts the examples of docs/redactieomgeving.md as written', () => {
		const doc = readFileSync('docs/redactieomgeving.md', 'utf8');
		const examples = [...doc.matchAll(/```yaml\n(redactie:[\s\S]*?)```/g)].map(
			(m) => (parse(m[1]!) as { redactie: unknown }).redactie,
		);
		expect(examples).toHaveLength(2);
		for (const example of examples) expect(redactieSchema.safeParse(example).error?.issues ?? []).toEqual([]);
	});

	it('refuses GitLab without its application, GitLab fields with GitHub, and a repository without owner', () => {
		const messages = (value: unknown) => redactieSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
		expect(messages({ platform: 'gitlab', repository: 'a/b' })).toEqual([expect.stringContaining('Application ID')]);
		expect(messages({ platform: 'github', repository: 'a/b', applicatieId: 'x' })).toEqual([
			expect.stringContaining('hoort alleen bij platform gitlab'),
		]);
		expect(messages({ platform: 'github', repository: 'portaal' })).toEqual([expect.stringContaining('eigenaar/naam')]);
	});
});
