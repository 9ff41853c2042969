/**
 * News in MDX that would run code (read the environment, a file, a command) must be refused
 * by the content check. Were it ever accepted, its build must still not contain the secrets
 * of the build's environment or a system file: that is checked too, with a canary.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadContent } from '#lib/content/load.ts';
import type { Problem } from '#lib/content/problem.ts';
import { REPO } from '#tests/support/fixtures.ts';

import { buildPortal, type BuildResult, makeSecrets } from './build.ts';
import { checkSite, type SiteCheck } from './checks/site.ts';
import { formatIssue, messageIssues } from './messages.ts';
import { CANARY_ENV, SECRET_ENV } from './payloads.ts';
import { splitFrontMatter } from './places.ts';
import { PortalCopy } from './portal.ts';
import { writeSummary } from './summary.ts';

const DEMO = join(REPO, 'content');
const root = join(tmpdir(), 'wijkportaal-veiligheid', 'mdx');
rmSync(root, { recursive: true, force: true });
const secrets = makeSecrets();
const env = `process.env.${CANARY_ENV}`;

interface Variant {
	name: string;
	/** The news file's name in content/nieuws/. */
	file: string;
	body: string;
	/** Code that would run: the check must refuse it. Otherwise it is text, and only must not leak. */
	code: boolean;
	title?: string;
}

const VARIANTS: Variant[] = [
	{ name: 'expression', file: 'kanarie-expressie.mdx', body: `{${env}}`, code: true },
	{ name: 'export', file: 'kanarie-export.mdx', body: `export const geheim = ${env}\n\n{geheim}`, code: true },
	{
		name: 'import fs environ',
		file: 'kanarie-environ.mdx',
		body: "import fs from 'node:fs'\n\n{fs.readFileSync('/proc/self/environ', 'utf8')}",
		code: true,
	},
	{
		name: 'import fs passwd',
		file: 'kanarie-passwd.mdx',
		body: "import fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd', 'utf8')}",
		code: true,
	},
	{
		name: 'child_process',
		file: 'kanarie-commando.mdx',
		body: "import { execSync } from 'node:child_process'\n\n{execSync('cat /etc/passwd').toString()}",
		code: true,
	},
	{
		name: 'constructor',
		file: 'kanarie-constructor.mdx',
		body: `{(() => {}).constructor('return process')().env.${CANARY_ENV}}`,
		code: true,
	},
	{ name: 'globalThis', file: 'kanarie-globalthis.mdx', body: `{globalThis.process?.env?.${SECRET_ENV}}`, code: true },
	{ name: 'stringify env', file: 'kanarie-alles.mdx', body: '<div>{JSON.stringify(process.env)}</div>', code: true },
	{
		name: 'expression attribute',
		file: 'kanarie-attribuut.mdx',
		body: `<Kader titel={${env}}>tekst</Kader>`,
		code: true,
	},
	{ name: 'img src expression', file: 'kanarie-img.mdx', body: `<img src={${env}} alt="x" />`, code: true },
	{
		name: 'default export layout',
		file: 'kanarie-layout.mdx',
		body: `export default function Opmaak() { return ${env} }\n\ntekst`,
		code: true,
	},
	{ name: 'import.meta.env', file: 'kanarie-meta.mdx', body: `{import.meta.env.${CANARY_ENV}}`, code: true },
	{ name: 'expression in Markdown (.md)', file: 'kanarie-markdown.md', body: `{${env}} en \${${env}}`, code: false },
	{ name: 'expression in the title', file: 'kanarie-titel.mdx', body: 'Gewone tekst.', code: false, title: `{${env}}` },
];

/** A valid news item from the demo portal with another body (and title). */
function newsFile(variant: Variant): string {
	const source = readFileSync(join(DEMO, 'nieuws', 'nieuw-wijkportaal.mdx'), 'utf8');
	let yaml = splitFrontMatter(source).yaml.replace(/^afbeelding:[\s\S]*?(?=^\S|$(?![\s\S]))/m, '');
	if (variant.title) yaml = yaml.replace(/^titel:.*$/m, `titel: ${JSON.stringify(variant.title)}`);
	return `---\n${yaml.trimEnd()}\n---\n${variant.body}\n`;
}

const verdicts = new Map<string, Problem[]>();
let build: { result: BuildResult; site?: SiteCheck } | undefined;

afterAll(() => {
	writeSummary('mdx-canary', {
		variants: VARIANTS.length,
		refused: [...verdicts.values()].filter((p) => p.length).length,
		built: build ? 1 : 0,
	});
	if (!process.env.WIJKPORTAAL_VEILIGHEID_BEWAAR) rmSync(root, { recursive: true, force: true });
});

describe('MDX news that would run code', () => {
	beforeAll(() => {
		const copy = new PortalCopy(DEMO, join(root, 'klad'));
		expect(loadContent(copy.contentDir).problems).toEqual([]);
		for (const variant of VARIANTS) {
			copy.put(`nieuws/${variant.file}`, newsFile(variant));
			verdicts.set(variant.name, loadContent(copy.contentDir).problems);
			copy.restore();
		}
	}, 120_000);

	it.each(VARIANTS.filter((v) => v.code).map((v) => [v.name, v] as const))(
		'%s: refused by the check, naming the file and line, in Dutch',
		(_name, variant) => {
			const problems = verdicts.get(variant.name)!;
			expect(problems.map((p) => p.file)).toContain(`content/nieuws/${variant.file}`);
			const own = problems.filter((p) => p.file.endsWith(variant.file));
			expect(own.every((p) => p.line !== undefined)).toBe(true);
			expect(
				own.flatMap((p) =>
					messageIssues(p, variant.body).length ? [formatIssue(p, messageIssues(p, variant.body))] : [],
				),
			).toEqual([]);
		},
	);

	it('the accepted ones, built with a canary in the environment: the canary, the secret and /etc/passwd appear in no output', async () => {
		const accepted = VARIANTS.filter((v) => verdicts.get(v.name)!.length === 0);
		expect(accepted.map((v) => v.name)).toEqual(
			expect.arrayContaining(VARIANTS.filter((v) => !v.code).map((v) => v.name)),
		);
		const copy = new PortalCopy(DEMO, join(root, 'bouw'));
		for (const variant of accepted) copy.put(`nieuws/${variant.file}`, newsFile(variant));
		const dist = join(root, 'bouw', 'dist');
		const result = await buildPortal(REPO, copy.contentDir, dist, secrets.env);
		build = { result, site: result.status === 0 ? checkSite(dist, secrets.forbidden) : undefined };
		expect(result.stderr).not.toContain(secrets.canary);
		expect(result.stdout).not.toContain(secrets.canary);
		expect(result.status, result.stderr.slice(-2000)).toBe(0);
		expect(build.site!.findings.filter((f) => f.includes('contains secret'))).toEqual([]);
	}, 300_000);
});
